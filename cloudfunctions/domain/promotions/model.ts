/**
 * Promotions and coupons as data: what the merchant stores (promotions collection) and what a shopper
 * holds (coupons collection), in the shapes the pure engine reads. Pure.
 */
import type { Segment } from '../membership/member-pricing'
import type { ScopeArgs } from './conditions/scope'
import type { StrategyRef } from './registry'

type Fen = number

export type PromotionStatus = 'active' | 'paused'

/** An automatic promotion (no claiming): campaign price, 满减, first-order discount, free shipping. */
export interface PromotionDef {
  _id: string
  kind: 'promotion'
  /** The merchant's own words, shown as typed (活动名称). */
  name: string
  status: PromotionStatus
  startAt: number
  endAt: number
  conditions: StrategyRef[]
  actions: StrategyRef[]
  /**
   * Stacking as data. Order-level promotions sharing a group exclude each other (the best applies);
   * defaults: 'fullReduction' for 满减, 'firstOrder' for a first-order discount. Item-level prices
   * always compete per line (the better of campaign and member price).
   */
  exclusiveGroup?: string
  /** Higher applies first. */
  priority?: number
  /** Holiday campaign theme this promotion belongs to, if any. */
  campaignId?: string
}

/** What a coupon takes off. */
export type CouponBenefit =
  | { kind: 'amountOff'; amountOffFen: Fen }
  | { kind: 'percentOff'; percent: number; capFen: Fen }

/** A coupon template (promotions collection, kind 'couponTemplate'). */
export interface CouponTemplateDef {
  _id: string
  kind: 'couponTemplate'
  name: string
  status: PromotionStatus
  benefit: CouponBenefit
  /** 满 X 可用; 0 = no threshold. */
  thresholdFen: Fen
  scope: ScopeArgs
  /** Also waives shipping. */
  freeShipping?: boolean
  validity: { kind: 'fixed'; startAt: number; endAt: number } | { kind: 'afterClaim'; days: number }
  perUserLimit: number
  /** 0 = unlimited. */
  totalQuantity: number
  /** Claimable in the coupon centre; false = only granted (birthday, targeted). */
  claimable: boolean
  /** Targeted: only shoppers in these segments may claim it (empty/absent = everyone). */
  segments?: Segment[]
  /** While claimable: from when to when (epoch ms). */
  startAt: number
  endAt: number
}

export type CouponStatus = 'available' | 'locked' | 'used' | 'expired'

/** A claimed coupon as the engine reads it (a copy of its template's terms, frozen at claim). */
export interface CouponView {
  _id: string
  templateId: string
  name: string
  status: CouponStatus
  benefit: CouponBenefit
  thresholdFen: Fen
  scope: ScopeArgs
  freeShipping?: boolean
  startAt: number
  expiresAt: number
  /** Set while locked: the unpaid order holding it. */
  orderId?: string | null
}

/** settings/promotions: the merchant's caps (like WeChat's own shop). */
export interface PromotionSettings {
  /** No discount (promotions and coupons together) takes goods below this percent of their list price: 20 = 2折. */
  floorPercent: number
  /** A first-order discount does not stack with 满减 or a coupon (the better of the two applies). */
  firstOrderExclusive: boolean
  /** Templates may take at most this much off (amount-off value, percent-off cap). */
  couponMaxAmountFen: Fen
}

export const DEFAULT_PROMOTION_SETTINGS: PromotionSettings = Object.freeze({ floorPercent: 20, firstOrderExclusive: true, couponMaxAmountFen: 50_000 })

export function promotionSettingsOf(stored: Partial<PromotionSettings> | null | undefined): PromotionSettings {
  const s = stored ?? {}
  const int = (v: unknown, lo: number, hi: number, d: number) => (Number.isSafeInteger(v) && (v as number) >= lo && (v as number) <= hi ? (v as number) : d)
  return {
    floorPercent: int(s.floorPercent, 0, 100, DEFAULT_PROMOTION_SETTINGS.floorPercent),
    firstOrderExclusive: typeof s.firstOrderExclusive === 'boolean' ? s.firstOrderExclusive : DEFAULT_PROMOTION_SETTINGS.firstOrderExclusive,
    couponMaxAmountFen: int(s.couponMaxAmountFen, 0, 100_000_000, DEFAULT_PROMOTION_SETTINGS.couponMaxAmountFen),
  }
}

/** A coupon may be offered at checkout now (not expired, not yet used or locked by another order). */
export function couponUsableNow(c: CouponView, now: number, orderId?: string): boolean {
  if (now < c.startAt || now >= c.expiresAt) return false
  return c.status === 'available' || (c.status === 'locked' && !!orderId && c.orderId === orderId)
}
