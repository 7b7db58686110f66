import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeRing, designFromQuery, designQuery, encodeRing } from '../../../src/components/diy-ring/design-query'
import { parseSizes, toSaveInput, emptyComponentForm, yuanToFen } from '../../../src/packages/admin/diy/diy-form'
import { checkoutSourceFromQuery } from '../../../src/packages/order/checkout/source'

const id = fc.constantFrom('dc-a', 'dc-b_2', 'X9', 'dc-charm-lotus')

describe('DIY design in a page query', () => {
  it('round-trips any ring of up to 48 beads, run-length encoded', () => {
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 48 }), fc.option(id, { nil: undefined }), fc.option(fc.integer({ min: 100, max: 250 }), { nil: undefined }), (beads, charmId, wristMm) => {
        const design = { beads, ...(charmId ? { charmId } : {}), ...(wristMm ? { wristMm } : {}) }
        const query = Object.fromEntries(Object.entries(designQuery(design)).map(([k, v]) => [k, String(v)]))
        expect(designFromQuery(query)).toEqual(design)
        expect(checkoutSourceFromQuery(query)).toEqual({ diy: design })
      }),
    )
    expect(encodeRing(['a', 'a', 'a', 'b', 'a'])).toBe('a*3.b.a')
  })

  it('refuses a broken or oversized ring instead of guessing', () => {
    for (const bad of ['', 'a**2', 'a*0', 'a*49', 'a.b$', 'a*2*3', 'a*', 'a..b']) expect(decodeRing(bad)).toBeNull()
    expect(checkoutSourceFromQuery({ from: 'diy', ring: 'a*2', wrist: '99' })).toBeNull()
    expect(checkoutSourceFromQuery({ from: 'diy' })).toBeNull()
  })
})

describe('DIY admin form', () => {
  it('turns yuan text into exact fen', () => {
    expect(yuanToFen('12.3')).toBe(1230)
    expect(yuanToFen('0.07')).toBe(7)
    expect(yuanToFen('19.99')).toBe(1999)
    expect(yuanToFen('1.234')).toBeNaN()
    expect(yuanToFen('-1')).toBeNaN()
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_99 }), (fen) => {
        expect(yuanToFen((fen / 100).toFixed(2))).toBe(fen)
      }),
    )
  })

  it('parses bead sizes and keeps fits only for charms', () => {
    expect(parseSizes('8:26, 10：22')).toEqual([{ beadMm: 8, maxBeads: 26 }, { beadMm: 10, maxBeads: 22 }])
    expect(parseSizes('8-26')).toBeNull()
    expect(toSaveInput({ ...emptyComponentForm('base'), name: 'x', price: '6', fits: '8,10' }).fitsBeadMm).toEqual([])
    expect(toSaveInput({ ...emptyComponentForm('charm'), name: 'x', price: '6', fits: '8, 10' }).fitsBeadMm).toEqual([8, 10])
  })
})
