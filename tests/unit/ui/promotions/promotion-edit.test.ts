import { describe, expect, it } from 'vitest'
import type { PromotionRow } from '../../../../cloudfunctions/contracts/promotion'
import { formOfRow, promotionEditInput, quickKindOf, segmentCampaignId, templateEditInput } from '../../../../src/packages/admin/promotions/forms'

const row = (over: Partial<PromotionRow>): PromotionRow => ({ _id: 'pr1', kind: 'promotion', name: '满300减30', status: 'active', startAt: 10, endAt: 20, definition: {}, updatedAt: 1, ...over })

describe('editing a stored promotion on the promotions page', () => {
  it('prefills 满减 and saves the same id and window with the new amounts, naming the version it edits', () => {
    const r = row({ definition: { conditions: [{ code: 'minAmount', args: { amountFen: 30000 } }], actions: [{ code: 'amountOff', args: { amountFen: 3000 } }], exclusiveGroup: 'fr', createdAt: 1 } })
    expect(quickKindOf(r)).toBe('fullReduction')
    const f = formOfRow(r)
    expect(f).toMatchObject({ name: '满300减30', threshold: '300.00', amount: '30.00' })
    expect(promotionEditInput(r, { ...f, name: '满300减40', amount: '40' })).toEqual({
      id: 'pr1', expectedUpdatedAt: 1, name: '满300减40', startAt: 10, endAt: 20, exclusiveGroup: 'fr',
      conditions: [{ code: 'minAmount', args: { amountFen: 30000 } }], actions: [{ code: 'amountOff', args: { amountFen: 4000 } }],
    })
  })

  it('a promotion the quick form cannot show keeps its strategies; only the name changes', () => {
    const conditions = [{ code: 'scope', args: { kind: 'tag', ids: ['七夕'] } }]
    const actions = [{ code: 'fixedPrice', args: { priceFen: 5200 } }]
    const r = row({ definition: { conditions, actions, campaignId: 'c1' } })
    expect(quickKindOf(r)).toBeNull()
    expect(promotionEditInput(r, { ...formOfRow(r), name: '七夕价' })).toEqual({ id: 'pr1', expectedUpdatedAt: 1, name: '七夕价', startAt: 10, endAt: 20, conditions, actions, campaignId: 'c1' })
  })

  it('prefills a coupon template and keeps its scope, targeting and claimability', () => {
    const r = row({
      kind: 'couponTemplate', name: '新人券',
      definition: { benefit: { kind: 'amountOff', amountOffFen: 2000 }, thresholdFen: 10000, scope: { kind: 'category', ids: ['amethyst'] }, validity: { kind: 'afterClaim', days: 7 }, perUserLimit: 2, totalQuantity: 100, claimable: false, segments: ['vip'], freeShipping: true, claimed: 5 },
    })
    const f = formOfRow(r)
    expect(f).toMatchObject({ name: '新人券', threshold: '100.00', amount: '20.00', days: '7', total: '100', perUser: '2', freeShipping: true })
    expect(templateEditInput(r, { ...f, amount: '25', total: '200' })).toEqual({
      id: 'pr1', expectedUpdatedAt: 1, name: '新人券', benefit: { kind: 'amountOff', amountOffFen: 2500 }, thresholdFen: 10000, scope: { kind: 'category', ids: ['amethyst'] }, freeShipping: true,
      validity: { kind: 'afterClaim', days: 7 }, perUserLimit: 2, totalQuantity: 200, claimable: false, segments: ['vip'], startAt: 10, endAt: 20,
    })
  })

  it('one membership campaign id per template, within the id rule', () => {
    expect(segmentCampaignId('pr1')).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(segmentCampaignId('x'.repeat(64))).toHaveLength(64)
    expect(segmentCampaignId('a')).not.toBe(segmentCampaignId('b'))
  })
})
