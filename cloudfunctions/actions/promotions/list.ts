import { defineAction } from '../../core/action'
import { PromotionListInput } from '../../contracts/promotion'
import { listPromotions } from '../../services/promotion/promotion-admin.service'

export const promotionsList = defineAction({
  name: 'promotions.list',
  role: 'staff',
  permission: 'promotions.write',
  summary: 'List promotions, coupon templates or campaigns of one kind',
  input: PromotionListInput,
  handler: (input) => listPromotions(input),
})
