/** At least `quantity` units in scope (e.g. 任选 2 件). */
import { z } from 'zod'
import { defineCondition, sumQuantity } from '../strategy'

export const minQuantity = defineCondition({
  code: 'minQuantity',
  args: z.object({ quantity: z.number().int().min(1).max(999) }).strict(),
  check: (ctx, a) => sumQuantity(ctx.lines) >= a.quantity,
})
