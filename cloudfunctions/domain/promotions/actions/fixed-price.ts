/** 活动价: each unit in scope costs `priceFen` (never more than its list price). Item-level. */
import { z } from 'zod'
import { defineAction } from '../strategy'

export const fixedPrice = defineAction({
  code: 'fixedPrice',
  args: z.object({ priceFen: z.number().int().min(0).max(100_000_000) }).strict(),
  apply: (ctx, a) => {
    const perLine = new Map<string, number>()
    for (const l of ctx.lines) {
      if (l.special) continue
      const d = l.listAmount - Math.min(l.listAmount, a.priceFen * l.quantity)
      if (d > 0) perLine.set(l.skuId, d)
    }
    return perLine.size ? { level: 'item', perLine, reason: { key: 'price.campaign.fixed', params: { price: a.priceFen / 100 } } } : null
  },
})
