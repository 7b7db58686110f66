import { randomInt } from 'node:crypto'
import type { Actor, StaffRole } from '../contracts/common'
import type {
  StaffInviteOutput,
  StaffInviteSummary,
  StaffListOutput,
  StaffMember,
} from '../contracts/staff'
import { AppError, changedMeanwhile, notFound } from '../core/errors'
import {
  type AssignableRole,
  formatInviteCode,
  INVITE_ALPHABET,
  INVITE_LENGTH,
  INVITE_TTL_MS,
  inviteStatus,
  MAX_OPEN_INVITES,
} from '../domain/permissions'
import { db } from '../platform/cloud'
import { ownerOpenid } from '../platform/settings'
import { audit } from './audit.service'
import { findStaff, storedRole, type StaffRecord } from './caller.service'
import { hashInviteCode, invites } from './staff-invites'

const staffTable = () => db().collection<StaffRecord>('staff')

function newInviteCode(): string {
  let code = ''
  for (let i = 0; i < INVITE_LENGTH; i++) code += INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]
  return code
}

function assertNotOwner(openid: string): void {
  if (openid === ownerOpenid()) throw new AppError('FORBIDDEN', 'error.staff.ownerFixed')
}

function member(record: StaffRecord, role: StaffRole): StaffMember {
  return { openid: record._id, role, name: record.name ?? '', createdAt: record.createdAt ?? null, fixed: false }
}

/** Staff from the table, the configured owner first (even before the owner's record exists). */
export async function listStaff(): Promise<StaffListOutput> {
  const { data } = await staffTable().limit(100).get()
  const owner = ownerOpenid()
  const ownerRecord = data.find((s) => s._id === owner)
  const rows: StaffListOutput = data.flatMap((s) => {
    const role = storedRole(s)
    return s._id !== owner && role ? [member(s, role)] : []
  })
  rows.sort((a, b) => (a.role === b.role ? a.openid.localeCompare(b.openid) : a.role.localeCompare(b.role)))
  return [{ openid: owner, role: 'owner', name: ownerRecord?.name ?? '', createdAt: ownerRecord?.createdAt ?? null, fixed: true }, ...rows]
}

/** A new one-time code for `role`, valid INVITE_TTL_MS. Returned once; only its hash is kept. */
export async function createInvite(role: AssignableRole, actor: Actor, now: number): Promise<StaffInviteOutput> {
  const _ = db().command
  const { total } = await invites().where({ state: 'open', expiresAt: _.gt(now) }).count()
  if (total >= MAX_OPEN_INVITES) throw new AppError('CONFLICT', 'error.staff.tooManyInvites', { max: MAX_OPEN_INVITES })
  const code = newInviteCode()
  const inviteId = hashInviteCode(code)
  const expiresAt = now + INVITE_TTL_MS
  await invites().add({ data: { _id: inviteId, role, state: 'open', createdBy: 'openid' in actor ? actor.openid : 'system', createdAt: now, expiresAt } })
  await audit({ actor, at: now, action: 'staff.invite', targetId: inviteId, summary: `invite role: ${role}` })
  return { inviteId, code: formatInviteCode(code), role, expiresAt }
}

/** The latest invites with what they are now (open, expired, redeemed, revoked), newest first. */
export async function listInvites(now: number): Promise<StaffInviteSummary[]> {
  const { data } = await invites().orderBy('createdAt', 'desc').limit(50).get()
  return data.map((i) => ({
    inviteId: i._id,
    role: i.role,
    status: inviteStatus(i, now),
    createdAt: i.createdAt,
    expiresAt: i.expiresAt,
    redeemedBy: i.redeemedBy ?? null,
    redeemedAt: i.redeemedAt ?? null,
  }))
}

export async function revokeInvite(inviteId: string, actor: Actor, now: number): Promise<{ revoked: true }> {
  const { stats } = await invites().where({ _id: inviteId, state: 'open' }).update({ data: { state: 'revoked', revokedAt: now } })
  if (stats.updated === 0) {
    const { data } = await invites().doc(inviteId).get()
    if (!data) throw notFound('invite', inviteId)
    throw changedMeanwhile('invite', { status: inviteStatus(data, now) })
  }
  await audit({ actor, at: now, action: 'staff.revokeInvite', targetId: inviteId, summary: 'revoked' })
  return { revoked: true }
}

/** Gives a staff member another role. The configured owner keeps theirs; the change counts from the next call. */
export async function setStaffRole(openid: string, role: AssignableRole, actor: Actor, now: number): Promise<StaffMember> {
  assertNotOwner(openid)
  const before = await findStaff(openid)
  const beforeRole = storedRole(before)
  if (!before || !beforeRole) throw notFound('staff', openid)
  if (beforeRole !== role || before.role !== role) {
    const { stats } = await staffTable().where({ _id: openid, role: before.role }).update({ data: { role, updatedAt: now } })
    if (stats.updated === 0) throw changedMeanwhile('staff')
    await audit({ actor, at: now, action: 'staff.setRole', targetId: openid, summary: `role: ${beforeRole} → ${role}` })
  }
  return member({ ...before, role }, role)
}

/** Removes a staff member: their next call is a shopper's. The configured owner cannot be removed. */
export async function removeStaff(openid: string, actor: Actor, now: number): Promise<{ removed: true }> {
  assertNotOwner(openid)
  const before = await findStaff(openid)
  if (!before) throw notFound('staff', openid)
  const { stats } = await staffTable().doc(openid).remove()
  if (stats.removed === 0) throw notFound('staff', openid)
  await audit({ actor, at: now, action: 'staff.remove', targetId: openid, summary: `removed ${storedRole(before) ?? before.role}` })
  return { removed: true }
}
