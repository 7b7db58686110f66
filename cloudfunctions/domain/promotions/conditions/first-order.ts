/** 首单: the shopper has no paid order yet (paidOrderCount from membership). */
import { z } from 'zod'
import { defineCondition } from '../strategy'

export const firstOrder = defineCondition({
  code: 'firstOrder',
  args: z.object({}).strict(),
  check: (ctx) => ctx.member.paidOrderCount === 0,
})
