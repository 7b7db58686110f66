import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SHIPPING_RULE, quote, resolveStacking, type Adjustment, type PricingItem } from '../../../cloudfunctions/domain/pricing'

const item = (unitPrice: number, quantity: number, skuId = `s${unitPrice}`): PricingItem => ({ skuId, title: '紫水晶', skuName: '8mm', unitPrice, quantity })
const adj = (over: Partial<Adjustment>): Adjustment => ({ kind: 'coupon', reason: { key: 'price.coupon' }, discount: 100, exclusiveGroup: 'coupon', priority: 0, ...over })

describe('quote', () => {
  it('charges ¥10 shipping under ¥99 and nothing from ¥99', () => {
    expect(quote([item(9899, 1)], { shipping: DEFAULT_SHIPPING_RULE })).toMatchObject({ shippingFee: 1000, payable: 10899 })
    expect(quote([item(9900, 1)], { shipping: DEFAULT_SHIPPING_RULE })).toMatchObject({ shippingFee: 0, payable: 9900 })
  })

  it('explains every line: items, discounts (negative), shipping', () => {
    const q = quote([item(5000, 2)], { shipping: DEFAULT_SHIPPING_RULE, adjustments: [adj({ discount: 1500, reason: { key: 'price.fullReduction', params: { over: 100, off: 15 } }, kind: 'fullReduction', exclusiveGroup: 'fr' })] })
    expect(q.lines.map((l) => [l.kind, l.amount])).toEqual([['item', 10000], ['fullReduction', -1500], ['shipping', 1000]])
    expect(q).toMatchObject({ goodsTotal: 10000, discountTotal: 1500, shippingFee: 1000, payable: 9500 })
    // keys with params, no display text: the item line carries the merchant's title and SKU as data
    expect(q.lines.map((l) => l.reason)).toEqual([
      { key: 'price.item', params: { title: '紫水晶', skuName: '8mm', unitPrice: 5000, quantity: 2 } },
      { key: 'price.fullReduction', params: { over: 100, off: 15 } },
      { key: 'price.shipping.flat', params: { freeOver: 99, fee: 10 } },
    ])
  })

  it('applies one adjustment per exclusive group: the highest priority, then the largest', () => {
    const winners = resolveStacking([
      adj({ sourceId: 'a', discount: 500, priority: 1 }),
      adj({ sourceId: 'b', discount: 900, priority: 1 }),
      adj({ sourceId: 'c', discount: 5000, priority: 0 }),
      adj({ sourceId: 'm', discount: 300, exclusiveGroup: 'member', kind: 'member', priority: 5 }),
    ])
    expect(winners.map((w) => w.sourceId)).toEqual(['m', 'b'])
  })

  it('caps discounts at the goods amount and says so', () => {
    const q = quote([item(1000, 1)], { shipping: DEFAULT_SHIPPING_RULE, adjustments: [adj({ discount: 5000 })] })
    expect(q.lines[1]).toMatchObject({ amount: -1000 })
    expect(q.lines[1]).toMatchObject({ capped: true, reason: { key: 'price.coupon' } })
    expect(q.payable).toBe(1000) // shipping only
  })

  it('charges no shipping for an empty quote', () => {
    expect(quote([], { shipping: DEFAULT_SHIPPING_RULE })).toMatchObject({ payable: 0, shippingFee: 0 })
  })

  it('refuses fractional or negative prices', () => {
    expect(() => quote([item(10.5, 1)], { shipping: DEFAULT_SHIPPING_RULE })).toThrow(RangeError)
    expect(() => quote([item(-1, 1)], { shipping: DEFAULT_SHIPPING_RULE })).toThrow(RangeError)
  })

  const items = fc.array(fc.record({ unitPrice: fc.integer({ min: 0, max: 2_000_000 }), quantity: fc.integer({ min: 1, max: 99 }) }), { maxLength: 8 })
  const adjustments = fc.array(
    fc.record({
      discount: fc.integer({ min: 0, max: 5_000_000 }),
      exclusiveGroup: fc.constantFrom('coupon', 'member', 'campaign', 'fr'),
      priority: fc.integer({ min: 0, max: 3 }),
      freeShipping: fc.boolean(),
    }),
    { maxLength: 6 },
  )
  const rule = fc.record({ freeOverFen: fc.integer({ min: 0, max: 100_000 }), feeFen: fc.integer({ min: 0, max: 5_000 }) })

  it('payable is the sum of the lines, never negative, never fractional (property)', () => {
    fc.assert(
      fc.property(items, adjustments, rule, (is, as, shipping) => {
        const q = quote(
          is.map((i, n) => item(i.unitPrice, i.quantity, `s${n}`)),
          { shipping, adjustments: as.map((a) => adj(a)) },
        )
        const sum = q.lines.reduce((n, l) => n + l.amount, 0)
        expect(q.payable).toBe(sum)
        expect(q.payable).toBeGreaterThanOrEqual(0)
        expect(q.lines.every((l) => Number.isSafeInteger(l.amount))).toBe(true)
        expect(q.goodsTotal - q.discountTotal + q.shippingFee).toBe(q.payable)
        expect(q.discountTotal).toBeLessThanOrEqual(q.goodsTotal)
      }),
    )
  })
})
