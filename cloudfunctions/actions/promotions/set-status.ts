import { defineAction, type ActionContext } from '../../core/action'
import { actorOf } from '../../core/actor'
import { PromotionSetStatusInput } from '../../contracts/promotion'
import { setPromotionStatus } from '../../services/promotion/promotion-admin.service'

const by = (ctx: ActionContext) => ({ by: actorOf(ctx.caller), now: ctx.now(), requestId: ctx.requestId })

export const promotionsSetStatus = defineAction({
  name: 'promotions.setStatus',
  role: 'staff',
  permission: 'promotions.write',
  summary: 'Pause or resume a promotion or coupon template (audited)',
  input: PromotionSetStatusInput,
  handler: (input, ctx) => setPromotionStatus(input.id, input.status, by(ctx)),
})
