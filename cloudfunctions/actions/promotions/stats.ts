import { defineAction } from '../../core/action'
import { PromotionStatsInput } from '../../contracts/promotion'
import { promotionStats } from '../../services/promotion/promotion-admin.service'

export const promotionsStats = defineAction({
  name: 'promotions.stats',
  role: 'staff',
  permission: 'promotions.write',
  summary: 'Discount given, orders and revenue of one promotion or template',
  input: PromotionStatsInput,
  handler: (input) => promotionStats(input.id),
})
