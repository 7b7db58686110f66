import { defineAction } from '../../core/action'
import { CouponClaimInput } from '../../contracts/promotion'
import { claimCoupon } from '../../services/coupon/coupon.service'
import { buyerOf } from '../../services/order/buyer'

export const couponsClaim = defineAction({
  name: 'coupons.claim',
  role: 'shopper',
  summary: 'Claims one coupon of a template (per-shopper limit and total quantity enforced)',
  input: CouponClaimInput,
  handler: (input, ctx) => claimCoupon(buyerOf(ctx), input.templateId, ctx.now()),
})
