import { z } from 'zod'
import { Id, type Actor } from './common'
import { CarrierCode } from './carrier'

type Fen = number

export const AFTER_SALE_KINDS = ['refund_only', 'return_refund', 'exchange'] as const
export type AfterSaleKind = (typeof AFTER_SALE_KINDS)[number]

/**
 * pending → (approve) refunding → refunded                       refund_only
 * pending → (approve) awaiting_return → (waybill) returning → (merchant confirms) refunding → refunded   return_refund
 * pending → (approve) awaiting_return → returning → (confirm) exchanged (replacement shipped)            exchange
 * pending → (reject) rejected
 * awaiting_return → (the buyer sent nothing in time) closed
 * Timers (domain/aftersale-timers.ts) fire the auto* events and returnExpired from cron.
 */
export const AFTER_SALE_STATES = ['pending', 'awaiting_return', 'returning', 'refunding', 'refunded', 'exchanged', 'rejected', 'closed'] as const
export type AfterSaleState = (typeof AFTER_SALE_STATES)[number]

/**
 * Why, as a code the shop can count (quality flags, domain/quality.ts); the shopper's own words stay in
 * `reason`. A request from before codes existed, or one typed freely, counts as `other`.
 */
export const AFTER_SALE_REASON_CODES = ['sizeMismatch', 'flaw', 'notAsDescribed', 'colourDiff', 'damaged', 'wrongItem', 'changedMind', 'other'] as const
export type AfterSaleReasonCode = (typeof AFTER_SALE_REASON_CODES)[number]

export interface AfterSaleLine {
  skuId: string
  title: string
  skuName: string
  quantity: number
  /** The refund for this line: its share of what was paid (0 for exchanges). */
  refundAmount: Fen
}

export interface AfterSaleLogEntry {
  state: AfterSaleState
  event: string
  at: number
  actor: Actor
  /** A person's own words (the merchant's note); never translated. */
  note?: string
}

export interface AfterSale {
  _id: string
  orderId: string
  orderNo: string
  openid: string
  kind: AfterSaleKind
  state: AfterSaleState
  lines: AfterSaleLine[]
  reason: string
  /** Absent on requests from before reason codes: counts as `other`. */
  reasonCode?: AfterSaleReasonCode
  photos: string[]
  /** Sum of line refunds; what goes back to the buyer. */
  refundAmount: Fen
  merchantNote: string | null
  returnWaybill: { carrierCode: string; waybillNo: string; at: number } | null
  replacement: { carrierCode: string; waybillNo: string; at: number } | null
  outRefundNo: string | null
  createdAt: number
  updatedAt: number
  /** Written only by the after-sale transition (services/aftersale/after-sale-transition.ts). */
  log: AfterSaleLogEntry[]
  /**
   * The running timer of the request's current state, added when it is read (never stored): its deadline
   * from the shop's settings (domain/aftersale-timers.ts), the same for the buyer's and the merchant's page.
   */
  timer?: AfterSaleTimer | null
}

/** What happens at a timer's deadline. */
export const AFTER_SALE_TIMER_KINDS = ['autoApprove', 'returnShip', 'autoConfirm', 'confirmDue'] as const
export type AfterSaleTimerKind = (typeof AFTER_SALE_TIMER_KINDS)[number]

export interface AfterSaleTimer {
  /** autoApprove: approved at the deadline; returnShip: closed unless the buyer sent the parcel; autoConfirm: the return is confirmed and refunded; confirmDue: an exchange's parcel, reminder only (a replacement needs a person). */
  kind: AfterSaleTimerKind
  /** Who has to act before the deadline. */
  waitingFor: 'merchant' | 'buyer'
  startedAt: number
  deadline: number
  /** When the merchant is reminded (null when the buyer is the one waited for). */
  remindAt: number | null
}

const Photo = z.string().min(1).max(512)

/** One open request per order at a time; quantities cannot exceed what is left unrefunded of a line. */
export const AfterSaleRequestInput = z.object({
  orderId: Id,
  kind: z.enum(AFTER_SALE_KINDS),
  lines: z.array(z.object({ skuId: Id, quantity: z.number().int().min(1).max(999) })).min(1).max(50),
  reason: z.string().trim().min(1).max(200),
  reasonCode: z.enum(AFTER_SALE_REASON_CODES).default('other'),
  photos: z.array(Photo).max(9).default([]),
})
export type AfterSaleRequestInput = z.input<typeof AfterSaleRequestInput>
export type AfterSaleRequestOutput = AfterSale

/** Buyer enters the waybill of the parcel sent back (return_refund, exchange after approval). */
export const AfterSaleReturnWaybillInput = z.object({
  id: Id,
  carrierCode: CarrierCode,
  waybillNo: z.string().regex(/^[A-Za-z0-9-]{4,40}$/),
})
export type AfterSaleReturnWaybillInput = z.input<typeof AfterSaleReturnWaybillInput>
export type AfterSaleReturnWaybillOutput = AfterSale

export const AfterSaleListInput = z.object({ orderId: Id.optional() })
export type AfterSaleListInput = z.input<typeof AfterSaleListInput>
export type AfterSaleListOutput = AfterSale[]

export const AfterSaleGetInput = z.object({ id: Id })
export type AfterSaleGetInput = z.input<typeof AfterSaleGetInput>
export type AfterSaleGetOutput = AfterSale

/** Served by the `shop` function, role shopper. */
export const AFTER_SALE_ACTIONS = {
  request: 'aftersale.request',
  submitReturnWaybill: 'aftersale.submitReturnWaybill',
  list: 'aftersale.list',
  get: 'aftersale.get',
} as const
