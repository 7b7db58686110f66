/**
 * What an order contributes to its buyer (domain/membership/order-accounting.ts), booked by difference:
 * `member_orders/<orderId>` keeps what has been booked so far, and one transaction reads the order, that
 * record, the points held for the order and the member, then books exactly target − booked. Repeated
 * callbacks, a second run of the same effect and cron reruns find nothing left to book.
 *
 * Runs from the `member.syncOrder` effect after pay, confirm receipt / auto-complete and every settled
 * after-sale refund (hooks.ts).
 */
import type { Reason } from '../../contracts/common'
import { deltaOf, NOTHING_BOOKED, orderTargets, type OrderMembershipTotals } from '../../domain/membership/order-accounting'
import type { Transaction } from '../../platform/db-types'
import { COLLECTION } from '../../schema/collections'
import type { OrderRecord } from '../order/order-record'
import { bookIn, entryIn, memberIn, memberTransaction, type PointsMove } from './member-ledger'
import { membershipSettings } from './membership-settings'

export interface OrderBooking {
  _id: string
  openid: string
  booked: OrderMembershipTotals
  /** The earn rule the order's points were first computed with. */
  earnPerYuan: number | null
  /** Bookings so far (ledger source keys are unique per booking). */
  seq: number
  updatedAt: number
}

export const holdKey = (orderId: string) => `hold:${orderId}`
export const releaseKey = (orderId: string) => `release:${orderId}`

/** Points held for the order at checkout and not given back, read inside a transaction. */
export async function redeemedPointsIn(t: Transaction, openid: string, orderId: string): Promise<number> {
  const hold = await entryIn(t, openid, holdKey(orderId))
  if (!hold) return 0
  if (await entryIn(t, openid, releaseKey(orderId))) return 0
  return -hold.points
}

export async function syncOrderMembership(orderId: string, now: number): Promise<'done' | 'skipped'> {
  const settings = await membershipSettings(now)
  return memberTransaction(async (t) => {
    const order = (await t.collection<OrderRecord>(COLLECTION.orders).doc(orderId).get()).data
    if (!order) return 'skipped'
    const ref = t.collection<OrderBooking>(COLLECTION.member_orders).doc(orderId)
    const booking = (await ref.get()).data
    const booked = booking?.booked ?? NOTHING_BOOKED
    const earnPerYuan = booking?.earnPerYuan ?? settings.points.earnPerYuan
    const redeemed = await redeemedPointsIn(t, order.openid, orderId)
    const refunded = order.items.reduce((n, i) => n + (i.refundedAmount ?? 0), 0)
    const target = orderTargets({ payable: order.payable, refundedAmount: refunded, paidAt: order.paidAt, completedAt: order.completedAt, state: order.state }, earnPerYuan, redeemed)
    const d = deltaOf(target, booked)
    if (!d.any) return 'skipped'
    const seq = (booking?.seq ?? 0) + 1
    const reason = (key: string): Reason => ({ key, params: { orderNo: order.orderNo } })
    const moves: PointsMove[] = []
    if (d.points > 0) moves.push({ sourceKey: `order:${orderId}:${seq}:earn`, kind: 'earn', points: d.points, reason: reason('reason.points.earned'), orderId })
    if (d.points < 0) moves.push({ sourceKey: `order:${orderId}:${seq}:reverse`, kind: 'reverse', points: d.points, reason: reason('reason.points.reversed'), orderId })
    if (d.returnedPoints > 0) moves.push({ sourceKey: `order:${orderId}:${seq}:return`, kind: 'return', points: d.returnedPoints, reason: reason('reason.points.returned'), orderId })
    if (d.returnedPoints < 0) moves.push({ sourceKey: `order:${orderId}:${seq}:retake`, kind: 'redeem', points: d.returnedPoints, reason: reason('reason.points.redeemed'), orderId })
    const member = await memberIn(t, order.openid, now)
    await bookIn(t, member, { points: moves, spendFen: d.spendFen, paidCount: d.paidCount, lastPaidAt: d.paidCount > 0 ? order.paidAt : null }, settings, now)
    const next: Omit<OrderBooking, '_id'> = {
      openid: order.openid,
      booked: target,
      earnPerYuan: target.points > 0 || booking?.earnPerYuan ? earnPerYuan : null,
      seq,
      updatedAt: now,
    }
    await ref.set({ data: next })
    return 'done'
  })
}
