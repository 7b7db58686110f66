/** Types of coupons (shop: coupon centre, claim) and promotions (admin: promotions, templates, caps, stats). */
import type {
  CouponCentreOutput,
  CouponClaimOutput,
  CouponTemplateSaveInput,
  PromotionListInput,
  PromotionListOutput,
  PromotionRow,
  PromotionSaveInput,
  PromotionStats,
} from '@cloud/contracts/promotion'
import type { PromotionSettings } from '@cloud/domain/promotions/model'
import type { Empty, Signature } from './signature'

export type ShopPromotionActions = {
  'coupons.centre': Signature<Empty, CouponCentreOutput>
  'coupons.claim': Signature<{ templateId: string }, CouponClaimOutput>
}

export type AdminPromotionActions = {
  'promotions.list': Signature<PromotionListInput, PromotionListOutput>
  'promotions.save': Signature<PromotionSaveInput, PromotionRow>
  'promotions.saveTemplate': Signature<CouponTemplateSaveInput, PromotionRow>
  'promotions.setStatus': Signature<{ id: string; status: 'active' | 'paused' }, PromotionRow>
  'promotions.stats': Signature<{ id: string }, PromotionStats>
  'promotions.settings': Signature<Empty, PromotionSettings>
  'promotions.saveSettings': Signature<PromotionSettings, PromotionSettings>
}
