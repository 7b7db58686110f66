import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AFTER_SALE_REASON_CODES } from '../../../cloudfunctions/contracts/aftersale'
import { qualityVerdict, REASON_SUSPECTS } from '../../../cloudfunctions/domain/quality'

const S = { ratePermille: 100, minUnits: 5 }

describe('quality verdict', () => {
  it('flags above the rate with the breakdown and the listing fields most likely at fault', () => {
    const v = qualityVerdict({ productId: 'p', sold: 20, byReason: { sizeMismatch: 2, colourDiff: 1, changedMind: 4 } }, S)
    expect(v).toMatchObject({ flagged: true, units: 3, ratePermille: 150, byReason: { sizeMismatch: 2, colourDiff: 1, changedMind: 4 } })
    expect(v.suspects.slice(0, 3)).toEqual(['beadSize', 'skuSpec', 'photos'])
  })

  it('"changed my mind" is not a quality problem; at the threshold is not above it; too few sales are not judged', () => {
    expect(qualityVerdict({ productId: 'p', sold: 10, byReason: { changedMind: 9 } }, S).flagged).toBe(false)
    expect(qualityVerdict({ productId: 'p', sold: 20, byReason: { flaw: 2 } }, S)).toMatchObject({ ratePermille: 100, flagged: false })
    expect(qualityVerdict({ productId: 'p', sold: 4, byReason: { flaw: 4 } }, S).flagged).toBe(false)
  })

  it('for any counts: flagged exactly when sold ≥ min and quality units per 1000 sold exceed the threshold', () => {
    const counts = fc.dictionary(fc.constantFrom(...AFTER_SALE_REASON_CODES), fc.nat(40))
    fc.assert(
      fc.property(fc.nat(400), counts, fc.integer({ min: 1, max: 1000 }), (sold, byReason, ratePermille) => {
        const v = qualityVerdict({ productId: 'p', sold, byReason }, { ratePermille, minUnits: 5 })
        const units = Object.entries(byReason).reduce((n, [code, k]) => n + (code === 'changedMind' ? 0 : k), 0)
        expect(v.units).toBe(units)
        expect(v.flagged).toBe(sold >= 5 && units > 0 && Math.floor((units * 1000) / sold) > ratePermille)
        for (const s of v.suspects) expect(Object.entries(byReason).some(([code, k]) => k > 0 && REASON_SUSPECTS[code as 'flaw'].includes(s))).toBe(true)
      }),
    )
  })
})
