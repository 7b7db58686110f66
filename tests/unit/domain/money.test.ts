import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allocateProportionally, fenToYuanText, formatCny, yuanTextToFen } from '../../../cloudfunctions/domain/money'

describe('money', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [1230, '¥12.30'],
    [880000, '¥8,800.00'],
    [-500, '-¥5.00'],
  ])('formats %i fen as %s', (fen, text) => expect(formatCny(fen)).toBe(text))

  it('refuses fractional fen instead of rounding silently', () => {
    expect(() => formatCny(12.5)).toThrow(RangeError)
  })

  it('parses yuan text exactly and refuses a third decimal', () => {
    expect(yuanTextToFen('12.3')).toBe(1230)
    expect(yuanTextToFen('0.07')).toBe(7)
    expect(() => yuanTextToFen('1.005')).toThrow(RangeError)
    expect(() => yuanTextToFen('-1')).toThrow(RangeError)
  })

  it('round-trips every amount between fen and yuan text', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999 }), (fen) => yuanTextToFen(fenToYuanText(fen).replace(/,/g, '')) === fen))
  })

  it('splits an amount into parts that always add up exactly, in proportion', () => {
    expect(allocateProportionally(100, [1, 1, 1])).toEqual([34, 33, 33])
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 20 }), (total, weights) => {
        const parts = allocateProportionally(total, weights)
        const sum = weights.reduce((a, b) => a + b, 0)
        return (
          parts.reduce((a, b) => a + b, 0) === total &&
          parts.every((p) => p >= 0) &&
          (sum === 0 || parts.every((p, i) => Math.abs(p - (total * weights[i]) / sum) < 1))
        )
      }),
    )
  })
})
