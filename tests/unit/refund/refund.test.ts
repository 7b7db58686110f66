import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { paidShares, refundForUnits } from '../../../cloudfunctions/domain/refund'

describe('refund shares', () => {
  it('spreads the payable (discounts and shipping included) over lines by subtotal', () => {
    expect(paidShares(10000, [6000, 3000, 1000])).toEqual([6000, 3000, 1000])
    expect(paidShares(9000, [6000, 3000, 1000])).toEqual([5400, 2700, 900])
    expect(paidShares(1001, [1, 1, 1]).reduce((a, b) => a + b, 0)).toBe(1001)
  })

  it('a line refunded unit by unit adds up to its share; the last unit takes the remainder', () => {
    const line = { paidShare: 1000, quantity: 3, refundedQuantity: 0 }
    const first = refundForUnits(line, 1)
    const second = refundForUnits({ ...line, refundedQuantity: 1 }, 1)
    const third = refundForUnits({ ...line, refundedQuantity: 2 }, 1)
    expect([first, second, third]).toEqual([333, 333, 334])
  })

  it('refuses refunding more units than are left', () => {
    expect(() => refundForUnits({ paidShare: 100, quantity: 2, refundedQuantity: 2 }, 1)).toThrow(RangeError)
    expect(() => refundForUnits({ paidShare: 100, quantity: 2, refundedQuantity: 0 }, 0)).toThrow(RangeError)
  })

  it('refunding every unit of every line, in any steps, returns exactly the payable (property)', () => {
    const lines = fc.array(fc.record({ subtotal: fc.integer({ min: 0, max: 500_000 }), quantity: fc.integer({ min: 1, max: 20 }) }), { minLength: 1, maxLength: 6 })
    fc.assert(
      fc.property(lines, fc.integer({ min: 0, max: 3_000_000 }), fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 10 }), (ls, payable, chunks) => {
        const shares = paidShares(payable, ls.map((l) => l.subtotal))
        let total = 0
        ls.forEach((l, i) => {
          let refunded = 0
          let c = 0
          while (refunded < l.quantity) {
            const units = Math.min(chunks[c++ % chunks.length], l.quantity - refunded)
            const amount = refundForUnits({ paidShare: shares[i], quantity: l.quantity, refundedQuantity: refunded }, units)
            expect(amount).toBeGreaterThanOrEqual(0)
            expect(Number.isSafeInteger(amount)).toBe(true)
            total += amount
            refunded += units
          }
        })
        expect(total).toBe(payable)
      }),
    )
  })
})
