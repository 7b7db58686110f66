import { z } from 'zod'
import type { Category } from './catalog'
import { duplicateTerm, SYNONYM_LIMITS, type SynonymGroup } from '../domain/search/synonyms'

export { DEFAULT_SYNONYMS, parseSynonymLines, formatSynonymLines, type SynonymGroup, type SynonymKind } from '../domain/search/synonyms'

const Term = z.string().trim().min(1).max(SYNONYM_LIMITS.termLength).regex(/^[^\s=≈~＝]+$/, 'error.search.badTerm')

export const SynonymGroupInput = z.object({
  kind: z.enum(['same', 'near']),
  terms: z.array(Term).min(2, 'error.search.needTwo').max(SYNONYM_LIMITS.terms),
})

/** The whole table at once (the admin page edits it as one text); a term may sit in one group only. */
export const SynonymsSetInput = z
  .object({ groups: z.array(SynonymGroupInput).max(SYNONYM_LIMITS.groups) })
  .superRefine((v, ctx) => {
    const dup = duplicateTerm(v.groups)
    if (dup) ctx.addIssue({ code: 'custom', path: ['groups'], message: 'error.search.duplicateTerm', params: { term: dup } })
  })
export type SynonymsSetInput = z.input<typeof SynonymsSetInput>

export const SynonymsGetInput = z.object({})
export interface SynonymsGetOutput {
  groups: SynonymGroup[]
  /** null while the shop still uses the seeded table. */
  updatedAt: number | null
}

export const CatalogSuggestInput = z.object({ prefix: z.string().trim().min(1).max(30) })
export type CatalogSuggestInput = z.input<typeof CatalogSuggestInput>
export interface CatalogSuggestOutput {
  materials: string[]
  categories: Category[]
  products: { _id: string; title: string; matchedSkuId?: string }[]
}
