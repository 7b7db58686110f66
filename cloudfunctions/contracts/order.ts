import { z } from 'zod'
import { Id, PageInput, type Actor, type Page, type Reason } from './common'
import { CheckoutSource, CouponChoiceInput, UsePointsInput, type PriceLine } from './checkout'
import type { AfterSale } from './aftersale'
import type { DiyOrderPart } from './diy'

type Fen = number

/** The order lifecycle; its transitions are domain/machines/order.machine.ts. */
export const ORDER_STATES = [
  'pending_payment',
  'paid',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
  'after_sale',
  'refunded',
] as const
export type OrderState = (typeof ORDER_STATES)[number]

/** Tabs of the order list: 全部 / 待付款 / 待发货 / 待收货 / 已完成 / 售后. */
export const ORDER_TABS = ['all', 'pending_payment', 'to_ship', 'to_receive', 'completed', 'after_sale'] as const
export type OrderTab = (typeof ORDER_TABS)[number]

/** Snapshot of a bought SKU, frozen at order time. */
export interface OrderItem {
  productId: string
  skuId: string
  title: string
  skuName: string
  cover: string
  unitPrice: Fen
  quantity: number
  /** unitPrice × quantity. */
  subtotal: Fen
  /** This line's share of `payable` (discounts and shipping spread by amount); refunds never exceed it. */
  paidShare: Fen
  /** This line's share of the order's discounts (item prices, 满减, coupon, points); absent on older orders. */
  discountShare?: Fen
  refundedQuantity: number
  refundedAmount: Fen
  /** A DIY bracelet (productId 'diy'): its components and their prices, frozen at order time. */
  diy?: DiyOrderPart
}

export interface AddressSnapshot {
  name: string
  phone: string
  province: string
  city: string
  district: string
  detail: string
}

/** One entry per state change, in order, written only by the order's transition (services/order/order-transition.ts). */
export interface StateLogEntry {
  from: OrderState | null
  to: OrderState
  event: string
  at: number
  actor: Actor
  /** Why, when the system or a rule decided (e.g. not paid in time). */
  reason?: Reason
  /** What a person typed (a buyer's cancel reason, a merchant's note): their own words, never translated. */
  note?: string
}

/** Telling WeChat the order shipped; carried out by the outbox after the ship transition. */
export interface ShippingInfoUpload {
  status: 'pending' | 'uploaded' | 'failed' | 'skipped'
  problem: Reason | null
}

/** A parcel's newest node, kept on the order by the tracking writer so lists need no extra read. */
export interface ParcelTrack {
  status: 'shipped' | 'picked_up' | 'in_transit' | 'out_for_delivery' | 'exception' | 'signed' | 'returned'
  /** The carrier's own words for the newest node ('' before the first one). */
  text: string
  at: number
  /** The parcel record's version it was copied from; an older copy never overwrites a newer one. */
  version: number
}

export interface ShipmentSummary {
  shipmentId: string
  carrierCode: string
  waybillNo: string
  /** 'shipped' for the order's parcel, 'replacement' for an exchange. */
  purpose: 'order' | 'replacement'
  shippedAt: number
  /** 1, 2, … for the parcels of a split shipment (absent on parcels shipped before tracking). */
  parcelNo?: number
  track?: ParcelTrack | null
}

/** The order's most telling parcel node for lists: the newest node of any parcel. */
export function latestTrackOf(shipments: readonly ShipmentSummary[] | undefined): ParcelTrack | null {
  let best: ParcelTrack | null = null
  for (const s of shipments ?? []) if (s.track && s.track.text && (!best || s.track.at > best.at)) best = s.track
  return best
}

export interface OrderSummary {
  _id: string
  /** Human-facing order number. */
  orderNo: string
  state: OrderState
  items: Pick<OrderItem, 'productId' | 'skuId' | 'title' | 'skuName' | 'cover' | 'unitPrice' | 'quantity'>[]
  itemCount: number
  payable: Fen
  refundedAmount: Fen
  createdAt: number
  /** Set while pending_payment: when the unpaid order cancels itself. */
  payDeadline: number | null
  /** Newest tracking node of its parcels, or null (not shipped, or nothing from the carrier yet). */
  latestTrack: ParcelTrack | null
  /** Parcels shipped for the order (split shipments have several). */
  parcelCount: number
}

export interface OrderDetail extends OrderSummary {
  items: OrderItem[]
  lines: PriceLine[]
  goodsTotal: Fen
  discountTotal: Fen
  shippingFee: Fen
  address: AddressSnapshot
  remark: string
  stateLog: StateLogEntry[]
  paidAt: number | null
  shippedAt: number | null
  deliveredAt: number | null
  completedAt: number | null
  cancelledAt: number | null
  cancelReason: Reason | null
  shipments: ShipmentSummary[]
  /** After-sale requests of this order, newest first. */
  afterSales: AfterSale[]
  /** A 拼团 order: its group, whether its seat is taken (after payment) and whether the group formed. */
  group?: { groupId: string; leader: boolean; seat: 'pending' | 'taken' | 'rejected' | null; formed: boolean }
  /** A 秒杀 order: the flash sale it was bought in. */
  flashSaleId?: string
  /** What the shopper may do now; the page shows buttons from this, never from its own rules. */
  can: { pay: boolean; cancel: boolean; confirmReceipt: boolean; requestAfterSale: boolean }
}

/**
 * Creates an order from the selected cart lines or a buy-now item. Idempotent on clientRequestId: a retry
 * returns the first order. All or nothing: SOLD_OUT (details {productId, skuId, title}) leaves stock untouched.
 */
export const OrderCreateInput = z.object({
  clientRequestId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'error.input.clientRequestId'),
  source: CheckoutSource,
  addressId: Id,
  remark: z.string().trim().max(200).optional(),
  couponId: CouponChoiceInput,
  usePoints: UsePointsInput,
})
export type OrderCreateInput = z.input<typeof OrderCreateInput>
export interface OrderCreateOutput {
  orderId: string
  orderNo: string
  state: OrderState
  payable: Fen
  payDeadline: number | null
  /** True when this call found the order of an earlier call with the same clientRequestId. */
  repeated: boolean
  /** False when discounts cover everything: the order is already paid, no WeChat Pay needed. */
  paymentNeeded?: boolean
}

/** What Taro.requestPayment needs, exactly as cloudPay returned it. */
export interface WxPaymentParams {
  timeStamp: string
  nonceStr: string
  package: string
  signType: string
  paySign: string
  [key: string]: unknown
}

/** Starts (or restarts) paying an order. A zero-amount order is settled at once: `{kind:'free'}`. */
export const OrderPayInput = z.object({ orderId: Id })
export type OrderPayInput = z.input<typeof OrderPayInput>
export type OrderPayOutput =
  | { kind: 'wechat'; outTradeNo: string; payment: WxPaymentParams; payDeadline: number }
  | { kind: 'free'; state: OrderState }

export const OrderListInput = PageInput.extend({ tab: z.enum(ORDER_TABS).default('all') })
export type OrderListInput = z.input<typeof OrderListInput>
export type OrderListOutput = Page<OrderSummary>

export const OrderGetInput = z.object({ orderId: Id })
export type OrderGetInput = z.input<typeof OrderGetInput>
export type OrderGetOutput = OrderDetail

/** Buyer cancels an unpaid order; stock (and any coupon) is released once. */
export const OrderCancelInput = z.object({ orderId: Id, reason: z.string().trim().max(100).optional() })
export type OrderCancelInput = z.input<typeof OrderCancelInput>
export type OrderCancelOutput = OrderDetail

/** Buyer confirms receipt: shipped / delivered → completed. */
export const OrderConfirmReceiptInput = z.object({ orderId: Id })
export type OrderConfirmReceiptInput = z.input<typeof OrderConfirmReceiptInput>
export type OrderConfirmReceiptOutput = OrderDetail

/** Served by the `shop` function, role shopper. */
export const ORDER_ACTIONS = {
  create: 'order.create',
  pay: 'order.pay',
  list: 'order.list',
  get: 'order.get',
  cancel: 'order.cancel',
  confirmReceipt: 'order.confirmReceipt',
} as const
