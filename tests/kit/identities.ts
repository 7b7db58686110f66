/**
 * The callers every generated suite plays: nobody, two shoppers, a service and an operator staff
 * member, the owner, a staff member who was removed, a shopper who tried an expired invite code,
 * WeChat's own timer / pay platform, and a client forging a platform event. Staff membership lives in
 * the `staff` collection; the owner comes from the env (tests/kit/test-cloud OWNER).
 */
import type { AnyAction } from '../../cloudfunctions/core/action'
import type { FunctionName } from '../../cloudfunctions/functions/manifest'
import type { StaffRole } from '../../cloudfunctions/contracts/common'
import type { Identity, LocalCloud } from '../../local-cloud/runtime/local-cloud'
import { OWNER } from './test-cloud'

export const SHOPPER_A = 'authz-shopper-a'
export const SHOPPER_B = 'authz-shopper-b'
export const SERVICE = 'authz-service'
export const OPERATOR = 'authz-operator'
export const REMOVED_STAFF = 'authz-removed-staff'
export const EXPIRED_INVITEE = 'authz-expired-invitee'

export type CallerName =
  | 'anonymous'
  | 'shopperA'
  | 'shopperB'
  | 'service'
  | 'operator'
  | 'owner'
  | 'removedStaff'
  | 'expiredInvitee'
  | 'forgedSystem'
  | 'platform'

export const CALLER_NAMES: readonly CallerName[] = [
  'anonymous',
  'shopperA',
  'shopperB',
  'service',
  'operator',
  'owner',
  'removedStaff',
  'expiredInvitee',
  'forgedSystem',
  'platform',
]

/** Callers that hold a staff role when the matrix runs, with that role. */
export const STAFF_CALLER_ROLE: Partial<Record<CallerName, StaffRole>> = { service: 'service', operator: 'operator', owner: 'owner' }

/** The platform source WeChat uses when it calls this function itself. */
export const PLATFORM_SOURCE: Record<FunctionName, string> = {
  shop: 'wx_trigger',
  admin: 'wx_trigger',
  cron: 'wx_trigger',
  payNotify: 'wx_paycallback',
  carrierNotify: 'wx_trigger',
}

export function identityOf(caller: CallerName, fn: FunctionName): Identity {
  switch (caller) {
    case 'anonymous':
      return { openid: null, source: 'wx_client' }
    case 'shopperA':
      return { openid: SHOPPER_A, source: 'wx_client' }
    case 'shopperB':
      return { openid: SHOPPER_B, source: 'wx_client' }
    case 'service':
      return { openid: SERVICE, source: 'wx_client' }
    case 'operator':
      return { openid: OPERATOR, source: 'wx_client' }
    case 'removedStaff':
      return { openid: REMOVED_STAFF, source: 'wx_client' }
    case 'expiredInvitee':
      return { openid: EXPIRED_INVITEE, source: 'wx_client' }
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

/**
 * The merchant's team as the matrix needs it, made through the real actions: the owner invites a
 * service and an operator member, who redeem their codes; a third member joins and is removed; and a
 * shopper tries a code that has expired (its invite is aged in the store, as 48 h passing would).
 */
export async function enrolStaff(cloud: LocalCloud): Promise<void> {
  const as = (openid: string) => ({ openid, source: 'wx_client' })
  const invite = async (role: 'operator' | 'service') => {
    const r = (await cloud.invoke('admin', { action: 'staff.invite', input: { role } }, as(OWNER))) as { ok: boolean; data: { code: string; inviteId: string } }
    if (!r.ok) throw new Error(`staff.invite failed: ${JSON.stringify(r)}`)
    return r.data
  }
  const redeem = async (openid: string, code: string) =>
    (await cloud.invoke('shop', { action: 'staff.redeemInvite', input: { code } }, as(openid))) as { ok: boolean; error?: { key: string } }
  for (const [openid, role] of [[SERVICE, 'service'], [OPERATOR, 'operator'], [REMOVED_STAFF, 'operator']] as const) {
    const r = await redeem(openid, (await invite(role)).code)
    if (!r.ok) throw new Error(`staff.redeemInvite for ${openid} failed: ${JSON.stringify(r)}`)
  }
  const removed = (await cloud.invoke('admin', { action: 'staff.remove', input: { openid: REMOVED_STAFF } }, as(OWNER))) as { ok: boolean }
  if (!removed.ok) throw new Error(`staff.remove failed: ${JSON.stringify(removed)}`)
  const stale = await invite('operator')
  cloud.store.collection('staff_invites').update({ _id: stale.inviteId }, { $set: { expiresAt: Date.now() - 1 } })
  const tried = await redeem(EXPIRED_INVITEE, stale.code)
  if (tried.ok || tried.error?.key !== 'error.staff.inviteExpired') throw new Error(`an expired code was not refused: ${JSON.stringify(tried)}`)
}
