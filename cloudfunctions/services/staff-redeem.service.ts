/** The shop-side half of staff management: served by the `shop` function, so it carries none of the owner's tools. */
import type { StaffRedeemInviteOutput } from '../contracts/staff'
import { AppError, notFound } from '../core/errors'
import { inviteStatus, normaliseInviteCode, permissionsOf } from '../domain/permissions'
import { db } from '../platform/cloud'
import { ownerOpenid } from '../platform/settings'
import { audit } from './audit.service'
import { findStaff, storedRole, type StaffRecord } from './caller.service'
import { hashInviteCode, invites } from './staff-invites'

const staffTable = () => db().collection<StaffRecord>('staff')

/**
 * A shopper turns a code into a staff role. Taking the invite is one conditional update (open and not
 * expired → redeemed by me), so of any number of concurrent redeemers exactly one wins; the staff row
 * is written after, and if that fails the invite is handed back.
 */
export async function redeemInvite(typed: string, openid: string, now: number): Promise<StaffRedeemInviteOutput> {
  if (openid === ownerOpenid()) throw new AppError('CONFLICT', 'error.staff.alreadyStaff')
  if (storedRole(await findStaff(openid))) throw new AppError('CONFLICT', 'error.staff.alreadyStaff')
  const inviteId = hashInviteCode(normaliseInviteCode(typed))
  const _ = db().command
  const { stats } = await invites()
    .where({ _id: inviteId, state: 'open', expiresAt: _.gt(now) })
    .update({ data: { state: 'redeemed', redeemedBy: openid, redeemedAt: now } })
  if (stats.updated === 0) {
    const { data } = await invites().doc(inviteId).get()
    if (!data) throw notFound('invite')
    const status = inviteStatus(data, now)
    if (status === 'expired') throw new AppError('CONFLICT', 'error.staff.inviteExpired')
    if (status === 'revoked') throw new AppError('CONFLICT', 'error.staff.inviteRevoked')
    throw new AppError('CONFLICT', 'error.staff.inviteUsed')
  }
  const { data: invite } = await invites().doc(inviteId).get()
  const role = invite!.role
  try {
    await staffTable().doc(openid).set({ data: { role, name: '', createdAt: now, updatedAt: now, inviteId } })
  } catch (err) {
    await invites()
      .where({ _id: inviteId, state: 'redeemed', redeemedBy: openid })
      .update({ data: { state: 'open', redeemedBy: _.remove(), redeemedAt: _.remove() } })
    throw err
  }
  await audit({ actor: { kind: 'staff', openid, role }, at: now, action: 'staff.redeemInvite', targetId: openid, summary: `joined as ${role} (invite ${inviteId.slice(0, 8)})` })
  return { role, permissions: permissionsOf(role) }
}

