/** Reading orders (shopper and merchant) and the buyer's own moves: cancel and confirm receipt. */
import type { AdminOrderDetail, AdminOrderSummary } from '../../contracts/admin-orders'
import type { OrderDetail, OrderState, OrderSummary, OrderTab } from '../../contracts/order'
import type { Page } from '../../contracts/common'
import { shopConfig } from '../../config'
import { AppError } from '../../core/errors'
import { db } from '../../platform/cloud'
import { closeOrder, queryOrder } from '../../platform/pay'
import { paymentsOfOrder, payments, settlePayment } from '../payment.service'
import { refundsOfOrder } from '../refund.service'
import { restockOnce, restockPendingField } from './restock-once'
import { findOrder, orders, ownOrder, toDetail, toSummary, transitionOrder, type OrderRecord } from './order-record'

const TAB_STATES: Record<OrderTab, OrderState[] | null> = {
  all: null,
  pending_payment: ['pending_payment'],
  to_ship: ['paid'],
  to_receive: ['shipped', 'delivered'],
  completed: ['completed'],
  after_sale: ['after_sale', 'refunded'],
}

const windowMs = () => shopConfig().business.afterSaleWindowDays * 86_400_000

export function detailOf(order: OrderRecord, now: number): OrderDetail {
  return toDetail(order, [...(order.afterSales ?? [])].reverse(), now, windowMs())
}

function page<T>(items: T[], p: number, size: number, total: number): Page<T> {
  return { items, page: p, pageSize: size, total, hasMore: (p - 1) * size + items.length < total }
}

export async function listOwnOrders(openid: string, tab: OrderTab, p: number, size: number): Promise<Page<OrderSummary>> {
  const _ = db().command
  const states = TAB_STATES[tab]
  const where: Record<string, unknown> = { openid }
  if (states) where.state = states.length === 1 ? states[0] : _.in(states)
  const [rows, counted] = await Promise.all([
    orders().where(where).orderBy('createdAt', 'desc').skip((p - 1) * size).limit(size).get(),
    orders().where(where).count(),
  ])
  return page(rows.data.map(toSummary), p, size, counted.total)
}

export async function getOwnOrder(openid: string, orderId: string, now: number): Promise<OrderDetail> {
  return detailOf(await ownOrder(openid, orderId), now)
}

/**
 * Cancels an unpaid order (buyer or timeout). Open prepays are closed first; if WeChat says one was
 * paid after all, the payment is settled instead and the order is NOT cancelled. Only the writer that
 * wins the conditional pending_payment → cancelled releases the stock, so it is released exactly once.
 */
export async function cancelUnpaid(order: OrderRecord, event: 'cancel' | 'timeout', reason: string, now: number): Promise<'cancelled' | 'paid' | 'lost'> {
  for (const p of await paymentsOfOrder(order._id)) {
    if (p.state !== 'prepaid') continue
    const closed = await closeOrder(p.outTradeNo)
    if (closed.ok) continue
    const q = await queryOrder(p.outTradeNo)
    if (q.tradeState === 'SUCCESS' || q.tradeState === 'REFUND') {
      const outcome = await settlePayment({ ...q.reply, returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: p.outTradeNo } as never, now)
      if (outcome === 'paid' || outcome === 'duplicate') return 'paid'
    }
  }
  const won = await transitionOrder(order, event, {
    by: event === 'cancel' ? 'buyer' : 'system',
    now,
    note: reason,
    set: { cancelledAt: now, cancelReason: reason, ...restockPendingField({ kind: 'cancelled' }) },
  })
  if (!won) return 'lost'
  await restockOnce(order._id, { kind: 'cancelled' }, now)
  await payments().where({ orderId: order._id, state: 'prepaid' }).update({ data: { state: 'closed', updatedAt: now } })
  return 'cancelled'
}

export async function buyerCancel(openid: string, orderId: string, reason: string | undefined, now: number): Promise<OrderDetail> {
  const order = await ownOrder(openid, orderId)
  if (order.state !== 'pending_payment') throw new AppError('CONFLICT', '只有待付款订单可以取消 / only an unpaid order can be cancelled', { state: order.state })
  const outcome = await cancelUnpaid(order, 'cancel', reason ?? '买家取消 / cancelled by buyer', now)
  if (outcome === 'paid') throw new AppError('CONFLICT', '订单已支付，不能取消 / the order was paid meanwhile and cannot be cancelled')
  if (outcome === 'lost') throw new AppError('CONFLICT', '订单状态已变化，请刷新 / the order changed meanwhile, please refresh')
  return detailOf((await findOrder(orderId))!, now)
}

export async function confirmReceipt(openid: string, orderId: string, now: number): Promise<OrderDetail> {
  const order = await ownOrder(openid, orderId)
  const won = await transitionOrder(order, 'confirmReceipt', { by: 'buyer', now, set: { completedAt: now, deliveredAt: order.deliveredAt ?? now } })
  if (!won) throw new AppError('CONFLICT', '订单状态已变化，请刷新 / the order changed meanwhile, please refresh')
  return detailOf((await findOrder(orderId))!, now)
}

/** Merchant list: state, creation window and keyword (order number, or recipient phone / name). */
export async function listOrdersForAdmin(q: {
  state?: OrderState
  from?: number
  to?: number
  keyword?: string
  page: number
  pageSize: number
}): Promise<Page<AdminOrderSummary>> {
  const _ = db().command
  const where: Record<string, unknown> = {}
  if (q.state) where.state = q.state
  if (q.from !== undefined && q.to !== undefined) where.createdAt = _.gte(q.from).and(_.lt(q.to))
  else if (q.from !== undefined) where.createdAt = _.gte(q.from)
  else if (q.to !== undefined) where.createdAt = _.lt(q.to)
  const kw = q.keyword?.trim()
  if (kw) {
    if (/^\d{20}$/.test(kw)) where.orderNo = kw
    else if (/^\d{11}$/.test(kw)) where['address.phone'] = kw
    else where['address.name'] = kw
  }
  const [rows, counted] = await Promise.all([
    orders().where(where).orderBy('createdAt', 'desc').skip((q.page - 1) * q.pageSize).limit(q.pageSize).get(),
    orders().where(where).count(),
  ])
  const items = rows.data.map((o) => ({ ...toSummary(o), openid: o.openid, addressName: o.address.name, addressPhone: o.address.phone }))
  return page(items, q.page, q.pageSize, counted.total)
}

export async function getOrderForAdmin(orderId: string, now: number): Promise<AdminOrderDetail> {
  const order = await findOrder(orderId)
  if (!order) throw new AppError('NOT_FOUND', '订单不存在 / order not found', { orderId })
  const [pays, refunds] = await Promise.all([paymentsOfOrder(orderId), refundsOfOrder(orderId)])
  return {
    ...detailOf(order, now),
    openid: order.openid,
    payments: pays.map(({ _id, orderId: oid, outTradeNo, totalFee, state, transactionId, createdAt, paidAt }) => ({
      _id,
      orderId: oid,
      outTradeNo,
      totalFee,
      state,
      transactionId,
      createdAt,
      paidAt,
    })),
    refunds: refunds.map(({ _id, orderId: oid, outRefundNo, refundFee, reason, state, createdAt, settledAt }) => ({
      _id,
      orderId: oid,
      outRefundNo,
      refundFee,
      reason,
      state,
      createdAt,
      settledAt,
    })),
    shippingInfoUpload: order.shippingInfoUpload,
  }
}
