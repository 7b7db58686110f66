import type { AnyAction } from '../core/action'
import { staffList } from './staff/list'

/** Served by the `admin` function: merchant power never shares an entry with shoppers. */
export const ADMIN_ACTIONS: AnyAction[] = [staffList]
