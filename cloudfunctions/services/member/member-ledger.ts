/**
 * The ONE writer of a member's money-like fields: points balance (with its ledger), spend, paid-order
 * count, level, segment. Every change is a transaction of `doc(id)` operations that reads the member,
 * skips ledger entries already booked (entry id = hash of member and source key, so a source event books
 * at most once) and writes the new balance and the entries together. The balance is therefore always the
 * sum of the member's ledger.
 */
import type { Reason } from '../../contracts/common'
import type { Member, PointsEntry, PointsEntryKind } from '../../contracts/member'
import { AppError } from '../../core/errors'
import { newMember } from '../../domain/member'
import { nextLevel } from '../../domain/membership/levels'
import type { MembershipSettings } from '../../domain/membership/member-pricing'
import { DAY_MS } from '../../domain/membership/points'
import { shanghaiYear } from '../../domain/membership/profile'
import type { Transaction } from '../../platform/db-types'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { recordKey } from '../record-key'

export interface PointsMove {
  sourceKey: string
  kind: PointsEntryKind
  points: number
  reason: Reason
  orderId: string | null
}

export interface MemberChange {
  points?: PointsMove[]
  spendFen?: number
  paidCount?: number
  lastPaidAt?: number | null
  /** Refuse (CONFLICT error.points.insufficient) when the balance would end below zero. */
  noOverdraft?: boolean
  /** Set by the expiry job: when the next credit expires. */
  nextPointsExpiryAt?: number | null
}

export const ledgerEntryId = (openid: string, sourceKey: string) => recordKey('pl', openid, sourceKey)

export const members = () => db().collection<Member>(COLLECTION.members)
export const pointsLedger = () => db().collection<PointsEntry>(COLLECTION.points_ledger)

const TX_ATTEMPTS = 6

/** Runs `fn` as a transaction, retried on conflicts. */
export function memberTransaction<R>(fn: (t: Transaction) => Promise<R>): Promise<R> {
  return db().runTransaction(fn, TX_ATTEMPTS)
}

/** The member inside a transaction, created (entry level, no points) if this is the first we hear of them. */
export async function memberIn(t: Transaction, openid: string, now: number): Promise<Member> {
  const found = (await t.collection<Member>(COLLECTION.members).doc(openid).get()).data
  if (found) return { ...found, _id: openid }
  const fresh = newMember(openid, now)
  const { _id, ...fields } = fresh
  await t.collection(COLLECTION.members).doc(_id).set({ data: fields })
  return fresh
}

export async function entryIn(t: Transaction, openid: string, sourceKey: string): Promise<PointsEntry | null> {
  return (await t.collection<PointsEntry>(COLLECTION.points_ledger).doc(ledgerEntryId(openid, sourceKey)).get()).data ?? null
}

/**
 * Books `change` on `member` (read in this transaction). Returns the entries written (those already
 * booked are skipped) and the member as written.
 */
export async function bookIn(t: Transaction, member: Member, change: MemberChange, settings: MembershipSettings, now: number): Promise<{ written: PointsEntry[]; member: Member }> {
  let balance = member.points ?? 0
  const written: PointsEntry[] = []
  let earliestCredit: number | null = null
  for (const move of change.points ?? []) {
    if (move.points === 0) continue
    if (await entryIn(t, member.openid, move.sourceKey)) continue
    balance += move.points
    const entry: PointsEntry = {
      _id: ledgerEntryId(member.openid, move.sourceKey),
      openid: member.openid,
      sourceKey: move.sourceKey,
      kind: move.kind,
      points: move.points,
      balanceAfter: balance,
      reason: move.reason,
      orderId: move.orderId,
      createdAt: now,
    }
    written.push(entry)
    if (move.points > 0 && settings.points.expireDays > 0) earliestCredit = now + settings.points.expireDays * DAY_MS
  }
  if (change.noOverdraft && balance < 0) throw new AppError('CONFLICT', 'error.points.insufficient', { points: -(balance - (member.points ?? 0)), balance: member.points ?? 0 })
  const spentFen = Math.max(0, (member.spentFen ?? 0) + (change.spendFen ?? 0))
  const paidOrderCount = Math.max(0, (member.paidOrderCount ?? 0) + (change.paidCount ?? 0))
  const { level, levelYear } = nextLevel(member, spentFen, settings, shanghaiYear(now))
  const nextPointsExpiryAt =
    change.nextPointsExpiryAt !== undefined
      ? change.nextPointsExpiryAt
      : earliestCredit !== null
        ? Math.min(member.nextPointsExpiryAt ?? Infinity, earliestCredit)
        : (member.nextPointsExpiryAt ?? null)
  const lastPaidAt = change.lastPaidAt ? Math.max(member.lastPaidAt ?? 0, change.lastPaidAt) : (member.lastPaidAt ?? null)
  const data = { points: balance, spentFen, paidOrderCount, level, levelYear, nextPointsExpiryAt, lastPaidAt, updatedAt: now }
  const unchanged =
    !written.length && spentFen === (member.spentFen ?? 0) && paidOrderCount === (member.paidOrderCount ?? 0) && level === member.level && levelYear === member.levelYear &&
    nextPointsExpiryAt === (member.nextPointsExpiryAt ?? null) && lastPaidAt === (member.lastPaidAt ?? null)
  if (unchanged) return { written, member }
  for (const entry of written) {
    const { _id, ...fields } = entry
    await t.collection(COLLECTION.points_ledger).doc(_id).set({ data: fields })
  }
  await t.collection(COLLECTION.members).doc(member.openid).update({ data })
  return { written, member: { ...member, ...data } }
}

/** One change on one member in its own transaction. */
export async function bookMemberChange(openid: string, change: MemberChange, settings: MembershipSettings, now: number) {
  return memberTransaction(async (t) => bookIn(t, await memberIn(t, openid, now), change, settings, now))
}

/**
 * Nightly: level (thresholds may have changed), segment and RFM of a member, written iff the member still
 * has the spend, level and points this was computed from (a booking in between wins; tomorrow re-runs).
 */
export async function restampMember(m: Member, fields: Pick<Member, 'level' | 'levelYear' | 'segment' | 'rfm' | 'nightlyDay'>, now: number): Promise<boolean> {
  const where: Record<string, unknown> = { _id: m._id, level: m.level, points: m.points, updatedAt: m.updatedAt }
  const { stats } = await members().where(where).update({ data: { ...fields, updatedAt: now } })
  return stats.updated === 1
}
