/** Only between `startAt` (inclusive) and `endAt` (exclusive), epoch ms; e.g. 限时 20:00–22:00. */
import { z } from 'zod'
import { defineCondition } from '../strategy'

export const timeWindow = defineCondition({
  code: 'timeWindow',
  args: z
    .object({ startAt: z.number().int().min(0), endAt: z.number().int().min(0) })
    .strict()
    .refine((a) => a.endAt > a.startAt, 'error.promotion.window'),
  check: (ctx, a) => ctx.now >= a.startAt && ctx.now < a.endAt,
})
