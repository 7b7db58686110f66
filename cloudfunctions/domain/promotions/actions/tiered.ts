/** 阶梯满减: 满200减20, 满500减60, …; the highest tier the lines in scope reach applies. Order-level. */
import { z } from 'zod'
import { defineAction, sumNet } from '../strategy'

const Tier = z.object({ thresholdFen: z.number().int().min(1).max(100_000_000), amountOffFen: z.number().int().min(1).max(100_000_000) }).strict()

export const tiered = defineAction({
  code: 'tiered',
  args: z
    .object({ tiers: z.array(Tier).min(1).max(10) })
    .strict()
    .refine((a) => a.tiers.every((t) => t.amountOffFen <= t.thresholdFen), 'error.promotion.tierAboveThreshold'),
  apply: (ctx, a) => {
    const net = sumNet(ctx.lines)
    const reached = a.tiers.filter((t) => net >= t.thresholdFen).sort((x, y) => y.amountOffFen - x.amountOffFen)[0]
    if (!reached) return null
    return { level: 'order', discount: reached.amountOffFen, reason: { key: 'price.fullReduction', params: { threshold: reached.thresholdFen / 100, amount: reached.amountOffFen / 100 } } }
  },
})
