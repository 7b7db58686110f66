import { z } from 'zod'
import type { Reason } from './common'
import type { PaymentState } from '../domain/machines/payment.machine'
import type { ShippingInfoUpload } from './order'
import type { LogisticsAlert } from './logistics'
import { Id, PageInput, type Page } from './common'
import { ORDER_STATES, type OrderDetail, type OrderSummary } from './order'
import { AFTER_SALE_STATES, type AfterSale } from './aftersale'

type Fen = number

export interface AdminOrderSummary extends OrderSummary {
  openid: string
  addressName: string
  addressPhone: string
}

export interface PaymentRecord {
  _id: string
  orderId: string
  outTradeNo: string
  totalFee: Fen
  state: PaymentState
  transactionId: string | null
  createdAt: number
  paidAt: number | null
}

export interface RefundRecord {
  _id: string
  orderId: string
  outRefundNo: string
  refundFee: Fen
  reason: Reason
  /** requested → success (callback) | failed: domain/machines/refund.machine.ts. */
  state: 'requested' | 'success' | 'failed'
  createdAt: number
  settledAt: number | null
}

export interface AdminOrderDetail extends OrderDetail {
  openid: string
  payments: PaymentRecord[]
  refunds: RefundRecord[]
  /** Shipping-info upload to WeChat (an outbox effect of shipping): 'pending' until tried, then 'uploaded', 'failed' (see problem; retried) or 'skipped'. */
  shippingInfoUpload: ShippingInfoUpload | null
  /** A parcel in trouble (疑难, 拒签, 退回, no movement), or null. */
  logisticsAlert: LogisticsAlert | null
}

/** Filter by state, creation time window (epoch ms, inclusive from, exclusive to) and keyword (order number, recipient name or phone). */
export const AdminOrderListInput = PageInput.extend({
  state: z.enum(ORDER_STATES).optional(),
  from: z.number().int().min(0).optional(),
  to: z.number().int().min(0).optional(),
  keyword: z.string().trim().max(40).optional(),
  /** Only orders with a parcel in trouble (the dashboard's logistics-exceptions count). */
  alert: z.enum(['logistics']).optional(),
})
export type AdminOrderListInput = z.input<typeof AdminOrderListInput>
export type AdminOrderListOutput = Page<AdminOrderSummary>

export const AdminOrderGetInput = z.object({ orderId: Id })
export type AdminOrderGetOutput = AdminOrderDetail

export { CarrierCode } from './carrier'
import { CarrierCode } from './carrier'
export const WaybillNo = z.string().regex(/^[A-Za-z0-9-]{4,40}$/, 'error.input.waybillNo')

const SkuIds = z.array(Id).min(1).max(50)

/**
 * paid → shipped; records the parcel, or several for a split shipment (`moreParcels`, each optionally
 * naming the SKUs it holds). Uploading shipping info to WeChat is tried but never blocks shipping.
 */
export const AdminOrderShipInput = z.object({
  orderId: Id,
  carrierCode: CarrierCode,
  waybillNo: WaybillNo,
  skuIds: SkuIds.optional(),
  moreParcels: z.array(z.object({ carrierCode: CarrierCode, waybillNo: WaybillNo, skuIds: SkuIds.optional() })).max(4).optional(),
})
export type AdminOrderShipInput = z.input<typeof AdminOrderShipInput>
export type AdminOrderShipOutput = AdminOrderDetail

/** Marks a shipped parcel as signed for (the tracking feature calls the same service). */
export const AdminOrderMarkDeliveredInput = z.object({ orderId: Id })
export type AdminOrderMarkDeliveredOutput = AdminOrderDetail

export const AfterSalesListInput = PageInput.extend({ state: z.enum(AFTER_SALE_STATES).optional() })
export type AfterSalesListInput = z.input<typeof AfterSalesListInput>
export type AfterSalesListOutput = Page<AfterSale>

/** refund_only → refund at once; return_refund / exchange → wait for the parcel back. */
export const AfterSalesApproveInput = z.object({ id: Id, note: z.string().trim().max(200).optional() })
export type AfterSalesApproveInput = z.input<typeof AfterSalesApproveInput>
export type AfterSalesApproveOutput = AfterSale

export const AfterSalesRejectInput = z.object({ id: Id, note: z.string().trim().min(1).max(200) })
export type AfterSalesRejectInput = z.input<typeof AfterSalesRejectInput>
export type AfterSalesRejectOutput = AfterSale

/**
 * The returned parcel arrived: items are restocked, then return_refund refunds the lines' share and
 * exchange ships the replacement (its carrier + waybill are required for exchanges).
 */
export const AfterSalesConfirmReturnInput = z.object({
  id: Id,
  replacement: z.object({ carrierCode: CarrierCode, waybillNo: WaybillNo }).optional(),
})
export type AfterSalesConfirmReturnInput = z.input<typeof AfterSalesConfirmReturnInput>
export type AfterSalesConfirmReturnOutput = AfterSale

/** A payment whose amount did not match the order (or arrived for an unknown trade number). */
export interface PaymentMismatch {
  _id: string
  outTradeNo: string
  orderId: string | null
  expectedFee: Fen | null
  receivedFee: Fen
  transactionId: string | null
  payerOpenid: string | null
  reason: 'amount_mismatch' | 'unknown_trade'
  state: 'open' | 'refunded' | 'dismissed'
  note: string | null
  createdAt: number
  resolvedAt: number | null
}

export const PaymentMismatchListInput = PageInput.extend({ state: z.enum(['open', 'refunded', 'dismissed']).optional() })
export type PaymentMismatchListInput = z.input<typeof PaymentMismatchListInput>
export type PaymentMismatchListOutput = Page<PaymentMismatch>

/** `refund` returns the received money to the payer in full; `dismiss` closes it with a note. */
export const PaymentMismatchResolveInput = z.object({
  id: Id,
  resolution: z.enum(['refund', 'dismiss']),
  note: z.string().trim().min(1).max(200),
})
export type PaymentMismatchResolveInput = z.input<typeof PaymentMismatchResolveInput>
export type PaymentMismatchResolveOutput = PaymentMismatch

/** Served by the `admin` function, role staff. */
export const ADMIN_ORDER_ACTIONS = {
  list: 'adminOrders.list',
  get: 'adminOrders.get',
  ship: 'adminOrders.ship',
  markDelivered: 'adminOrders.markDelivered',
  afterSalesList: 'afterSales.list',
  afterSalesApprove: 'afterSales.approve',
  afterSalesReject: 'afterSales.reject',
  afterSalesConfirmReturn: 'afterSales.confirmReturn',
  mismatches: 'payments.mismatches',
  resolveMismatch: 'payments.resolveMismatch',
} as const
