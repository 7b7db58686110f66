import type { AnyAction } from '../core/action'
import { CATALOG_SHOP_ACTIONS } from './catalog/registry'
import { catalogCategories } from './catalog/categories'
import { catalogGet } from './catalog/get'
import { catalogList } from './catalog/list'
import { meProfile } from './me/profile'
import { ORDER_SHOP_ACTIONS } from './order/registry'

/** Served by the `shop` function: everything a shopper's client calls. */
export const SHOP_ACTIONS: AnyAction[] = [catalogList, catalogGet, catalogCategories, meProfile, ...CATALOG_SHOP_ACTIONS, ...ORDER_SHOP_ACTIONS]
