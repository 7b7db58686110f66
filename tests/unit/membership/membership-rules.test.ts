/** Membership rules (domain/membership): levels, points rounding and reversal, FIFO expiry, segments, profile. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { levelForSpend, levelProgress, nextLevel } from '../../../cloudfunctions/domain/membership/levels'
import { DEFAULT_MEMBERSHIP_SETTINGS, membershipSettingsOf, memberPricingOf, redeemablePoints } from '../../../cloudfunctions/domain/membership/member-pricing'
import { deltaOf, NOTHING_BOOKED, orderTargets } from '../../../cloudfunctions/domain/membership/order-accounting'
import { DAY_MS, expiryDue, keptAfterRefund, pointsEarned } from '../../../cloudfunctions/domain/membership/points'
import { birthdaysOn, maskPhone, mayChangeBirthday } from '../../../cloudfunctions/domain/membership/profile'
import { rfmOf, segmentOf } from '../../../cloudfunctions/domain/membership/segments'

const S = DEFAULT_MEMBERSHIP_SETTINGS
const beijing = (iso: string) => Date.parse(`${iso}+08:00`)

describe('levels', () => {
  it('a level holds from exactly its threshold', () => {
    expect(levelForSpend(99_999, S.levels).key).toBe('quartz')
    expect(levelForSpend(100_000, S.levels).key).toBe('amethyst')
    expect(levelForSpend(2_000_000, S.levels).key).toBe('diamond')
  })

  it('never downgrades within the year it was reached unless the setting says so; follows the spend in a new year', () => {
    const held = { level: 'citrine', levelYear: 2026 }
    expect(nextLevel(held, 0, S, 2026)).toEqual({ level: 'citrine', levelYear: 2026 })
    expect(nextLevel(held, 0, { ...S, downgradeMidYear: true }, 2026).level).toBe('quartz')
    expect(nextLevel(held, 0, S, 2027).level).toBe('quartz')
    expect(nextLevel(held, 2_000_000, S, 2026).level).toBe('diamond')
  })

  it('progress: percent and fen to the next level, 100 at the top', () => {
    expect(levelProgress('quartz', 25_000, S.levels)).toMatchObject({ next: { key: 'amethyst' }, toNextFen: 75_000, percent: 25 })
    expect(levelProgress('diamond', 3_000_000, S.levels)).toMatchObject({ next: null, toNextFen: 0, percent: 100 })
  })

  it('settings: unsorted levels are sorted with the first at 0; broken stored values fall back to defaults', () => {
    const s = membershipSettingsOf({ levels: [S.levels[2], { ...S.levels[0], thresholdFen: 500 }] })
    expect(s.levels.map((l) => [l.key, l.thresholdFen])).toEqual([
      ['quartz', 0],
      ['citrine', 500_000],
    ])
    expect(membershipSettingsOf(null)).toEqual(S)
    expect(memberPricingOf({ level: 'gone', points: -5 }, S)).toMatchObject({ levelKey: 'quartz', pointsBalance: 0, segment: 'new' })
  })
})

describe('points', () => {
  it('earned per whole yuan', () => {
    expect(pointsEarned(9_999, S.points)).toBe(99)
    expect(pointsEarned(99, S.points)).toBe(0)
  })

  it('reversal is cumulative and exact: any sequence of refunds keeps floor(earned × left / paid), a full refund keeps 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 6 }), (paid, refunds) => {
        const earned = pointsEarned(paid, S.points)
        let refunded = 0
        let kept = earned
        for (const r of refunds) {
          refunded = Math.min(paid, refunded + r)
          const next = keptAfterRefund(earned, paid, refunded)
          expect(next).toBeLessThanOrEqual(kept)
          kept = next
        }
        expect(kept).toBe(Math.floor((earned * (paid - refunded)) / paid))
        expect(keptAfterRefund(earned, paid, paid)).toBe(0)
      }),
    )
  })

  it('order targets converge: booking deltas in any order of events ends at the last target', () => {
    const order = { payable: 9_998, refundedAmount: 0, paidAt: 1, completedAt: 2, state: 'completed' }
    const t1 = orderTargets(order, 1, 0)
    expect(t1).toEqual({ paidCount: 1, spendFen: 9_998, points: 99, returnedPoints: 0 })
    const t2 = orderTargets({ ...order, refundedAmount: 4_999 }, 1, 0)
    expect(deltaOf(t2, t1)).toMatchObject({ points: -50, spendFen: -4_999, paidCount: 0, any: true })
    expect(deltaOf(t2, t2).any).toBe(false)
    expect(orderTargets({ ...order, completedAt: null }, 1, 0)).toMatchObject({ spendFen: 0, points: 0, paidCount: 1 })
    expect(orderTargets({ ...order, paidAt: null }, 1, 30)).toEqual(NOTHING_BOOKED)
    // Redeemed points come back in proportion, in the shopper's favour.
    expect(orderTargets({ ...order, refundedAmount: 4_999 }, 1, 31).returnedPoints).toBe(16)
    expect(orderTargets({ ...order, refundedAmount: 9_998 }, 1, 31)).toMatchObject({ returnedPoints: 31, paidCount: 0 })
  })

  it('redeemable: never above balance or the share cap', () => {
    expect(redeemablePoints(1_000, 500, 10_000, S.points)).toEqual({ points: 500, discountFen: 500 })
    expect(redeemablePoints(5_000, 5_000, 10_000, S.points)).toEqual({ points: 2_000, discountFen: 2_000 })
  })

  it('expiry: FIFO, never more than the balance, booking it once leaves nothing due', () => {
    const life = 10
    const day = (n: number) => n * DAY_MS
    const entries = [
      { points: 100, at: day(0) },
      { points: 50, at: day(5) },
      { points: -120, at: day(6) },
    ]
    // Day 11: the first lot is used up by the spend (100 of 120); 30 of the second remain until day 15.
    expect(expiryDue(entries, day(11), life)).toEqual({ due: 0, nextExpiryAt: day(15) })
    expect(expiryDue(entries, day(16), life)).toEqual({ due: 30, nextExpiryAt: null })
    expect(expiryDue([...entries, { points: -30, at: day(16), expiry: true }], day(17), life).due).toBe(0)
    fc.assert(
      fc.property(fc.array(fc.record({ points: fc.integer({ min: -500, max: 500 }), at: fc.integer({ min: 0, max: 100 }) }), { maxLength: 12 }), fc.integer({ min: 0, max: 200 }), (raw, now) => {
        const es = raw.map((e) => ({ points: e.points, at: day(e.at) }))
        const balance = es.reduce((n, e) => n + e.points, 0)
        const { due } = expiryDue(es, day(now), life)
        expect(due).toBeGreaterThanOrEqual(0)
        expect(due).toBeLessThanOrEqual(Math.max(0, balance))
        expect(expiryDue([...es, { points: -due, at: day(now), expiry: true }], day(now), life).due).toBe(0)
      }),
    )
  })
})

describe('segments and RFM', () => {
  const now = beijing('2026-06-01T12:00:00')
  it('vip by top level, new without a paid order, active within 30 days, dormant after 90', () => {
    expect(segmentOf({ level: 'diamond' }, now, 'diamond')).toBe('vip')
    expect(segmentOf({ paidOrderCount: 0 }, now, 'diamond')).toBe('new')
    expect(segmentOf({ paidOrderCount: 1, lastPaidAt: now - 10 * DAY_MS }, now, 'diamond')).toBe('active')
    expect(segmentOf({ paidOrderCount: 1, lastPaidAt: now - 91 * DAY_MS }, now, 'diamond')).toBe('dormant')
    expect(rfmOf({ paidOrderCount: 3, lastPaidAt: now - 45 * DAY_MS, spentFen: 60_000 }, now)).toEqual({ r: 4, f: 3, m: 3 })
    expect(rfmOf({}, now)).toEqual({ r: 0, f: 0, m: 0 })
  })
})

describe('profile', () => {
  it('birthday: set freely, then changed once per Beijing year; 29 Feb celebrated on 28 Feb in common years', () => {
    const now = beijing('2026-03-01T00:30:00')
    expect(mayChangeBirthday({}, { month: 5, day: 1 }, now)).toBe('ok')
    expect(mayChangeBirthday({ birthday: { month: 5, day: 1 }, birthdayChangedYear: 2026 }, { month: 5, day: 2 }, now)).toBe('onceAYear')
    expect(mayChangeBirthday({ birthday: { month: 5, day: 1 }, birthdayChangedYear: 2025 }, { month: 5, day: 2 }, now)).toBe('ok')
    expect(birthdaysOn(beijing('2026-02-28T10:00:00'))).toEqual(['02-28', '02-29'])
    expect(birthdaysOn(beijing('2028-02-28T10:00:00'))).toEqual(['02-28'])
    // 2026-03-01 00:30 Beijing is still 28 Feb in UTC: the Beijing day counts.
    expect(birthdaysOn(now)).toEqual(['03-01'])
  })

  it('phone masked for display', () => {
    expect(maskPhone('13800138000')).toBe('138****8000')
  })
})
