/**
 * The callers every generated suite plays: nobody, two shoppers, a staff member, the owner, WeChat's
 * own timer / pay platform, and a client forging a platform event. Staff membership lives in the
 * `staff` collection; the owner comes from the env (tests/kit/test-cloud OWNER).
 */
import type { AnyAction } from '../../cloudfunctions/core/action'
import type { FunctionName } from '../../cloudfunctions/functions/manifest'
import type { Identity } from '../../local-cloud/runtime/local-cloud'
import type { Store } from '../../local-cloud/store/sqlite-store'
import { OWNER } from './test-cloud'

export const SHOPPER_A = 'authz-shopper-a'
export const SHOPPER_B = 'authz-shopper-b'
export const STAFF = 'authz-staff'

export type CallerName = 'anonymous' | 'shopperA' | 'shopperB' | 'staff' | 'owner' | 'forgedSystem' | 'platform'

export const CALLER_NAMES: readonly CallerName[] = ['anonymous', 'shopperA', 'shopperB', 'staff', 'owner', 'forgedSystem', 'platform']

/** The platform source WeChat uses when it calls this function itself. */
export const PLATFORM_SOURCE: Record<FunctionName, string> = {
  shop: 'wx_trigger',
  admin: 'wx_trigger',
  cron: 'wx_trigger',
  payNotify: 'wx_paycallback',
}

export function identityOf(caller: CallerName, fn: FunctionName): Identity {
  switch (caller) {
    case 'anonymous':
      return { openid: null, source: 'wx_client' }
    case 'shopperA':
      return { openid: SHOPPER_A, source: 'wx_client' }
    case 'shopperB':
      return { openid: SHOPPER_B, source: 'wx_client' }
    case 'staff':
      return { openid: STAFF, source: 'wx_client' }
    case 'owner':
      return { openid: OWNER, source: 'wx_client' }
    // A client cannot set SOURCE: "forging" the platform means sending its event shape from wx_client.
    case 'forgedSystem':
      return { openid: 'authz-forger', source: 'wx_client' }
    case 'platform':
      return { openid: null, source: PLATFORM_SOURCE[fn] }
  }
}

/** Someone the action's role admits, so a test reaches the handler (or the validator) legitimately. */
export function permittedIdentity(action: AnyAction, fn: FunctionName, shopper = SHOPPER_B): Identity {
  switch (action.role) {
    case 'system':
      return identityOf('platform', fn)
    case 'staff':
    case 'owner':
      return identityOf('owner', fn)
    default:
      return { openid: shopper, source: 'wx_client' }
  }
}

/** Makes STAFF a staff member (not owner), as the merchant would from the admin pages. */
export function enrolStaff(store: Store): void {
  store.collection('staff').set(STAFF, { role: 'staff', name: '测试店员 / test staff', createdAt: 1_700_000_000_000 })
}
