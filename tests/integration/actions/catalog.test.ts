import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CatalogListOutput, Category, Product } from '../../../cloudfunctions/contracts/catalog'
import { expectOk, startTestCloud, type TestCloud } from '../../kit/test-cloud'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ seed: true })
})
afterAll(() => t?.close())

describe('catalog through the built shop bundle', () => {
  it('lists listed products newest first, paged, with cards a list can render', async () => {
    const page1 = expectOk(await t.call<CatalogListOutput>('shop', 'catalog.list', { pageSize: 10 }))
    expect(page1.items).toHaveLength(10)
    expect(page1.total).toBeGreaterThanOrEqual(40)
    expect(page1.hasMore).toBe(true)
    const created = page1.items.map((p) => p.priceFrom)
    expect(created.every((fen) => Number.isInteger(fen) && fen > 0)).toBe(true)
    expect(page1.items.every((p) => p.status === 'on' && p.cover.startsWith('/files/'))).toBe(true)
    const page2 = expectOk(await t.call<CatalogListOutput>('shop', 'catalog.list', { page: 2, pageSize: 10 }))
    const ids1 = new Set(page1.items.map((p) => p._id))
    expect(page2.items.some((p) => ids1.has(p._id))).toBe(false)
  })

  it('filters by category and sorts by price both ways', async () => {
    const categories = expectOk(await t.call<Category[]>('shop', 'catalog.categories', {}))
    expect(categories.length).toBeGreaterThanOrEqual(5)
    const cat = categories[0]
    const asc = expectOk(await t.call<CatalogListOutput>('shop', 'catalog.list', { categoryId: cat._id, sort: 'priceAsc', pageSize: 100 }))
    expect(asc.items.length).toBeGreaterThan(0)
    expect(asc.items.every((p) => p.categoryId === cat._id)).toBe(true)
    const prices = asc.items.map((p) => p.priceFrom)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
    const desc = expectOk(await t.call<CatalogListOutput>('shop', 'catalog.list', { categoryId: cat._id, sort: 'priceDesc', pageSize: 100 }))
    expect(desc.items.map((p) => p.priceFrom)).toEqual([...prices].sort((a, b) => b - a))
  })

  it('never lists unlisted products but still explains them on the detail page', async () => {
    const all = expectOk(await t.call<CatalogListOutput>('shop', 'catalog.list', { pageSize: 100 }))
    const unlisted = t.cloud.store.collection('products').find({ status: 'off' }) as Product[]
    expect(unlisted.length).toBeGreaterThan(0)
    expect(all.items.some((p) => p._id === unlisted[0]._id)).toBe(false)
    const detail = expectOk(await t.call<Product>('shop', 'catalog.get', { id: unlisted[0]._id }))
    expect(detail.status).toBe('off')
  })

  it('gives the detail with crystal attributes and SKUs, and NOT_FOUND for a missing id', async () => {
    const list = expectOk(await t.call<CatalogListOutput>('shop', 'catalog.list', { pageSize: 1 }))
    const p = expectOk(await t.call<Product>('shop', 'catalog.get', { id: list.items[0]._id }))
    expect(p.attrs.material).toBeTruthy()
    expect(p.attrs.origin).toBeTruthy()
    expect(p.skus.length).toBeGreaterThan(0)
    expect(await t.call('shop', 'catalog.get', { id: 'no-such-product' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await t.call('shop', 'catalog.get', { id: '../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('lets anonymous visitors browse', async () => {
    expectOk(await t.call('shop', 'catalog.list', {}, null))
  })
})
