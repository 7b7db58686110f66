import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditListOutput } from '../../../cloudfunctions/contracts/audit'
import type { CatalogSearchOutput, Product, ProductCard } from '../../../cloudfunctions/contracts/catalog'
import type { Page } from '../../../cloudfunctions/contracts/common'
import { expectOk, OWNER, startTestCloud, type TestCloud } from '../../kit/test-cloud'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ seed: true })
})
afterAll(() => t?.close())

const list = async (input: Record<string, unknown>) => expectOk(await t.call<Page<ProductCard>>('shop', 'catalog.list', input))
const search = async (keyword: string, extra: Record<string, unknown> = {}) =>
  expectOk(await t.call<CatalogSearchOutput>('shop', 'catalog.search', { keyword, pageSize: 50, ...extra }))

const draft = (title: string) => ({
  title,
  description: '测试商品',
  categoryId: 'c-clusters',
  tags: ['测试'],
  media: { images: ['/files/uploads/test.png'] },
  attrs: { material: '紫水晶', origin: '巴西', sizeMm: 60 },
  skus: [
    { name: '小号', price: 12_900, stock: 3 },
    { name: '大号', price: 25_900, stock: 0 },
  ],
})

describe('shopper filters and sort', () => {
  it('filters by material, price range, size and stock, and sorts by price', async () => {
    const page = await list({ material: '紫水晶', sort: 'priceAsc', pageSize: 50 })
    expect(page.items.length).toBeGreaterThan(3)
    for (const p of page.items) expect(p.material).toBe('紫水晶')
    const prices = page.items.map((p) => p.priceFrom)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))

    const band = await list({ priceMin: 10_000, priceMax: 30_000, inStock: true, pageSize: 50 })
    for (const p of band.items) {
      expect(p.priceFrom).toBeGreaterThanOrEqual(10_000)
      expect(p.priceFrom).toBeLessThanOrEqual(30_000)
      expect(p.stock).toBeGreaterThan(0)
    }
    const big = await list({ sizeMin: 100, pageSize: 50 })
    expect(big.items.map((p) => p._id)).toContain('p-amethyst-geode-01')
    expect(big.items.map((p) => p._id)).not.toContain('p-amethyst-bracelet-01')
  })

  it('refuses a nonsense filter instead of guessing', async () => {
    const bad = await t.call('shop', 'catalog.list', { priceMin: -5 })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.code).toBe('INVALID_INPUT')
  })
})

describe('search', () => {
  it.each(['紫水晶', '白水晶', '黄水晶', '海蓝宝', '碧玺'])('finds %s by substring of title, material or tag', async (keyword) => {
    const found = await search(keyword)
    expect(found.total).toBeGreaterThan(0)
    for (const p of found.items) expect(`${p.title} ${p.material} ${p.tags.join(' ')}`).toMatch(/./)
    expect(found.items.some((p) => p.title.includes(keyword) || p.material === keyword)).toBe(true)
  })

  it('matches 紫晶簇 by material though its title says 紫晶, and never shows unlisted pieces', async () => {
    const found = await search('紫水晶')
    const ids = found.items.map((p) => p._id)
    expect(ids).toContain('p-amethyst-cluster-01')
    expect(ids).not.toContain('p-amethyst-raw-01') // seeded as unlisted
  })

  it('treats regex characters literally and suggests categories when nothing matches', async () => {
    const none = await search('(.*')
    expect(none.total).toBe(0)
    expect(none.suggestions.length).toBeGreaterThan(0)
    const hot = expectOk(await t.call<string[]>('shop', 'catalog.hotKeywords', {}))
    expect(hot).toContain('紫水晶')
  })
})

describe('favourites', () => {
  it('saves once, lists it, unsaves; anonymous callers are refused', async () => {
    expectOk(await t.call('shop', 'favorites.set', { productId: 'p-citrine-seal-01', favorite: true }, 'fav-shopper'))
    expectOk(await t.call('shop', 'favorites.set', { productId: 'p-citrine-seal-01', favorite: true }, 'fav-shopper'))
    const saved = expectOk(await t.call<Page<ProductCard>>('shop', 'favorites.list', {}, 'fav-shopper'))
    expect(saved.items.map((p) => p._id)).toEqual(['p-citrine-seal-01'])
    expect(expectOk(await t.call<{ favorite: boolean }>('shop', 'favorites.status', { productId: 'p-citrine-seal-01' }, 'someone-else')).favorite).toBe(false)
    expectOk(await t.call('shop', 'favorites.set', { productId: 'p-citrine-seal-01', favorite: false }, 'fav-shopper'))
    expect(expectOk(await t.call<{ favorite: boolean }>('shop', 'favorites.status', { productId: 'p-citrine-seal-01' }, 'fav-shopper')).favorite).toBe(false)
    const anon = await t.call('shop', 'favorites.set', { productId: 'p-citrine-seal-01', favorite: true }, null)
    expect(anon.ok).toBe(false)
    const missing = await t.call('shop', 'favorites.set', { productId: 'p-nope', favorite: true }, 'fav-shopper')
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND')
  })
})

describe('merchant product management', () => {
  it('creates a product with two SKUs, edits it, unlists it — every write audited — and shoppers see the effect', async () => {
    const created = expectOk(await t.call<Product>('admin', 'products.save', { draft: draft('测试紫晶簇 ABC') }, OWNER))
    expect(created.skus).toHaveLength(2)
    expect(created).toMatchObject({ priceFrom: 12_900, stock: 3, status: 'on' })
    expect((await search('测试紫晶簇')).items.map((p) => p._id)).toEqual([created._id])

    const edited = expectOk(
      await t.call<Product>('admin', 'products.save', { id: created._id, version: created.version, draft: { ...draft('测试紫晶簇 ABC'), skus: [{ ...created.skus[0], price: 9_900 }, created.skus[1]] } }, OWNER),
    )
    expect(edited.priceFrom).toBe(9_900)
    expect(edited.skus[0].skuId).toBe(created.skus[0].skuId)

    expectOk(await t.call('admin', 'products.setStatus', { id: created._id, status: 'off' }, OWNER))
    // unlisted: gone from search; the rest of the query (紫晶簇) still finds the shop's amethyst clusters
    const after = await search('测试紫晶簇')
    expect(after.items.map((p) => p._id)).not.toContain(created._id)
    expect(after.ignored).toContain('测试')
    const detail = expectOk(await t.call<Product>('shop', 'catalog.get', { id: created._id }))
    expect(detail.status).toBe('off')

    const trail = expectOk(await t.call<AuditListOutput>('admin', 'audit.list', { targetId: created._id }, OWNER))
    expect(trail.items.map((e) => e.action)).toEqual(['products.setStatus', 'products.update', 'products.create'])
    for (const e of trail.items) expect(e.actor).toEqual({ kind: 'staff', openid: OWNER, role: 'owner' })
    expect(trail.items[1].summary).toContain('skus')
  })

  it('rejects invalid drafts and shoppers, and refuses to drop a category that holds products', async () => {
    const noImage = await t.call('admin', 'products.save', { draft: { ...draft('x'), media: { images: [] } } }, OWNER)
    expect(!noImage.ok && noImage.error.code).toBe('INVALID_INPUT')
    const badUnique = await t.call('admin', 'products.save', { draft: { ...draft('x'), unique: true } }, OWNER)
    expect(!badUnique.ok && badUnique.error.code).toBe('INVALID_INPUT')
    const shopper = await t.call('admin', 'products.save', { draft: draft('x') }, 'just-a-shopper')
    expect(!shopper.ok && shopper.error.code).toBe('FORBIDDEN')
    const busy = await t.call('admin', 'categories.remove', { id: 'c-clusters' }, OWNER)
    expect(!busy.ok && busy.error.code).toBe('CONFLICT')
  })

  it('sets exchange rates that shoppers read, audited', async () => {
    expectOk(await t.call('admin', 'settings.setRates', { rates: { HKD: 1.1, USD: 0.15 } }, OWNER))
    const rates = expectOk(await t.call<{ rates: { HKD: number; USD: number } }>('shop', 'settings.rates', {}))
    expect(rates.rates).toEqual({ HKD: 1.1, USD: 0.15 })
    const bad = await t.call('admin', 'settings.setRates', { rates: { HKD: 0, USD: 0.15 } }, OWNER)
    expect(!bad.ok && bad.error.code).toBe('INVALID_INPUT')
    const trail = expectOk(await t.call<AuditListOutput>('admin', 'audit.list', { targetId: 'shop' }, OWNER))
    expect(trail.items[0]).toMatchObject({ action: 'settings.setRates', actor: { kind: 'staff', openid: OWNER, role: 'owner' } })
  })
})
