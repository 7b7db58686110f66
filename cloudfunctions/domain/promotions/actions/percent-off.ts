/**
 * 限时 X 折: lines in scope at `percent` of their list price (80 = 8折), the discount rounded down to the
 * fen (the shopper never gets a fraction), at most `capFen` in total. Item-level.
 */
import { z } from 'zod'
import { defineAction, zheOf } from '../strategy'

export const percentOff = defineAction({
  code: 'percentOff',
  args: z.object({ percent: z.number().int().min(1).max(99), capFen: z.number().int().min(1).max(100_000_000).optional() }).strict(),
  apply: (ctx, a) => {
    const perLine = new Map<string, number>()
    for (const l of ctx.lines) {
      if (l.special) continue
      const d = Math.floor((l.listAmount * (100 - a.percent)) / 100)
      if (d > 0) perLine.set(l.skuId, d)
    }
    if (!perLine.size) return null
    return { level: 'item', perLine, capFen: a.capFen, reason: { key: 'price.campaign.percent', params: { percent: zheOf(a.percent) } } }
  },
})
