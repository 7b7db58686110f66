/** 包邮: the order ships free when the promotion's conditions hold. */
import { z } from 'zod'
import { defineAction } from '../strategy'

export const freeShipping = defineAction({
  code: 'freeShipping',
  args: z.object({}).strict(),
  apply: (ctx) => (ctx.lines.length ? { level: 'shipping' } : null),
})
