import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CampaignProducts } from '../../../cloudfunctions/contracts/campaign'
import { campaignCovers, campaignPhase, countdownFor, inWindow, runningCampaigns, type CountdownSources } from '../../../cloudfunctions/domain/campaign/campaign'

const START = 1_700_000_000_000
const END = START + 3_600_000
const c = (over: Partial<{ _id: string; status: 'active' | 'paused'; startAt: number; endAt: number; products: CampaignProducts; name: string }> = {}) => ({
  _id: 'c1',
  name: '七夕',
  status: 'active' as const,
  startAt: START,
  endAt: END,
  products: { kind: 'products', ids: ['p1'] } as CampaignProducts,
  ...over,
})
const facts = { productId: 'p1', categoryId: 'amethyst', tags: ['七夕'] }
const none: CountdownSources = { campaigns: [], flash: [], promotions: [] }

describe('campaign window [startAt, endAt)', () => {
  it.each([
    [START - 1, 'upcoming'],
    [START, 'running'],
    [END - 1, 'running'],
    [END, 'ended'],
    [END + 1, 'ended'],
  ] as const)('at %d the campaign is %s', (now, phase) => {
    expect(campaignPhase(c(), now)).toBe(phase)
    expect(inWindow(c(), now)).toBe(phase === 'running')
  })

  it('a paused campaign is paused whatever the time, and never running', () => {
    fc.assert(
      fc.property(fc.integer({ min: START - 10, max: END + 10 }), (now) => {
        expect(campaignPhase(c({ status: 'paused' }), now)).toBe('paused')
        expect(runningCampaigns([c({ status: 'paused' })], now)).toEqual([])
      }),
    )
  })

  it('running campaigns come soonest-ending first', () => {
    const list = [c({ _id: 'late', endAt: END + 10 }), c({ _id: 'soon', endAt: END - 10 }), c({ _id: 'later-start', startAt: START + 5 })]
    expect(runningCampaigns(list, START).map((x) => x._id)).toEqual(['soon', 'late'])
  })
})

describe('what a campaign covers', () => {
  it.each([
    [{ kind: 'products', ids: ['p1', 'p2'] }, true],
    [{ kind: 'products', ids: ['p2'] }, false],
    [{ kind: 'tag', tag: '七夕' }, true],
    [{ kind: 'tag', tag: '中秋' }, false],
    [{ kind: 'category', categoryId: 'amethyst' }, true],
    [{ kind: 'category', categoryId: 'quartz' }, false],
  ] as const)('%j covers p1: %s', (products, covered) => {
    expect(campaignCovers(products as CampaignProducts, facts)).toBe(covered)
  })
})

describe('the product page countdown', () => {
  it('counts down to the running campaign covering the product: its window end, exactly', () => {
    expect(countdownFor(facts, { ...none, campaigns: [c()] }, START)).toEqual({ kind: 'campaign', id: 'c1', name: '七夕', endAt: END })
    expect(countdownFor(facts, { ...none, campaigns: [c()] }, END)).toBeNull()
    expect(countdownFor(facts, { ...none, campaigns: [c()] }, START - 1)).toBeNull()
    expect(countdownFor(facts, { ...none, campaigns: [c({ status: 'paused' })] }, START)).toBeNull()
    expect(countdownFor({ ...facts, productId: 'p9' }, { ...none, campaigns: [c()] }, START)).toBeNull()
  })

  it('picks the soonest end among campaign, live flash sale and limited-time price', () => {
    const flash = { _id: 'fs', name: '秒杀', status: 'active' as const, startAt: START, endAt: END - 100, settledAt: null }
    const promo = { _id: 'pr', name: '限时9折', status: 'active' as const, startAt: START, endAt: END - 200, conditions: [], actions: [{ code: 'percentOff', args: { percent: 90 } }] }
    expect(countdownFor(facts, { campaigns: [c()], flash: [flash], promotions: [] }, START)?.kind).toBe('flash')
    expect(countdownFor(facts, { campaigns: [c()], flash: [flash], promotions: [promo] }, START)).toEqual({ kind: 'promotion', id: 'pr', name: '限时9折', endAt: END - 200 })
    // a settled or paused flash sale does not count
    expect(countdownFor(facts, { campaigns: [c()], flash: [{ ...flash, settledAt: 1 }], promotions: [] }, START)?.kind).toBe('campaign')
    expect(countdownFor(facts, { campaigns: [c()], flash: [{ ...flash, status: 'paused' }], promotions: [] }, START)?.kind).toBe('campaign')
    // ties: the campaign first
    expect(countdownFor(facts, { campaigns: [c()], flash: [{ ...flash, endAt: END }], promotions: [] }, START)?.kind).toBe('campaign')
  })

  it('a promotion counts only as a limited-time price for everyone that covers the product', () => {
    const base = { _id: 'pr', name: 'x', status: 'active' as const, startAt: START, endAt: END }
    const price = [{ code: 'percentOff', args: { percent: 90 } }]
    expect(countdownFor(facts, { ...none, promotions: [{ ...base, conditions: [], actions: [{ code: 'amountOff', args: { amountFen: 100 } }] }] }, START)).toBeNull()
    expect(countdownFor(facts, { ...none, promotions: [{ ...base, conditions: [{ code: 'firstOrder', args: {} }], actions: price }] }, START)).toBeNull()
    expect(countdownFor(facts, { ...none, promotions: [{ ...base, conditions: [{ code: 'scope', args: { kind: 'category', ids: ['quartz'] } }], actions: price }] }, START)).toBeNull()
    expect(countdownFor(facts, { ...none, promotions: [{ ...base, conditions: [{ code: 'scope', args: { kind: 'tag', ids: ['七夕'] } }], actions: price }] }, START)?.endAt).toBe(END)
  })
})
