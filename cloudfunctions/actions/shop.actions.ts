import type { AnyAction } from '../core/action'
import { catalogCategories } from './catalog/categories'
import { catalogGet } from './catalog/get'
import { catalogList } from './catalog/list'
import { meProfile } from './me/profile'

/** Served by the `shop` function: everything a shopper's client calls. */
export const SHOP_ACTIONS: AnyAction[] = [catalogList, catalogGet, catalogCategories, meProfile]
