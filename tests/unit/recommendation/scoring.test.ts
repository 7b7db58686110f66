import { describe, expect, it } from 'vitest'
import type { ProductCard } from '../../../cloudfunctions/contracts/catalog'
import { isRecommendable, recommend, type ViewedItem } from '../../../cloudfunctions/domain/recommendation'

function card(id: string, material: string, extra: Partial<ProductCard> = {}): ProductCard {
  return { _id: id, title: id, priceFrom: 1000, stock: 5, sold: 10, unique: false, status: 'on', categoryId: 'c', tags: [], cover: '', material, ...extra }
}
const viewed = (id: string, material: string, tags: string[] = []): ViewedItem => ({ productId: id, title: `看过${id}`, material, tags })

const amethystA = card('am-a', '紫水晶')
const amethystB = card('am-b', '紫水晶', { sold: 1 })
const citrine = card('ci', '黄水晶', { sold: 500 })
const quartz = card('qz', '白水晶', { tags: ['招财'] })
const best = [citrine, quartz, amethystA, amethystB]

describe('recommend()', () => {
  it('cold start: best-sellers, each marked as such', () => {
    const recs = recommend({ history: [], boughtIds: new Set(), peerBaskets: [], candidates: [], bestsellers: best, limit: 3 })
    expect(recs.map((r) => [r.product._id, r.reason.kind])).toEqual([['ci', 'bestseller'], ['qz', 'bestseller'], ['am-a', 'bestseller']])
  })

  it('material affinity outranks raw popularity, with the viewed piece as the reason', () => {
    const recs = recommend({ history: [viewed('am-x', '紫水晶')], boughtIds: new Set(), peerBaskets: [], candidates: [citrine, amethystB, amethystA], bestsellers: best, limit: 4 })
    expect(recs.slice(0, 2).map((r) => r.product._id)).toEqual(['am-a', 'am-b'])
    expect(recs[0].reason).toEqual({ kind: 'viewed', source: '看过am-x' })
    expect(recs[2].reason.kind).toBe('bestseller')
  })

  it('co-occurrence: what peers viewed together with my piece ranks first, reason alsoViewed', () => {
    const recs = recommend({
      history: [viewed('am-x', '紫水晶')],
      boughtIds: new Set(),
      peerBaskets: [['am-x', 'qz'], ['am-x', 'qz'], ['qz']],
      candidates: [amethystA, quartz],
      bestsellers: [],
      limit: 2,
    })
    expect(recs[0]).toEqual({ product: quartz, reason: { kind: 'alsoViewed', source: '看过am-x' } })
  })

  it('tag affinity counts when materials differ', () => {
    const recs = recommend({ history: [viewed('v', '黄水晶', ['招财'])], boughtIds: new Set(), peerBaskets: [], candidates: [quartz, amethystA], bestsellers: [], limit: 5 })
    expect(recs.map((r) => r.product._id)).toEqual(['qz'])
  })

  it('recent views weigh more than old ones', () => {
    const recs = recommend({
      history: [viewed('n', '黄水晶'), viewed('o', '紫水晶')],
      boughtIds: new Set(),
      peerBaskets: [],
      candidates: [amethystA, card('ci2', '黄水晶', { sold: 0 })],
      bestsellers: [],
      limit: 2,
    })
    expect(recs[0].product._id).toBe('ci2')
  })

  it('excludes sold-out, unlisted, and unique pieces already bought — from scoring and from the fallback', () => {
    const soldOut = card('so', '紫水晶', { stock: 0 })
    const off = card('off', '紫水晶', { status: 'off' })
    const owned = card('own', '紫水晶', { unique: true, stock: 1 })
    const input = { history: [viewed('am-x', '紫水晶')], boughtIds: new Set(['own']), peerBaskets: [], candidates: [soldOut, off, owned, amethystA], bestsellers: [soldOut, owned, off], limit: 10 }
    expect(recommend(input).map((r) => r.product._id)).toEqual(['am-a'])
    expect(isRecommendable(owned, new Set())).toBe(true)
    // bought non-unique pieces may be bought again
    expect(isRecommendable(amethystA, new Set(['am-a']))).toBe(true)
  })

  it('never repeats a product and respects the limit', () => {
    const recs = recommend({ history: [viewed('am-x', '紫水晶')], boughtIds: new Set(), peerBaskets: [], candidates: [amethystA, amethystA], bestsellers: best, limit: 3 })
    const ids = recs.map((r) => r.product._id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toHaveLength(3)
  })
})
