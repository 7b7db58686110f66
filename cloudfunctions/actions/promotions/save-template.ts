import { defineAction, type ActionContext } from '../../core/action'
import { actorOf } from '../../core/actor'
import { CouponTemplateSaveInput } from '../../contracts/promotion'
import { saveCouponTemplate } from '../../services/promotion/promotion-admin.service'

const by = (ctx: ActionContext) => ({ by: actorOf(ctx.caller), now: ctx.now(), requestId: ctx.requestId })

export const promotionsSaveTemplate = defineAction({
  name: 'promotions.saveTemplate',
  role: 'staff',
  permission: 'promotions.write',
  summary: 'Create (no id) or edit a coupon template (audited)',
  input: CouponTemplateSaveInput,
  handler: (input, ctx) => saveCouponTemplate(input, by(ctx)),
})
