import { DEFAULT_MEMBERSHIP_SETTINGS, memberPricingOf, type MemberPricing } from '../../../cloudfunctions/domain/membership/member-pricing'
import { quotePromotions, type EngineInput, type PromoItem } from '../../../cloudfunctions/domain/promotions/engine'
import { DEFAULT_PROMOTION_SETTINGS, type CouponView, type PromotionDef } from '../../../cloudfunctions/domain/promotions/model'
import { DEFAULT_SHIPPING_RULE } from '../../../cloudfunctions/domain/pricing'

export const NOW = Date.UTC(2026, 11, 1, 4)
export const DAY = 86_400_000

export const goods = (skuId: string, unitPrice: number, quantity = 1, over: Partial<PromoItem> = {}): PromoItem => ({
  skuId,
  title: `t-${skuId}`,
  skuName: '8mm',
  unitPrice,
  quantity,
  productId: `p-${skuId}`,
  categoryId: 'bracelet',
  tags: [],
  ...over,
})

export const shopper = (over: Partial<MemberPricing> = {}): MemberPricing => ({ ...memberPricingOf({ paidOrderCount: 3 }), ...over })

let n = 0
export const promo = (over: Partial<PromotionDef>): PromotionDef => ({
  _id: `promo${++n}`,
  kind: 'promotion',
  name: '活动',
  status: 'active',
  startAt: NOW - DAY,
  endAt: NOW + DAY,
  conditions: [],
  actions: [],
  ...over,
})

export const coupon = (over: Partial<CouponView>): CouponView => ({
  _id: `cp${++n}`,
  templateId: 'tpl',
  name: '券',
  status: 'available',
  benefit: { kind: 'amountOff', amountOffFen: 1000 },
  thresholdFen: 0,
  scope: { kind: 'all' },
  startAt: NOW - DAY,
  expiresAt: NOW + DAY,
  ...over,
})

export const run = (over: Partial<EngineInput>) =>
  quotePromotions({
    items: [],
    member: shopper(),
    promotions: [],
    coupons: [],
    couponChoice: 'best',
    usePoints: 0,
    pointsRule: DEFAULT_MEMBERSHIP_SETTINGS.points,
    settings: DEFAULT_PROMOTION_SETTINGS,
    shipping: DEFAULT_SHIPPING_RULE,
    now: NOW,
    ...over,
  })

export const kinds = (q: { lines: { kind: string; amount: number }[] }) => q.lines.map((l) => [l.kind, l.amount])
