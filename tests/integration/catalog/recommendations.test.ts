import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProductCard, RecommendOutput } from '../../../cloudfunctions/contracts/catalog'
import { expectOk, startTestCloud, type TestCloud } from '../../kit/test-cloud'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ seed: true })
})
afterAll(() => t?.close())

const AMETHYST_VIEWS = ['p-amethyst-bracelet-01', 'p-amethyst-pendant-01', 'p-amethyst-point-01']
const recommend = async (openid: string, limit = 10) => expectOk(await t.call<RecommendOutput>('shop', 'catalog.recommend', { limit }, openid))

describe('猜你喜欢 (acceptance 3)', () => {
  it('ranks amethyst and related pieces first, with a reason naming what the shopper viewed', async () => {
    for (const id of AMETHYST_VIEWS) expectOk(await t.call('shop', 'catalog.get', { id }, 'amethyst-fan'))
    const recs = await recommend('amethyst-fan')
    expect(recs.length).toBe(10)
    const top = recs.slice(0, 4)
    for (const r of top) expect(r.product.material, r.product.title).toBe('紫水晶')
    expect(top[0].reason.kind).toBe('viewed')
    const viewedTitles = ['乌拉圭紫水晶手串', '紫水晶水滴吊坠', '紫水晶六棱柱']
    expect(viewedTitles).toContain((top[0].reason as { source: string }).source)
  })

  it('gives a shopper with no history the best-sellers, in sales order', async () => {
    const recs = await recommend('brand-new-shopper', 6)
    expect(recs.map((r) => r.reason.kind)).toEqual(Array(6).fill('bestseller'))
    const sold = recs.map((r) => r.product.sold)
    expect(sold).toEqual([...sold].sort((a, b) => b - a))
    const list = expectOk(await t.call<{ items: ProductCard[] }>('shop', 'catalog.list', { sort: 'sales', inStock: true, pageSize: 6 }))
    expect(recs.map((r) => r.product._id)).toEqual(list.items.map((p) => p._id))
  })

  it('never recommends sold-out pieces, nor a unique piece the shopper already bought', async () => {
    const buyer = 'cluster-collector'
    // the buyer owns the unique amethyst cluster (paid order written by checkout; here straight into the store)
    t.cloud.store.collection('orders').insert({
      _id: 'o-test-1', openid: buyer, state: 'paid', createdAt: 1, items: [{ productId: 'p-amethyst-cluster-01', skuId: 'x', quantity: 1 }],
    })
    for (const id of ['p-amethyst-cluster-02', 'p-amethyst-geode-01', 'p-smoky-quartz-cluster-01', 'p-strawberry-quartz-bracelet-01']) {
      expectOk(await t.call('shop', 'catalog.get', { id }, buyer))
    }
    const recs = await recommend(buyer, 30)
    const ids = recs.map((r) => r.product._id)
    expect(ids).not.toContain('p-amethyst-cluster-01')
    for (const r of recs) expect(r.product.stock, r.product._id).toBeGreaterThan(0)
    expect(ids).not.toContain('p-smoky-quartz-cluster-01')
    expect(ids).not.toContain('p-strawberry-quartz-bracelet-01')
    // another shopper who did not buy it may still be offered the cluster
    const other = await recommend('amethyst-fan', 30)
    expect(other.map((r) => r.product._id)).toContain('p-amethyst-cluster-01')
  })

  it('keeps a bounded browse history per shopper', async () => {
    const list = expectOk(await t.call<{ items: ProductCard[] }>('shop', 'catalog.list', { pageSize: 50 }))
    for (const p of list.items) expectOk(await t.call('shop', 'catalog.get', { id: p._id }, 'binge-viewer'))
    expect(t.cloud.store.collection('browse').count({ openid: 'binge-viewer' })).toBeLessThanOrEqual(50)
    expect(list.items.length).toBeGreaterThan(40)
  })

  it('uses what peers viewed together: alsoViewed reasons appear once others share a history', async () => {
    for (const peer of ['peer-a', 'peer-b', 'peer-c']) {
      for (const id of ['p-labradorite-pendant-01', 'p-moonstone-pendant-01']) expectOk(await t.call('shop', 'catalog.get', { id }, peer))
    }
    expectOk(await t.call('shop', 'catalog.get', { id: 'p-labradorite-pendant-01' }, 'newcomer'))
    const recs = await recommend('newcomer')
    const moon = recs.find((r) => r.product._id === 'p-moonstone-pendant-01')
    expect(moon?.reason).toEqual({ kind: 'alsoViewed', source: '芬兰光谱石吊坠' })
  })
})
