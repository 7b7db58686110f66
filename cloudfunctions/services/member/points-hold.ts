/**
 * Points a shopper spends at checkout. CONTRACT between checkout (which calls these from the order-create
 * workflow: hold as a step, release as its undo) and the membership code (which owns the points balance
 * and ledger). Both are idempotent per order: a retry or a resumed workflow never takes or gives back
 * points twice. Release also runs from the `member.releasePoints` effect when an unpaid order is
 * cancelled or times out (hooks.ts). Points of an order that is paid and later refunded come back in
 * proportion to the refund (order-membership.ts), never through release.
 */
import { AppError } from '../../core/errors'
import { COLLECTION } from '../../schema/collections'
import type { OrderRecord } from '../order/order-record'
import { bookIn, entryIn, memberIn, memberTransaction } from './member-ledger'
import { membershipSettings } from './membership-settings'
import { holdKey, releaseKey } from './order-membership'

/** Takes `points` off the balance for `orderId` (never below zero: CONFLICT error.points.insufficient), recording why. */
export async function holdPointsForOrder(openid: string, orderId: string, points: number, now: number): Promise<void> {
  if (!(points > 0)) return
  if (!Number.isInteger(points)) throw new AppError('INVALID_INPUT', 'error.points.whole', { points })
  const settings = await membershipSettings(now)
  await memberTransaction(async (t) => {
    const held = await entryIn(t, openid, holdKey(orderId))
    if (held) {
      if (-held.points !== points) throw new AppError('CONFLICT', 'error.points.heldDifferently', { points: -held.points })
      return
    }
    if (await entryIn(t, openid, releaseKey(orderId))) throw new AppError('CONFLICT', 'error.points.released')
    const member = await memberIn(t, openid, now)
    await bookIn(
      t,
      member,
      { points: [{ sourceKey: holdKey(orderId), kind: 'redeem', points: -points, reason: { key: 'reason.points.redeemed' }, orderId }], noOverdraft: true },
      settings,
      now,
    )
  })
}

/**
 * Gives back the points held for `orderId` (the order was cancelled, timed out or its creation undone).
 * Does nothing for an order that was paid: its points stay spent (refunds return them proportionally).
 */
export async function releaseHeldPoints(openid: string, orderId: string, now: number): Promise<void> {
  const settings = await membershipSettings(now)
  await memberTransaction(async (t) => {
    const held = await entryIn(t, openid, holdKey(orderId))
    if (!held || (await entryIn(t, openid, releaseKey(orderId)))) return
    const order = (await t.collection<OrderRecord>(COLLECTION.orders).doc(orderId).get()).data
    // A paid order keeps its points spent (refunds return them proportionally); an order being undone
    // (still pending_payment, or gone) or cancelled gets them back.
    if (order && (order.paidAt || !['pending_payment', 'cancelled'].includes(order.state))) return
    const member = await memberIn(t, openid, now)
    await bookIn(t, member, { points: [{ sourceKey: releaseKey(orderId), kind: 'release', points: -held.points, reason: { key: 'reason.points.released' }, orderId }] }, settings, now)
  })
}
