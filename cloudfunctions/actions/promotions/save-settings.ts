import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { PromotionSettingsInput } from '../../contracts/promotion'
import { savePromotionSettings } from '../../services/promotion/promotion-admin.service'

export const promotionsSaveSettings = defineAction({
  name: 'promotions.saveSettings',
  role: 'staff',
  permission: 'promotions.write',
  summary: 'Sets the caps (floor, first-order exclusivity, coupon maximum), audited',
  input: PromotionSettingsInput,
  handler: (input, ctx) => savePromotionSettings(input, { by: actorOf(ctx.caller), now: ctx.now(), requestId: ctx.requestId }),
})
