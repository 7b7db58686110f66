/** Pure rules of 秒杀 / 拼团: bucket split, bucket order, sale phase, shipping guard, group machine. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bucketCountFor, bucketOrder, bucketShares, flashPhase, flashRefusal, groupBlocksShipping, MAX_BUCKETS } from '../../../cloudfunctions/domain/specials'
import { groupMachine } from '../../../cloudfunctions/domain/machines'

describe('flash stock buckets', () => {
  it('split any quantity exactly, as evenly as whole units allow, over at most MAX_BUCKETS documents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (quantity) => {
        const n = bucketCountFor(quantity)
        const shares = bucketShares(quantity, n)
        expect(n).toBeGreaterThanOrEqual(1)
        expect(n).toBeLessThanOrEqual(MAX_BUCKETS)
        expect(shares.reduce((a, b) => a + b, 0)).toBe(quantity)
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1)
        expect(shares.every((s) => s >= 1)).toBe(true)
      }),
    )
  })

  it('a buyer tries every bucket exactly once, from any start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_BUCKETS }), fc.nat(), (n, start) => {
        const order = bucketOrder(start % n, n)
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i))
        expect(order[0]).toBe(start % n)
      }),
    )
  })

  it('100 units spread over 20 documents, 10 units over 2', () => {
    expect(bucketCountFor(100)).toBe(20)
    expect(bucketCountFor(10)).toBe(2)
    expect(bucketCountFor(3)).toBe(1)
  })
})

describe('flash sale phase', () => {
  const sale = { status: 'active' as const, startAt: 1_000, endAt: 2_000, settledAt: null }
  it('upcoming, live, sold out, paused, ended — and only live may be bought', () => {
    expect(flashPhase(sale, 500)).toBe('upcoming')
    expect(flashPhase(sale, 1_500)).toBe('live')
    expect(flashPhase(sale, 1_500, 0)).toBe('soldOut')
    expect(flashPhase({ ...sale, status: 'paused' }, 1_500)).toBe('paused')
    expect(flashPhase(sale, 2_000)).toBe('ended')
    expect(flashPhase({ ...sale, settledAt: 1_800 }, 1_900)).toBe('ended')
    expect(flashRefusal('live')).toBeNull()
    for (const p of ['upcoming', 'paused', 'ended', 'soldOut'] as const) expect(flashRefusal(p)).toBe(`error.flash.${p}`)
  })
})

describe('group buying', () => {
  it('forming → formed | failed, both final', () => {
    expect(groupMachine.can('forming', 'fill')).toEqual({ ok: true, to: 'formed' })
    expect(groupMachine.can('forming', 'expire')).toEqual({ ok: true, to: 'failed' })
    expect(groupMachine.can('formed', 'expire').ok).toBe(false)
    expect(groupMachine.can('failed', 'fill').ok).toBe(false)
  })

  it('an order of a group that has not formed may not ship; plain orders and formed groups may', () => {
    expect(groupBlocksShipping({})).toBe(false)
    expect(groupBlocksShipping({ group: { formedAt: null } })).toBe(true)
    expect(groupBlocksShipping({ group: {} })).toBe(true)
    expect(groupBlocksShipping({ group: { formedAt: 123 } })).toBe(false)
  })
})
