/** Targeted offers: only for shoppers of some segments (new, active, dormant, VIP — computed by membership). */
import { z } from 'zod'
import { defineCondition } from '../strategy'

export const SEGMENTS = ['new', 'active', 'dormant', 'vip'] as const

export const segment = defineCondition({
  code: 'segment',
  args: z.object({ segments: z.array(z.enum(SEGMENTS)).min(1).max(4) }).strict(),
  check: (ctx, a) => a.segments.includes(ctx.member.segment),
})
