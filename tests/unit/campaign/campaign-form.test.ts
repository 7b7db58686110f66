import { describe, expect, it } from 'vitest'
import type { Campaign } from '../../../cloudfunctions/contracts/campaign'
import { campaignFormOf, campaignInputOf, parseShanghai } from '../../../src/packages/admin/campaigns/form'

describe('the campaign form', () => {
  it('reads Shanghai wall-clock times and refuses anything else', () => {
    expect(parseShanghai('2026-08-25 20:00')).toBe(Date.UTC(2026, 7, 25, 12, 0))
    expect(parseShanghai('2026-02-30 10:00')).toBeNull()
    expect(parseShanghai('2026-8-25 20:00')).toBeNull()
    expect(parseShanghai('tomorrow')).toBeNull()
  })

  it('an edit form is prefilled from the stored campaign and saves the same campaign', () => {
    const c: Campaign = {
      _id: 'c1', name: '七夕', headline: '粉晶专场', copy: '送给心上人', color: '#E85D75', banner: '', products: { kind: 'products', ids: ['p1', 'p2'] },
      startAt: Date.UTC(2026, 7, 25, 0, 0), endAt: Date.UTC(2026, 7, 28, 16, 0), promotionIds: ['pr1'], status: 'active', createdAt: 1, updatedAt: 1,
    }
    const f = campaignFormOf(c)
    expect(f).toMatchObject({ id: 'c1', productsValue: 'p1, p2', start: '2026-08-25 08:00', end: '2026-08-29 00:00' })
    expect(campaignInputOf(f)).toEqual({ id: 'c1', expectedUpdatedAt: 1, name: '七夕', headline: '粉晶专场', copy: '送给心上人', color: '#E85D75', banner: '', products: c.products, startAt: c.startAt, endAt: c.endAt, promotionIds: ['pr1'] })
    expect(campaignInputOf({ ...f, end: 'soon' })).toBeNull()
  })
})
