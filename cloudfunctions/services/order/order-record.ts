/**
 * The stored order and the one way its state changes: a conditional update on the current state that
 * also appends the state-log entry, so racing transitions cannot both win and every change is logged once.
 */
import type { PriceLine } from '../../contracts/checkout'
import type { AddressSnapshot, OrderDetail, OrderItem, OrderState, OrderSummary, ShipmentSummary, StateLogEntry } from '../../contracts/order'
import type { AfterSale } from '../../contracts/aftersale'
import { AppError, notFound } from '../../core/errors'
import { canTransition, type OrderEvent } from '../../domain/order-state'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'

export interface OrderRecord {
  _id: string
  orderNo: string
  openid: string
  clientRequestId: string
  state: OrderState
  items: OrderItem[]
  lines: PriceLine[]
  goodsTotal: number
  discountTotal: number
  shippingFee: number
  payable: number
  address: AddressSnapshot
  remark: string
  stateLog: StateLogEntry[]
  payDeadline: number
  createdAt: number
  updatedAt: number
  paidAt: number | null
  shippedAt: number | null
  deliveredAt: number | null
  completedAt: number | null
  cancelledAt: number | null
  cancelReason: string | null
  refundedAmount: number
  /** Number of unifiedOrder attempts; each gets its own outTradeNo. */
  payAttempts: number
  /** The trade number that paid the order, and WeChat's transaction id. */
  paidOutTradeNo: string | null
  transactionId: string | null
  payerOpenid: string | null
  shipments: ShipmentSummary[]
  /** State to return to when an after-sale ends without refunding everything. */
  afterSaleResume: OrderState | null
  openAfterSaleId: string | null
  /** After-sale requests, append-only so `afterSales.<i>` stays a stable address for conditional updates. */
  afterSales: AfterSale[]
  hasAfterSale: boolean
  shippingInfoUpload: { status: 'uploaded' | 'failed' | 'skipped'; note: string | null } | null
}

export const orders = () => db().collection<OrderRecord>(COLLECTION.orders)

export async function findOrder(orderId: string): Promise<OrderRecord | null> {
  return (await orders().doc(orderId).get()).data ?? null
}

/** The caller's own order; someone else's order looks exactly like a missing one. */
export async function ownOrder(openid: string, orderId: string): Promise<OrderRecord> {
  const order = await findOrder(orderId)
  if (!order || order.openid !== openid) throw notFound('order', orderId)
  return order
}

export interface TransitionOptions {
  by: 'buyer' | 'merchant' | 'system' | 'pay'
  now: number
  note?: string
  /** Other fields written in the same conditional update. */
  set?: Record<string, unknown>
}

/**
 * Moves `order` by `event` iff it is still in the state we read. Returns false when another writer got
 * there first (the caller re-reads and decides); throws CONFLICT when the table forbids the move.
 */
export async function transitionOrder(order: OrderRecord, event: OrderEvent, opts: TransitionOptions): Promise<boolean> {
  const t = canTransition(order.state, event, order.afterSaleResume)
  if (!t.ok) throw new AppError('CONFLICT', t.reason, { orderId: order._id, state: order.state, event })
  const entry: StateLogEntry = { from: order.state, to: t.to, event, at: opts.now, by: opts.by, ...(opts.note ? { note: opts.note } : {}) }
  const _ = db().command
  const result = await orders()
    .where({ _id: order._id, state: order.state })
    .update({ data: { ...opts.set, state: t.to, updatedAt: opts.now, stateLog: _.push([entry]) } })
  return result.stats.updated === 1
}

export function toSummary(o: OrderRecord): OrderSummary {
  return {
    _id: o._id,
    orderNo: o.orderNo,
    state: o.state,
    items: o.items.map(({ productId, skuId, title, skuName, cover, unitPrice, quantity }) => ({
      productId,
      skuId,
      title,
      skuName,
      cover,
      unitPrice,
      quantity,
    })),
    itemCount: o.items.reduce((n, i) => n + i.quantity, 0),
    payable: o.payable,
    refundedAmount: o.refundedAmount,
    createdAt: o.createdAt,
    payDeadline: o.state === 'pending_payment' ? o.payDeadline : null,
  }
}

export function toDetail(o: OrderRecord, afterSales: AfterSale[], now: number, afterSaleWindowMs: number): OrderDetail {
  const openAfterSale = afterSales.some((a) => !['refunded', 'exchanged', 'rejected'].includes(a.state))
  const refundableLeft = o.items.some((i) => i.refundedQuantity < i.quantity)
  const withinWindow = o.state !== 'completed' || (o.completedAt ?? now) + afterSaleWindowMs > now
  return {
    ...toSummary(o),
    items: o.items,
    lines: o.lines,
    goodsTotal: o.goodsTotal,
    discountTotal: o.discountTotal,
    shippingFee: o.shippingFee,
    address: o.address,
    remark: o.remark,
    stateLog: o.stateLog,
    paidAt: o.paidAt,
    shippedAt: o.shippedAt,
    deliveredAt: o.deliveredAt,
    completedAt: o.completedAt,
    cancelledAt: o.cancelledAt,
    cancelReason: o.cancelReason,
    shipments: o.shipments,
    afterSales,
    can: {
      pay: o.state === 'pending_payment' && o.payDeadline > now,
      cancel: o.state === 'pending_payment',
      confirmReceipt: o.state === 'shipped' || o.state === 'delivered',
      requestAfterSale:
        ['paid', 'shipped', 'delivered', 'completed'].includes(o.state) && !openAfterSale && refundableLeft && withinWindow,
    },
  }
}
