/** Which goods a promotion or coupon covers: all, some categories, some products or some tags. */
import { z } from 'zod'
import { Id } from '../../../contracts/common'
import { defineCondition, type PromoLine } from '../strategy'

export const ScopeArgs = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('category'), ids: z.array(Id).min(1).max(50) }).strict(),
  z.object({ kind: z.literal('product'), ids: z.array(Id).min(1).max(200) }).strict(),
  z.object({ kind: z.literal('tag'), ids: z.array(z.string().trim().min(1).max(12)).min(1).max(20) }).strict(),
])
export type ScopeArgs = z.infer<typeof ScopeArgs>

export function inScope(line: PromoLine, s: ScopeArgs): boolean {
  switch (s.kind) {
    case 'all':
      return true
    case 'category':
      return s.ids.includes(line.categoryId)
    case 'product':
      return s.ids.includes(line.productId)
    case 'tag':
      return line.tags.some((t) => s.ids.includes(t))
  }
}

export const scope = defineCondition({
  code: 'scope',
  args: ScopeArgs,
  narrows: inScope,
  // Nothing in scope: the promotion does not apply.
  check: (ctx) => ctx.lines.length > 0,
})
