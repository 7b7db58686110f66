import { defineAction } from '../../core/action'
import { RecommendInput } from '../../contracts/catalog'
import { recommendFor } from '../../services/recommendation.service'

export const catalogRecommend = defineAction({
  name: 'catalog.recommend',
  role: 'anyone',
  summary: '猜你喜欢: products for the caller from their views and purchases, each with a reason; best-sellers on cold start',
  input: RecommendInput,
  handler: ({ limit }, ctx) => recommendFor(ctx.caller.openid, limit),
})
