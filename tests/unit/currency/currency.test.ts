import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { approxPrice, convertFen, formatMinor } from '../../../cloudfunctions/domain/currency'

const RATES = { HKD: 1.09, USD: 0.14 }

describe('display currency', () => {
  it.each([
    [1230, 'CNY', 1230],
    [1230, 'USD', 172], // 172.2 → 172
    [8786, 'USD', 1230], // 1230.04 → 1230
    [1230, 'HKD', 1341], // 1340.7 → 1341
    [0, 'USD', 0],
  ] as const)('converts %i fen to %s minor units', (fen, currency, minor) => {
    expect(convertFen(fen, currency, RATES)).toBe(minor)
  })

  it('formats "≈ US$12.30" and adds nothing for CNY', () => {
    expect(approxPrice(8786, 'USD', RATES)).toBe('≈ US$12.30')
    expect(approxPrice(123_456_789, 'HKD', RATES)).toBe('≈ HK$1,345,679.00')
    expect(approxPrice(1230, 'CNY', RATES)).toBeNull()
    expect(formatMinor(5, 'USD')).toBe('US$0.05')
  })

  it('always yields integers and is monotonic in the amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (a, d) => {
        const x = convertFen(a, 'USD', RATES)
        expect(Number.isSafeInteger(x)).toBe(true)
        expect(convertFen(a + d, 'USD', RATES)).toBeGreaterThanOrEqual(x)
      }),
    )
  })

  it('refuses fractional or negative fen and non-positive rates', () => {
    expect(() => convertFen(12.5, 'USD', RATES)).toThrow()
    expect(() => convertFen(-1, 'USD', RATES)).toThrow()
    expect(() => convertFen(100, 'USD', { HKD: 1, USD: 0 })).toThrow()
  })
})
