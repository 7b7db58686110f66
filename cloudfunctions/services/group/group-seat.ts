/**
 * A group order's seat is taken when the order is PAID. The payment's transition marks the order
 * `group.seat: 'pending'` in the same write (groupSeatPendingField), then takeGroupSeat runs:
 * - the leader's payment starts the group (its id derived from the order, so a repeat finds it);
 * - a member's payment takes a seat with a conditional update that never exceeds the size;
 * - a payment that reaches a full, failed or expired group (or a shopper already in it) is refused:
 *   the order is marked `rejected` and its money goes back at once (refund purpose `groupFailed`,
 *   out_refund_no `RG<trade no>`, fixed per order, so a retry never refunds twice).
 * A function that dies in between leaves the order marked; cron (resumeGroupSeats) finishes it.
 */
import { systemActor } from '../../core/actor'
import { db } from '../../platform/cloud'
import { outRefundNoFor } from '../order/order-numbers'
import { findOrder, orders, type OrderRecord } from '../order/order-record'
import { startRefund } from '../refund/refund.service'
import { groups, type GroupDoc, type GroupOrderPart } from './group-record'
import { takeSeat } from './group-transition'

export type GroupOrder = OrderRecord & { groupId?: string; group?: GroupOrderPart }

/** The field the payment's transition sets on a group order (nothing on any other order). */
export function groupSeatPendingField(order: OrderRecord): Record<string, unknown> {
  return (order as GroupOrder).group ? { 'group.seat': 'pending' } : {}
}

async function markSeat(orderId: string, seat: 'taken' | 'rejected', now: number): Promise<boolean> {
  const r = await orders().where({ _id: orderId, 'group.seat': 'pending' }).update({ data: { 'group.seat': seat, updatedAt: now } })
  return r.stats.updated === 1
}

async function startGroup(order: GroupOrder, now: number): Promise<void> {
  const part = order.group!
  const item = order.items[0]
  const doc: GroupDoc = {
    _id: order.groupId!,
    offerId: part.offerId,
    productId: item.productId,
    skuId: item.skuId,
    title: item.title,
    cover: item.cover,
    price: item.unitPrice,
    listPrice: (order as { specialListPrice?: number }).specialListPrice ?? item.unitPrice,
    size: part.size,
    status: 'forming',
    members: [{ openid: order.openid, orderId: order._id, joinedAt: now, leader: true }],
    memberOpenids: [order.openid],
    memberOrderIds: [order._id],
    seatsTaken: 1,
    expiresAt: now + part.hours * 3_600_000,
    log: [{ from: null, to: 'forming', event: 'start', at: now, actor: { kind: 'buyer', openid: order.openid } }],
    createdAt: now,
    updatedAt: now,
  }
  await groups()
    .add({ data: doc as unknown as Record<string, unknown> })
    .catch(async (err) => {
      if (!(await groups().doc(doc._id).get()).data) throw err // else: a repeat of this very start
    })
}

/** Refunds a paid group order whole, once (fixed out_refund_no); settlement moves the order to refunded. */
export async function refundGroupOrder(order: GroupOrder, now: number): Promise<void> {
  if (!order.paidOutTradeNo || !order.groupId) return
  await startRefund({
    purpose: { kind: 'groupFailed', orderId: order._id, groupId: order.groupId },
    orderId: order._id,
    openid: order.openid,
    outTradeNo: order.paidOutTradeNo,
    outRefundNo: outRefundNoFor('group', order.paidOutTradeNo),
    totalFee: order.payable,
    refundFee: order.payable,
    reason: { key: 'reason.refund.groupFailed' },
    now,
  })
  await orders().doc(order._id).update({ data: { 'group.refundStarted': true, updatedAt: now } })
}

/** After a group order's payment: take its seat, or refuse it and refund. Safe to repeat. */
export async function takeGroupSeat(orderId: string, now: number): Promise<'taken' | 'rejected' | 'none'> {
  const order = (await findOrder(orderId)) as GroupOrder | null
  if (!order?.group || !order.groupId) return 'none'
  if (order.group.seat === 'taken') return 'taken'
  if (order.group.seat === 'rejected') {
    if (!order.group.refundStarted) await refundGroupOrder(order, now)
    return 'rejected'
  }
  if (order.group.seat !== 'pending' || order.state !== 'paid') return 'none'
  const actor = systemActor('group.seat')
  if (order.group.leader) {
    await startGroup(order, now)
    await markSeat(order._id, 'taken', now)
    return 'taken'
  }
  const member = { openid: order.openid, orderId: order._id, joinedAt: now, leader: false }
  for (let round = 0; round < 25; round++) {
    const group = (await groups().doc(order.groupId).get()).data
    const outcome = group ? await takeSeat(group, member, actor, now) : 'closed'
    if (outcome === 'raced') continue
    if (outcome === 'taken' || outcome === 'already') {
      await markSeat(order._id, 'taken', now)
      return 'taken'
    }
    break
  }
  if (await markSeat(order._id, 'rejected', now)) await refundGroupOrder(order, now)
  return 'rejected'
}

/** Cron: group orders whose payment landed but whose seat (or refusal refund) a crash left unfinished. */
export async function resumeGroupSeats(now: number): Promise<number> {
  const _ = db().command
  const [pending, rejected] = await Promise.all([
    orders().where({ 'group.seat': 'pending', state: 'paid' }).limit(100).get(),
    orders().where({ 'group.seat': 'rejected', 'group.refundStarted': _.neq(true) }).limit(100).get(),
  ])
  let done = 0
  for (const o of [...pending.data, ...rejected.data]) {
    await takeGroupSeat(o._id, now)
    done++
  }
  return done
}
