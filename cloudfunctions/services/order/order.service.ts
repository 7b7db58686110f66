/** Reading orders (shopper and merchant) and the buyer's own moves: cancel and confirm receipt. */
import { withTimer } from '../aftersale/with-timer'
import type { AdminOrderDetail, AdminOrderSummary } from '../../contracts/admin-orders'
import type { OrderDetail, OrderState, OrderSummary, OrderTab } from '../../contracts/order'
import type { Page } from '../../contracts/common'
import { shopConfig } from '../../config'
import { AppError, changedMeanwhile, notFound } from '../../core/errors'
import { orderMachine } from '../../domain/machines'
import { db } from '../../platform/cloud'
import { paymentsOfOrder } from '../payment/payment.service'
import { refundsOfOrder } from '../refund/refund.service'
import { cancelUnpaid } from './cancel-unpaid.workflow'
import { findOrder, orders, ownOrder, toDetail, toSummary, type OrderRecord } from './order-record'
import { transitionOrderOrConflict } from './order-transition'

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
  return toDetail(order, [...(order.afterSales ?? [])].reverse().map(withTimer), now, windowMs())
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

export async function buyerCancel(openid: string, orderId: string, note: string | undefined, now: number): Promise<OrderDetail> {
  const order = await ownOrder(openid, orderId)
  const verdict = orderMachine.can(order.state, 'cancel')
  if (!verdict.ok) throw new AppError('CONFLICT', verdict.key, verdict.params, { state: order.state })
  const outcome = await cancelUnpaid(order, 'cancel', { kind: 'buyer', openid }, { key: 'reason.order.buyerCancelled' }, now, note)
  if (outcome === 'paid') throw new AppError('CONFLICT', 'error.order.paidMeanwhile')
  if (outcome === 'lost') throw changedMeanwhile('order')
  return detailOf((await findOrder(orderId))!, now)
}

export async function confirmReceipt(openid: string, orderId: string, now: number): Promise<OrderDetail> {
  const order = await ownOrder(openid, orderId)
  await transitionOrderOrConflict(order, {
    event: 'confirmReceipt',
    actor: { kind: 'buyer', openid },
    now,
    set: { completedAt: now, deliveredAt: order.deliveredAt ?? now },
  })
  return detailOf((await findOrder(orderId))!, now)
}

/** Merchant list: state, creation window and keyword (order number, or recipient phone / name). */
export async function listOrdersForAdmin(q: {
  state?: OrderState
  from?: number
  to?: number
  keyword?: string
  alert?: 'logistics'
  page: number
  pageSize: number
}): Promise<Page<AdminOrderSummary>> {
  const _ = db().command
  const where: Record<string, unknown> = {}
  if (q.state) where.state = q.state
  if (q.alert === 'logistics') where.logisticsAlert = _.exists(true).and(_.neq(null))
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
  if (!order) throw notFound('order', orderId)
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
    logisticsAlert: order.logisticsAlert ?? null,
    shippingInfoUpload: order.shippingInfoUpload,
  }
}
