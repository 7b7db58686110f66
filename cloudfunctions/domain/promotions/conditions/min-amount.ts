/** 满 X: the lines in scope cost at least `amountFen` (after item-level prices). */
import { z } from 'zod'
import { defineCondition, sumNet } from '../strategy'

export const minAmount = defineCondition({
  code: 'minAmount',
  args: z.object({ amountFen: z.number().int().min(1).max(100_000_000) }).strict(),
  check: (ctx, a) => sumNet(ctx.lines) >= a.amountFen,
})
