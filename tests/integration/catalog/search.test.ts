import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditListOutput } from '../../../cloudfunctions/contracts/audit'
import type { CatalogSearchOutput, Product } from '../../../cloudfunctions/contracts/catalog'
import type { CatalogSuggestOutput, SynonymsGetOutput } from '../../../cloudfunctions/contracts/search'
import { expectOk, OWNER, startTestCloud, type TestCloud } from '../../kit/test-cloud'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ seed: true })
})
afterAll(() => t?.close())

const search = async (keyword: string, extra: Record<string, unknown> = {}) =>
  expectOk(await t.call<CatalogSearchOutput>('shop', 'catalog.search', { keyword, pageSize: 20, ...extra }))
const ids = async (keyword: string) => (await search(keyword)).items.map((p) => p._id)

describe('search as a shopper types it', () => {
  it('finds rose quartz by its everyday name, amethyst by pinyin and initials, bracelets by 手链', async () => {
    const rose = await search('粉晶')
    expect(rose.items.length).toBeGreaterThan(2)
    for (const p of rose.items) expect(p.material).toBe('粉水晶')
    expect((await ids('zishuijing'))[0]).toBe('p-amethyst-bracelet-01')
    expect((await ids('zsj')).slice(0, 3)).toContain('p-amethyst-bracelet-01')
    expect((await ids('月光石手链'))[0]).toBe('p-moonstone-bracelet-01')
    expect((await ids('男士手串')).sort()).toEqual(['p-labradorite-bracelet-01', 'p-obsidian-bracelet-01'])
  })

  it('8mm 手串 carries the 8 mm SKU of each bracelet, so the product page can pre-select it', async () => {
    const found = await search('8mm 手串')
    expect(found.total).toBeGreaterThan(5)
    for (const card of found.items) {
      const p = expectOk(await t.call<Product>('shop', 'catalog.get', { id: card._id }))
      expect(p.skus.find((s) => s.skuId === card.matchedSkuId)?.beadMm).toBe(8)
    }
  })

  it('says which miswriting it read as what', async () => {
    const r = await search('海兰宝')
    expect(r.corrections).toEqual([{ from: '海兰宝', to: '海蓝宝' }])
    expect(r.items.map((p) => p.material)).toContain('海蓝宝')
  })

  it('a search that finds nothing is no dead end: did-you-mean, nearest materials, hot searches, categories', async () => {
    const none = await search('qwxzv')
    expect(none.total).toBe(0)
    expect(none.materials.length).toBeGreaterThan(0)
    expect(none.hot).toContain('紫水晶')
    expect(none.suggestions.length).toBeGreaterThan(0)
    expect((await search('zishuijinn')).total).toBeGreaterThan(0) // one letter off still reads as 紫水晶
  })

  it('keeps the landed sorts and filters', async () => {
    const r = await search('手串', { sort: 'priceDesc', inStock: true, pageSize: 50 })
    const prices = r.items.map((p) => p.priceFrom)
    expect(prices).toEqual([...prices].sort((a, b) => b - a))
    for (const p of r.items) expect(p.stock).toBeGreaterThan(0)
  })

  it('suggests while typing, from Chinese, pinyin and initials', async () => {
    const s = expectOk(await t.call<CatalogSuggestOutput>('shop', 'catalog.suggest', { prefix: 'hlb' }))
    expect(s.materials).toContain('海蓝宝')
    expect(s.products.length).toBeGreaterThan(0)
    const bad = await t.call('shop', 'catalog.suggest', { prefix: '' })
    expect(!bad.ok && bad.error.code).toBe('INVALID_INPUT')
  })
})

describe('the index follows the merchant', () => {
  it('a renamed product is found by its new name on the very next search', async () => {
    const before = expectOk(await t.call<Product>('admin', 'products.get', { id: 'p-citrine-seal-01' }, OWNER))
    expect((await ids('黄水晶闲章'))[0]).toBe('p-citrine-seal-01')
    const { _id, version, status, createdAt, updatedAt, priceFrom, stock, sold, ...rest } = before
    void [_id, status, createdAt, updatedAt, priceFrom, stock, sold]
    const draft = { ...rest, title: '招财黄水晶龙纹印章', skus: before.skus.map(({ skuId, name, price }) => ({ skuId, name, price })) }
    expectOk(await t.call('admin', 'products.save', { id: before._id, version, draft }, OWNER))
    expect((await ids('龙纹印章'))[0]).toBe('p-citrine-seal-01')
    expect((await search('招财黄水晶龙纹印章')).items[0]?.title).toBe('招财黄水晶龙纹印章')
  })

  it('an unlisted product drops out at once and comes back when listed again', async () => {
    expect(await ids('西瓜碧玺')).toContain('p-tourmaline-pendant-01')
    expectOk(await t.call('admin', 'products.setStatus', { id: 'p-tourmaline-pendant-01', status: 'off' }, OWNER))
    expect(await ids('西瓜碧玺')).not.toContain('p-tourmaline-pendant-01')
    expectOk(await t.call('admin', 'products.setStatus', { id: 'p-tourmaline-pendant-01', status: 'on' }, OWNER))
    expect(await ids('西瓜碧玺')).toContain('p-tourmaline-pendant-01')
  })
})

describe('the synonym table', () => {
  it('starts with the trade names, is edited by the merchant (audited) and used on the next search', async () => {
    const seeded = expectOk(await t.call<SynonymsGetOutput>('admin', 'search.synonyms', {}, OWNER))
    expect(seeded.updatedAt).toBeNull()
    expect(seeded.groups.find((g) => g.terms.includes('粉晶'))?.terms).toEqual(expect.arrayContaining(['粉水晶', '芙蓉石']))
    expect((await search('招财石')).total).toBe(0)

    const groups = seeded.groups.map((g) => (g.terms.includes('黄水晶') ? { ...g, terms: [...g.terms, '招财石'] } : g))
    expectOk(await t.call('admin', 'search.setSynonyms', { groups }, OWNER))
    const found = await search('招财石')
    expect(found.items.length).toBeGreaterThan(0)
    for (const p of found.items) expect(p.material).toBe('黄水晶')

    const trail = expectOk(await t.call<AuditListOutput>('admin', 'audit.list', { targetId: 'search' }, OWNER))
    expect(trail.items[0]).toMatchObject({ action: 'search.setSynonyms', actor: { kind: 'staff', openid: OWNER } })
    expect(trail.items[0].summary).toContain('黄水晶=黄晶=招财石')

    const after = expectOk(await t.call<SynonymsGetOutput>('admin', 'search.synonyms', {}, OWNER))
    expect(after.groups).toEqual(groups)
    expect(after.updatedAt).not.toBeNull()
  })

  it('refuses a term in two groups and a one-word group, changing nothing; shoppers may not edit', async () => {
    const before = expectOk(await t.call<SynonymsGetOutput>('admin', 'search.synonyms', {}, OWNER))
    const dup = await t.call('admin', 'search.setSynonyms', { groups: [{ kind: 'same', terms: ['粉晶', '粉水晶'] }, { kind: 'near', terms: ['粉晶', '芙蓉石'] }] }, OWNER)
    expect(!dup.ok && dup.error.code).toBe('INVALID_INPUT')
    const lonely = await t.call('admin', 'search.setSynonyms', { groups: [{ kind: 'same', terms: ['粉晶'] }] }, OWNER)
    expect(!lonely.ok && lonely.error.code).toBe('INVALID_INPUT')
    const shopper = await t.call('admin', 'search.setSynonyms', { groups: [] }, 'shopper-x')
    expect(shopper.ok).toBe(false)
    expect(expectOk(await t.call<SynonymsGetOutput>('admin', 'search.synonyms', {}, OWNER))).toEqual(before)
  })
})
