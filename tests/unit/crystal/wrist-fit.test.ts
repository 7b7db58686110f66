/**
 * The fit table, written by hand from the jeweller's rule: strung length = wrist + 1–2 cm of ease, so the
 * bead count is (wrist + 15 mm) ÷ bead diameter rounded to the nearer whole bead (a tie takes the larger
 * count); the fit band is read off the ease that count gives (count × bead − wrist): below 5 mm too
 * tight, 5–12.5 snug, 12.5–17.5 comfortable, 17.5–25 loose. E.g. 15.5 cm with 8 mm beads: 170 ÷ 8 =
 * 21.25 → 21 beads = 168 mm, ease 13 mm → comfortable.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Sku } from '../../../cloudfunctions/contracts/catalog'
import { adviseFit, fitOf, WRIST_MM_MAX, WRIST_MM_MIN } from '../../../cloudfunctions/domain/crystal/wrist-fit'
import { fitSkuFor, suggestedBeadMm, wristCm } from '../../../cloudfunctions/domain/crystal/bracelet-sku'

const C = 'comfortable'
const S = 'snug'
const L = 'loose'
const BEADS = [6, 8, 10, 12, 14] as const
/** wrist cm → [count, fit] for 6, 8, 10, 12, 14 mm beads. */
const TABLE: Record<string, [number, string][]> = {
  '13': [[24, C], [18, C], [15, L], [12, C], [10, S]],
  '13.5': [[25, C], [19, C], [15, C], [13, L], [11, L]],
  '14': [[26, C], [19, S], [16, L], [13, C], [11, C]],
  '14.5': [[27, C], [20, C], [16, C], [13, S], [11, S]],
  '15': [[28, L], [21, L], [17, L], [14, L], [12, L]],
  '15.5': [[28, C], [21, C], [17, C], [14, C], [12, C]],
  '16': [[29, C], [22, C], [18, L], [15, L], [13, L]],
  '16.5': [[30, C], [23, L], [18, C], [15, C], [13, C]],
  '17': [[31, C], [23, C], [19, L], [15, S], [13, S]],
  '17.5': [[32, C], [24, C], [19, C], [16, C], [14, L]],
  '18': [[33, L], [24, S], [20, L], [16, S], [14, C]],
  '18.5': [[33, C], [25, C], [20, C], [17, L], [14, S]],
  '19': [[34, C], [26, L], [21, L], [17, C], [15, L]],
  '19.5': [[35, C], [26, C], [21, C], [18, L], [15, C]],
  '20': [[36, C], [27, C], [22, L], [18, C], [15, S]],
}

describe('bead count and fit for wrists 13–20 cm and beads 6–14 mm', () => {
  it('covers every half centimetre', () => expect(Object.keys(TABLE).map(Number).sort((a, b) => a - b)).toEqual([13, 13.5, 14, 14.5, 15, 15.5, 16, 16.5, 17, 17.5, 18, 18.5, 19, 19.5, 20]))

  for (const [cm, row] of Object.entries(TABLE)) {
    it(`${cm} cm`, () => {
      const wrist = Math.round(Number(cm) * 10)
      BEADS.forEach((bead, i) => {
        const [count, fit] = row[i]
        expect(adviseFit(wrist, bead), `${cm} cm, ${bead} mm`).toEqual({ beadMm: bead, count, fit, lengthMm: count * bead })
        // every advised count leaves the rule's 1–2 cm of ease, give or take part of one bead
        expect(count * bead - wrist).toBeGreaterThanOrEqual(5)
        expect(count * bead - wrist).toBeLessThanOrEqual(25)
      })
    })
  }

  it('reads fit bands off the ease', () => {
    expect(fitOf(155, 8, 19)).toBe('tooTight') // 152 mm on a 155 mm wrist
    expect(fitOf(155, 8, 20)).toBe('snug') // ease 5
    expect(fitOf(155, 8, 22)).toBe('loose') // ease 21
    expect(fitOf(155, 8, 23)).toBe('tooLoose') // ease 29
  })

  it('advises a count whose ease is the nearest whole bead to 15 mm (property)', () => {
    fc.assert(fc.property(fc.integer({ min: WRIST_MM_MIN, max: WRIST_MM_MAX }), fc.constantFrom(...BEADS), (wrist, bead) => {
      const { count } = adviseFit(wrist, bead)
      return Math.abs(count * bead - wrist - 15) <= bead / 2
    }))
  })
})

describe('the SKU chosen from a bracelet’s SKUs', () => {
  const sku = (mm: number, stock = 5): Sku => ({ skuId: `sku-${mm}`, name: `${mm}mm`, price: 10_000 + mm * 1_000, stock, sold: 0, beadMm: mm })
  const bracelet = [sku(6), sku(8), sku(10), sku(12, 0)]

  it('suggests slimmer beads for slimmer wrists', () => {
    expect([130, 139, 140, 155, 159, 160, 174, 175, 189, 190, 200].map(suggestedBeadMm)).toEqual([6, 6, 8, 8, 8, 10, 10, 12, 12, 14, 14])
  })

  it.each([
    [130, 'sku-6', 24],
    [150, 'sku-8', 21],
    [155, 'sku-8', 21],
    [165, 'sku-10', 18],
    // 12 mm would suit 18 cm, but it is sold out: the nearest size in stock (10 mm)
    [180, 'sku-10', 20],
    [200, 'sku-10', 22],
  ])('wrist %i mm → %s × %i beads', (wrist, skuId, count) => {
    const fit = fitSkuFor(bracelet, wrist)
    expect(fit?.sku.skuId).toBe(skuId)
    expect(fit?.advice.count).toBe(count)
  })

  it('still advises on a sold-out bracelet, and skips products without bead sizes', () => {
    expect(fitSkuFor([sku(8, 0), sku(12, 0)], 185)?.sku.skuId).toBe('sku-12')
    expect(fitSkuFor([{ skuId: 'a', name: '默认', price: 100, stock: 1, sold: 0 }], 155)).toBeNull()
  })

  it('writes the wrist in cm as people say it', () => {
    expect([155, 160, 132].map(wristCm)).toEqual(['15.5', '16', '13.2'])
  })
})
