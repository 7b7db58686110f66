import { defineAction, type ActionContext } from '../../core/action'
import { actorOf } from '../../core/actor'
import { PromotionSaveInput } from '../../contracts/promotion'
import { savePromotion } from '../../services/promotion/promotion-admin.service'

const by = (ctx: ActionContext) => ({ by: actorOf(ctx.caller), now: ctx.now(), requestId: ctx.requestId })

export const promotionsSave = defineAction({
  name: 'promotions.save',
  role: 'staff',
  permission: 'promotions.write',
  summary: 'Create (no id) or edit an automatic promotion (audited)',
  input: PromotionSaveInput,
  handler: (input, ctx) => savePromotion(input, by(ctx)),
})
