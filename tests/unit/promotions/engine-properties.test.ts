/** Properties of the promotion engine over random carts, promotions and wallets (fast-check). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CouponView, PromotionDef } from '../../../cloudfunctions/domain/promotions/model'
import { coupon, goods, promo, run, shopper } from './promo-kit'

const items = fc
  .array(fc.record({ price: fc.integer({ min: 1, max: 200_000 }), qty: fc.integer({ min: 1, max: 5 }), cat: fc.constantFrom('a', 'b'), special: fc.boolean() }), { minLength: 1, maxLength: 5 })
  .map((xs) => xs.map((x, i) => goods(`s${i}`, x.price, x.qty, { categoryId: x.cat, ...(x.special && i === 0 ? { special: { kind: 'flash' as const, sourceId: 'f', listUnitPrice: x.price * 2 } } : {}) })))

const scope = fc.constantFrom({ kind: 'all' as const }, { kind: 'category' as const, ids: ['a'] }, { kind: 'category' as const, ids: ['b'] })
const amount = fc.integer({ min: 1, max: 100_000 })

const promotion: fc.Arbitrary<PromotionDef> = fc.oneof(
  fc.record({ t: amount, off: amount, s: scope }).map(({ t, off, s }) => promo({ conditions: [{ code: 'scope', args: s }, { code: 'minAmount', args: { amountFen: t } }], actions: [{ code: 'amountOff', args: { amountFen: off } }] })),
  fc.record({ p: fc.integer({ min: 1, max: 99 }), cap: fc.option(amount, { nil: undefined }), s: scope }).map(({ p, cap, s }) =>
    promo({ conditions: [{ code: 'scope', args: s }], actions: [{ code: 'percentOff', args: cap === undefined ? { percent: p } : { percent: p, capFen: cap } }] }),
  ),
  fc.record({ price: amount }).map(({ price }) => promo({ actions: [{ code: 'fixedPrice', args: { priceFen: price } }] })),
  fc.record({ off: amount }).map(({ off }) => promo({ conditions: [{ code: 'firstOrder', args: {} }], actions: [{ code: 'amountOff', args: { amountFen: off } }] })),
  fc.record({ a: amount, b: amount }).map(({ a, b }) => promo({ actions: [{ code: 'tiered', args: { tiers: [{ thresholdFen: Math.max(a, b), amountOffFen: Math.min(a, b) }] } }] })),
  fc.constant(null).map(() => promo({ conditions: [{ code: 'minQuantity', args: { quantity: 2 } }], actions: [{ code: 'freeShipping', args: {} }] })),
)

const wallet: fc.Arbitrary<CouponView> = fc.oneof(
  fc.record({ off: amount, t: fc.integer({ min: 0, max: 100_000 }), s: scope, ship: fc.boolean() }).map(({ off, t, s, ship }) => coupon({ benefit: { kind: 'amountOff', amountOffFen: off }, thresholdFen: t, scope: s, freeShipping: ship })),
  fc.record({ p: fc.integer({ min: 1, max: 99 }), cap: amount }).map(({ p, cap }) => coupon({ benefit: { kind: 'percentOff', percent: p, capFen: cap } })),
)

const member = fc.record({ pct: fc.constantFrom(100, 98, 95, 90), paid: fc.integer({ min: 0, max: 2 }), pts: fc.integer({ min: 0, max: 50_000 }), ship: fc.boolean() }).map((m) =>
  shopper({ discountPercent: m.pct, paidOrderCount: m.paid, pointsBalance: m.pts, freeShipping: m.ship }),
)

const scenario = fc.record({
  items,
  promotions: fc.array(promotion, { maxLength: 6 }),
  coupons: fc.array(wallet, { maxLength: 4 }),
  member,
  usePoints: fc.integer({ min: 0, max: 60_000 }),
  floorPercent: fc.constantFrom(0, 20, 50),
  firstOrderExclusive: fc.boolean(),
})

type S = fc.Arbitrary<typeof scenario extends fc.Arbitrary<infer T> ? T : never>
const input = (s: S extends fc.Arbitrary<infer T> ? T : never, over = {}) => ({
  items: s.items,
  promotions: s.promotions,
  coupons: s.coupons,
  member: s.member,
  usePoints: s.usePoints,
  settings: { floorPercent: s.floorPercent, firstOrderExclusive: s.firstOrderExclusive, couponMaxAmountFen: 50_000 },
  ...over,
})

describe('promotion engine properties', () => {
  it('payable is never negative, never above the items plus shipping; goods never go below the floor', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const q = run(input(s))
        const itemsSum = s.items.reduce((n, i) => n + i.unitPrice * i.quantity, 0)
        expect(q.payable).toBeGreaterThanOrEqual(0)
        expect(q.payable - q.shippingFee).toBeLessThanOrEqual(itemsSum)
        expect(q.goodsTotal).toBe(itemsSum)
        // the floor binds promotion discounts; points are a payment on top
        const pointsLine = q.lines.find((l) => l.kind === 'points')?.amount ?? 0
        expect(q.discountTotal + pointsLine).toBeLessThanOrEqual(itemsSum - Math.ceil((itemsSum * s.floorPercent) / 100))
      }),
      { numRuns: 300 },
    )
  })

  it('lines add up: payable is the sum of lines, discountTotal the sum of discount lines; allocation sums exactly', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const q = run(input(s))
        expect(q.lines.reduce((n, l) => n + l.amount, 0)).toBe(q.payable)
        expect(q.lines.filter((l) => l.amount < 0).reduce((n, l) => n - l.amount, 0)).toBe(q.discountTotal)
        const alloc = q.allocation
        expect(alloc.reduce((n, a) => n + a.discountShare, 0)).toBe(q.discountTotal)
        expect(alloc.reduce((n, a) => n + a.paidShare, 0)).toBe(q.payable)
        for (const a of alloc) {
          expect(a.paidShare).toBeGreaterThanOrEqual(0)
          expect(a.discountShare).toBeGreaterThanOrEqual(0)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('same input, same quote', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        expect(run(input(s))).toEqual(run(input(s)))
        // the order of promotions and coupons in storage does not matter either
        expect(run(input(s, { promotions: [...s.promotions].reverse(), coupons: [...s.coupons].reverse() })).payable).toBe(run(input(s)).payable)
      }),
      { numRuns: 200 },
    )
  })

  it('adding a coupon to the wallet never raises the total; the best is at least as good as any choice or none', () => {
    fc.assert(
      fc.property(scenario, wallet, (s, extra) => {
        const before = run(input(s))
        const after = run(input(s, { coupons: [...s.coupons, extra] }))
        expect(after.payable).toBeLessThanOrEqual(before.payable)
        const none = run(input(s, { couponChoice: null }))
        expect(before.payable).toBeLessThanOrEqual(none.payable)
        for (const c of s.coupons) expect(before.payable).toBeLessThanOrEqual(run(input(s, { couponChoice: c._id })).payable)
      }),
      { numRuns: 200 },
    )
  })
})
