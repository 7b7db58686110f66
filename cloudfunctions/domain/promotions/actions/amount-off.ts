/** 立减 / 满X减Y / 首单立减: `amountFen` off the lines in scope. Order-level, spread over those lines. */
import { z } from 'zod'
import { defineAction, type ActionResult } from '../strategy'

export const amountOff = defineAction({
  code: 'amountOff',
  args: z.object({ amountFen: z.number().int().min(1).max(100_000_000) }).strict(),
  apply: (_ctx, a, conditions): ActionResult => {
    const amount = a.amountFen / 100
    if (conditions.some((c) => c.code === 'firstOrder')) return { level: 'order', discount: a.amountFen, reason: { key: 'price.firstOrder', params: { amount } } }
    const min = conditions.find((c) => c.code === 'minAmount')?.args as { amountFen: number } | undefined
    if (min) return { level: 'order', discount: a.amountFen, reason: { key: 'price.fullReduction', params: { threshold: min.amountFen / 100, amount } } }
    return { level: 'order', discount: a.amountFen, reason: { key: 'price.amountOff', params: { amount } } }
  },
})
