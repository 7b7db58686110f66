/**
 * The stored order and how it is read. Its state changes only through order-transition.ts.
 */
import type { PriceLine } from '../../contracts/checkout'
import { latestTrackOf, type AddressSnapshot, type OrderDetail, type OrderItem, type OrderState, type OrderSummary, type ShipmentSummary, type ShippingInfoUpload, type StateLogEntry } from '../../contracts/order'
import type { AfterSale } from '../../contracts/aftersale'
import { notFound } from '../../core/errors'
import { isOpenAfterSale, orderMachine } from '../../domain/machines'
import type { Reason } from '../../contracts/common'
import type { LogisticsAlert } from '../../contracts/logistics'
import type { PendingEffect } from '../outbox/pending-effect'
import type { FlashOrderPart } from '../flash/flash-record'
import type { GroupOrderPart } from '../group/group-record'
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
  cancelReason: Reason | null
  refundedAmount: number
  /** Number of unifiedOrder attempts; each gets its own outTradeNo. */
  payAttempts: number
  /** The trade number that paid the order, and WeChat's transaction id. */
  paidOutTradeNo: string | null
  transactionId: string | null
  payerOpenid: string | null
  /** The coupon this order locked (used when paid, given back on cancel / timeout); absent on older orders. */
  couponId?: string | null
  /** Points spent on this order (held by membership). */
  pointsUsed?: number
  /** Promotions that produced a discount line: per-promotion stats read these. */
  promotionIds?: string[]
  shipments: ShipmentSummary[]
  /** State to return to when an after-sale ends without refunding everything. */
  afterSaleResume: OrderState | null
  openAfterSaleId: string | null
  /** After-sale requests, append-only so `afterSales.<i>` stays a stable address for conditional updates. */
  afterSales: AfterSale[]
  hasAfterSale: boolean
  shippingInfoUpload: ShippingInfoUpload | null
  /** A parcel in trouble (疑难, 拒签, 退回, no movement): set by tracking, shown to the merchant. */
  logisticsAlert?: LogisticsAlert | null
  /** Effects of a transition not yet in the outbox (see services/outbox/pending-effect.ts). */
  pendingEffects?: PendingEffect[]
  /** Set by the first step of a cancel: from then on no new prepay is opened for this order. */
  cancelStartedAt?: number
  lastPrepayAt?: number
  /** Restock of a cancelled order: 'pending' from the cancel's write until the units are back ('done'). */
  stockRelease?: 'pending' | 'done'
  /** 秒杀 / 拼团 orders (services/specials): the sale or the group they belong to. */
  flashSaleId?: string
  flash?: FlashOrderPart
  groupId?: string
  group?: GroupOrderPart
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
    latestTrack: latestTrackOf(o.shipments),
    parcelCount: (o.shipments ?? []).filter((s) => s.purpose === 'order').length,
  }
}

export function toDetail(o: OrderRecord, afterSales: AfterSale[], now: number, afterSaleWindowMs: number): OrderDetail {
  const openAfterSale = afterSales.some((a) => isOpenAfterSale(a.state))
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
    // The buyer's buttons come from the machine; time and quantity rules narrow them.
    ...(o.groupId && o.group ? { group: { groupId: o.groupId, leader: o.group.leader, seat: o.group.seat ?? null, formed: !!o.group.formedAt } } : {}),
    ...(o.flashSaleId ? { flashSaleId: o.flashSaleId } : {}),
    can: {
      pay: orderMachine.can(o.state, 'pay').ok && o.payDeadline > now,
      cancel: orderMachine.can(o.state, 'cancel').ok,
      confirmReceipt: orderMachine.can(o.state, 'confirmReceipt').ok,
      requestAfterSale: orderMachine.can(o.state, 'requestAfterSale').ok && !openAfterSale && refundableLeft && withinWindow,
    },
  }
}
