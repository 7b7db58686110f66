import type { Reason } from '../../contracts/common'
import { AppError } from '../../core/errors'
import { checkCompliance, checkListing, listingWarnings, type ComplianceField, type ListingText } from '../../domain/crystal/compliance'

/**
 * Runs the listing compliance guard on a draft: throws INVALID_INPUT with the first refusing rule
 * (key `error.crystal.compliance.<rule>`, params {rule, field, match}, details listing every refusal),
 * else returns the warnings to send back with the save.
 */
export function guardListing(draft: ListingText & { unique: boolean; media: { images: readonly string[]; video?: string } }): Reason[] {
  const verdict = checkListing(draft)
  refuseIfAny(verdict.refusals)
  return listingWarnings(draft, verdict)
}

/** The same guard over free text fields (a material card's meanings and care notes): refusals throw, warnings are returned. */
export function guardText(fields: readonly ComplianceField[]): Reason[] {
  const verdict = checkCompliance(fields)
  refuseIfAny(verdict.refusals)
  return verdict.warnings.map((w) => ({ key: w.key, params: { rule: w.rule, field: w.field, match: w.match } }))
}

function refuseIfAny(refusals: ReturnType<typeof checkCompliance>['refusals']): void {
  if (!refusals.length) return
  const first = refusals[0]
  throw new AppError('INVALID_INPUT', first.key, { rule: first.rule, field: first.field, match: first.match }, {
    compliance: refusals.map((r) => ({ rule: r.rule, field: r.field, match: r.match })),
  })
}
