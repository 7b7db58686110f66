/** Only for members of some levels (level keys from settings/membership). */
import { z } from 'zod'
import { defineCondition } from '../strategy'

export const memberLevel = defineCondition({
  code: 'memberLevel',
  args: z.object({ levels: z.array(z.string().min(1).max(32)).min(1).max(20) }).strict(),
  check: (ctx, a) => a.levels.includes(ctx.member.levelKey),
})
