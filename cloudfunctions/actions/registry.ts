import type { AnyAction } from '../core/action'
import type { FunctionName } from '../functions/manifest'
import { ADMIN_ACTIONS } from './admin.actions'
import { SHOP_ACTIONS } from './shop.actions'
import { CRON_ACTIONS, PAY_NOTIFY_ACTIONS } from './system.actions'
import { CARRIER_NOTIFY_ACTIONS } from './carrier.actions'

/** Every action, by the function that serves it. Fuzz and authz suites iterate this, never a hand list. */
export const ACTIONS_BY_FUNCTION: Record<FunctionName, readonly AnyAction[]> = {
  shop: SHOP_ACTIONS,
  admin: ADMIN_ACTIONS,
  payNotify: PAY_NOTIFY_ACTIONS,
  cron: CRON_ACTIONS,
  carrierNotify: CARRIER_NOTIFY_ACTIONS,
}
