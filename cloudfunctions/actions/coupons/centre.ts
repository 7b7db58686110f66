import { defineAction } from '../../core/action'
import { CouponCentreInput } from '../../contracts/promotion'
import { couponCentre } from '../../services/coupon/coupon.service'
import { buyerOf } from '../../services/order/buyer'

export const couponsCentre = defineAction({
  name: 'coupons.centre',
  role: 'shopper',
  summary: 'Coupon centre: templates claimable now and the shopper’s own coupons by state',
  input: CouponCentreInput,
  handler: (_input, ctx) => couponCentre(buyerOf(ctx), ctx.now()),
})
