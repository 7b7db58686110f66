/**
 * Giving a shopper a coupon without them claiming it (birthday, a segment campaign, a targeted offer).
 * CONTRACT between the membership / engagement code (callers) and the promotions code (which owns coupon
 * templates and claimed coupons and fills this in). Idempotent per `grantId`: the same grant twice gives
 * one coupon, so a cron that runs twice or dies midway never doubles a gift.
 */
import type { Reason } from '../../contracts/common'
import { grantCouponNow } from './coupon.service'

export interface CouponGrant {
  /** Stable per gift, e.g. hash of ['birthday', openid, year]. */
  grantId: string
  openid: string
  /** A template the merchant made, or, for a one-off amount (birthday by level), an amount-off coupon. */
  template: { templateId: string } | { amountOffFen: number; thresholdFen: number; validDays: number }
  reason: Reason
}

export interface GrantedCoupon {
  couponId: string
  /** False when this grant had been made before (nothing new was given). */
  created: boolean
}

export async function grantCoupon(grant: CouponGrant, now: number): Promise<GrantedCoupon> {
  return grantCouponNow(grant, now)
}
