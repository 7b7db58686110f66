import type { AnyAction } from '../core/action'
import { CATALOG_ADMIN_ACTIONS } from './catalog/registry'
import { ORDER_ADMIN_ACTIONS } from './order/registry'
import { staffList } from './staff/list'

/** Served by the `admin` function: merchant power never shares an entry with shoppers. */
export const ADMIN_ACTIONS: AnyAction[] = [staffList, ...CATALOG_ADMIN_ACTIONS, ...ORDER_ADMIN_ACTIONS]
