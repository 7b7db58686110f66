/**
 * Stock has one owner. A merchant's product form never writes stock: a form loaded before a sale and
 * saved after it answers CONFLICT (the product version moved with the sale) and a fresh save keeps
 * the server's stock — the oversell of a one-of-a-kind piece this shop must never do. Stock moves by
 * adjustment only (+n / −n / set-to-N-if-still-seen), exact under concurrent buyers, each move a
 * ledger entry with actor and reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Product } from '../../../cloudfunctions/contracts/catalog'
import type { AdjustStockOutput, StockLedgerOutput } from '../../../cloudfunctions/contracts/stock'
import { draftFromForm, formFromProduct } from '../../../src/packages/admin/products/edit/product-form'
import { addressFor, buyNow, expectOk, newRequestId, OWNER, payFor, productNow, startOrdersCloud, type OrdersCloud } from '../orders/orders-kit'

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
  t.cloud.store.collection('categories').insert({ _id: 'c-stock', name: '测试', nameEn: 'Test', icon: '', sort: 1 } as never)
})
afterAll(() => t?.close())

let seq = 0
const draft = (skus: { skuId?: string; name: string; price: number; stock?: number }[], unique = false) => ({
  title: `库存测试 ${++seq}`,
  description: '',
  categoryId: 'c-stock',
  tags: [],
  media: { images: ['/files/uploads/stock.png'] },
  attrs: { material: '紫水晶', origin: '巴西' },
  skus,
  unique,
})

async function create(skus: { name: string; price: number; stock?: number }[], unique = false): Promise<Product> {
  return expectOk(await t.call<Product>('admin', 'products.save', { draft: draft(skus, unique) }, OWNER))
}

/** What the edit page sends for a form: draft built from the loaded product, plus the version it loaded. */
function saveFromForm(loaded: Product, title: string) {
  const form = { ...formFromProduct(loaded), title }
  const built = draftFromForm(form)
  if (!built.ok) throw new Error('form did not build')
  return t.call<Product>('admin', 'products.save', { id: loaded._id, version: form.version, draft: built.draft }, OWNER)
}

const load = async (id: string) => expectOk(await t.call<Product>('admin', 'products.get', { id }, OWNER))
const adjust = (input: Record<string, unknown>, openid = OWNER) =>
  t.call<AdjustStockOutput>('admin', 'products.adjustStock', { requestId: newRequestId(), reason: 'recount', ...input }, openid)

describe('a product form loaded before a sale and saved after it', () => {
  it('never brings a sold one-of-a-kind piece back: the stale save is CONFLICT, a fresh save keeps stock 0', async () => {
    const piece = await create([{ name: '孤品', price: 88_800, stock: 1 }], true)
    expect(piece).toMatchObject({ version: 1, stock: 1 })
    const form = await load(piece._id)

    const address = await addressFor(t, 'stone-buyer')
    const order = expectOk(await buyNow(t, 'stone-buyer', address._id, piece))
    await payFor(t, 'stone-buyer', order.orderId)
    expect(productNow(t, piece._id).skus[0]).toMatchObject({ stock: 0, sold: 1 })

    const stale = await saveFromForm(form, '孤品 标题修正')
    expect(!stale.ok && stale.error.code).toBe('CONFLICT')
    expect(productNow(t, piece._id)).toMatchObject({ stock: 0, sold: 1, title: piece.title })

    const fresh = await load(piece._id)
    expect(fresh.version).toBeGreaterThan(form.version!)
    const saved = expectOk(await saveFromForm(fresh, '孤品 标题修正'))
    expect(saved.skus[0]).toMatchObject({ stock: 0, sold: 1 })
    expect(productNow(t, piece._id)).toMatchObject({ stock: 0, sold: 1, title: '孤品 标题修正', version: fresh.version! + 1 })
    expect(productNow(t, piece._id).skus[0]).toMatchObject({ stock: 0, sold: 1 })
    // and nobody can buy it again
    const again = await buyNow(t, 'second-buyer', (await addressFor(t, 'second-buyer'))._id, piece)
    expect(!again.ok && again.error.code).toBe('SOLD_OUT')
  })

  it('keeps a multi-stock SKU at what sales left, and ignores any stock an edit sends', async () => {
    const lot = await create([
      { name: '8mm', price: 12_900, stock: 5 },
      { name: '10mm', price: 15_900, stock: 3 },
    ])
    const form = await load(lot._id)
    const address = await addressFor(t, 'lot-buyer')
    expectOk(await buyNow(t, 'lot-buyer', address._id, lot, 2, 0))
    expectOk(await buyNow(t, 'lot-buyer', address._id, lot, 1, 1))

    const stale = await saveFromForm(form, '手串 改名')
    expect(!stale.ok && stale.error.code).toBe('CONFLICT')
    const now = productNow(t, lot._id)
    expect(now.skus.map((s) => [s.stock, s.sold])).toEqual([[3, 2], [2, 1]])

    // an older client still sending stock in an edit: the numbers are ignored, existing SKUs keep theirs
    const fresh = await load(lot._id)
    const sentStock = await t.call<Product>('admin', 'products.save', {
      id: lot._id,
      version: fresh.version,
      draft: draft(fresh.skus.map((s) => ({ skuId: s.skuId, name: s.name, price: s.price, stock: 50 }))),
    }, OWNER)
    expect(expectOk(sentStock).skus.map((s) => s.stock)).toEqual([3, 2])
    expect(productNow(t, lot._id)).toMatchObject({ stock: 5, sold: 3 })
  })

  it('refuses an edit without a version, and a new SKU in an edit starts at 0', async () => {
    const p = await create([{ name: '默认', price: 9_900, stock: 4 }])
    const noVersion = await t.call('admin', 'products.save', { id: p._id, draft: draft([{ skuId: p.skus[0].skuId, name: '默认', price: 9_900 }]) }, OWNER)
    expect(!noVersion.ok && noVersion.error.code).toBe('INVALID_INPUT')
    const withNew = expectOk(
      await t.call<Product>('admin', 'products.save', {
        id: p._id,
        version: p.version,
        draft: draft([{ skuId: p.skus[0].skuId, name: '默认', price: 9_900 }, { name: '大号', price: 19_900 }]),
      }, OWNER),
    )
    expect(withNew.skus.map((s) => s.stock)).toEqual([4, 0])
    const statedStock = await t.call('admin', 'products.save', {
      id: p._id,
      version: withNew.version,
      draft: draft([...withNew.skus.map((s) => ({ skuId: s.skuId, name: s.name, price: s.price })), { name: '特大', price: 29_900, stock: 7 }]),
    }, OWNER)
    expect(!statedStock.ok && statedStock.error.code).toBe('INVALID_INPUT')
  })

  it('treats a product stored without a version as version 0', async () => {
    const legacy = await create([{ name: '默认', price: 9_900, stock: 2 }])
    t.cloud.store.collection('products').update({ _id: legacy._id }, { $unset: { version: '' } })
    const loaded = await load(legacy._id)
    expect(loaded.version).toBeUndefined()
    expect(formFromProduct(loaded).version).toBe(0)
    const saved = expectOk(await saveFromForm(loaded, '旧商品 改名'))
    expect(saved.version).toBe(1)
    expect(productNow(t, legacy._id)).toMatchObject({ version: 1, stock: 2 })
  })
})

describe('stock adjustments', () => {
  it('+n racing 100 concurrent buyers: stock = start + adjustment − units sold, exactly', async () => {
    const p = await create([{ name: '默认', price: 5_900, stock: 60 }])
    const buyers = Array.from({ length: 100 }, (_, i) => `racer-${i}`)
    const addresses = new Map<string, string>()
    for (let i = 0; i < buyers.length; i += 50) {
      await Promise.all(buyers.slice(i, i + 50).map(async (b) => addresses.set(b, (await addressFor(t, b))._id)))
    }
    const [adjusted, ...sales] = await Promise.all([
      adjust({ productId: p._id, skuId: p.skus[0].skuId, change: { kind: 'delta', delta: 25 }, reason: 'restock' }),
      ...buyers.map((b) => buyNow(t, b, addresses.get(b)!, p)),
    ])
    expect(expectOk(adjusted).entry.delta).toBe(25)
    const sold = sales.filter((s) => s.ok).length
    for (const s of sales) if (!s.ok) expect(s.error.code).toBe('SOLD_OUT')
    const now = productNow(t, p._id)
    expect(sold).toBeLessThanOrEqual(85)
    expect(now.skus[0]).toEqual(expect.objectContaining({ stock: 60 + 25 - sold, sold }))
    expect(now).toMatchObject({ stock: 60 + 25 - sold, sold })
  }, 120_000)

  it('−n racing 100 concurrent buyers never goes below 0 and stays exact', async () => {
    const p = await create([{ name: '默认', price: 5_900, stock: 120 }])
    const buyers = Array.from({ length: 100 }, (_, i) => `minus-racer-${i}`)
    const addresses = new Map<string, string>()
    for (let i = 0; i < buyers.length; i += 50) {
      await Promise.all(buyers.slice(i, i + 50).map(async (b) => addresses.set(b, (await addressFor(t, b))._id)))
    }
    const [adjusted, ...sales] = await Promise.all([
      adjust({ productId: p._id, skuId: p.skus[0].skuId, change: { kind: 'delta', delta: -15 }, reason: 'damaged', note: '运输破损' }),
      ...buyers.map((b) => buyNow(t, b, addresses.get(b)!, p)),
    ])
    const sold = sales.filter((s) => s.ok).length
    const applied = adjusted.ok ? adjusted.data.entry.delta : 0
    if (!adjusted.ok) expect(adjusted.error.code).toBe('CONFLICT')
    const now = productNow(t, p._id)
    expect(now.skus[0].stock).toBe(120 + applied - sold)
    expect(now.skus[0].stock).toBeGreaterThanOrEqual(0)
    expect(now).toMatchObject({ stock: 120 + applied - sold, sold })

    // taking more than is left is refused, nothing moves
    const tooMany = await adjust({ productId: p._id, skuId: p.skus[0].skuId, change: { kind: 'delta', delta: -(now.skus[0].stock + 1) } })
    expect(!tooMany.ok && tooMany.error).toMatchObject({ code: 'CONFLICT', key: 'error.stock.belowZero' })
    expect(productNow(t, p._id).skus[0].stock).toBe(now.skus[0].stock)
  }, 120_000)

  it('"set to N" applies only while the stock is still the value seen', async () => {
    const p = await create([{ name: '默认', price: 5_900, stock: 10 }])
    const seen = (await load(p._id)).skus[0].stock
    expectOk(await buyNow(t, 'setter-buyer', (await addressFor(t, 'setter-buyer'))._id, p, 3))
    const stale = await adjust({ productId: p._id, skuId: p.skus[0].skuId, change: { kind: 'set', to: 20, seen } })
    expect(!stale.ok && stale.error).toMatchObject({ code: 'CONFLICT', key: 'error.stock.seenChanged', params: { seen: 10, stock: 7 } })
    expect(productNow(t, p._id).skus[0].stock).toBe(7)

    const ok = expectOk(await adjust({ productId: p._id, skuId: p.skus[0].skuId, change: { kind: 'set', to: 20, seen: 7 } }))
    expect(ok.entry).toMatchObject({ before: 7, after: 20, delta: 13 })
    expect(productNow(t, p._id)).toMatchObject({ stock: 20, sold: 3 })
  })

  it('a retried request id changes stock once and answers the first entry; a unique piece never exceeds 1', async () => {
    const p = await create([{ name: '默认', price: 5_900, stock: 1 }])
    const requestId = newRequestId()
    const input = { productId: p._id, skuId: p.skus[0].skuId, requestId, change: { kind: 'delta', delta: 4 }, reason: 'restock' }
    const first = expectOk(await t.call<AdjustStockOutput>('admin', 'products.adjustStock', input, OWNER))
    const again = expectOk(await t.call<AdjustStockOutput>('admin', 'products.adjustStock', input, OWNER))
    expect(first.replayed).toBe(false)
    expect(again).toMatchObject({ replayed: true, entry: { _id: first.entry._id, before: 1, after: 5 } })
    expect(productNow(t, p._id).skus[0].stock).toBe(5)
    const reused = await t.call('admin', 'products.adjustStock', { ...input, change: { kind: 'delta', delta: 1 } }, OWNER)
    expect(!reused.ok && reused.error.code).toBe('INVALID_INPUT')

    const piece = await create([{ name: '孤品', price: 88_800, stock: 1 }], true)
    const two = await adjust({ productId: piece._id, skuId: piece.skus[0].skuId, change: { kind: 'delta', delta: 1 } })
    expect(!two.ok && two.error).toMatchObject({ code: 'CONFLICT', key: 'error.stock.uniqueAboveOne' })
    expect(productNow(t, piece._id).skus[0].stock).toBe(1)
  })

  it('every adjustment moves the product version, so a form loaded before it cannot be saved', async () => {
    const p = await create([{ name: '默认', price: 5_900, stock: 2 }])
    const form = await load(p._id)
    expectOk(await adjust({ productId: p._id, skuId: p.skus[0].skuId, change: { kind: 'delta', delta: 3 } }))
    const stale = await saveFromForm(form, '改名')
    expect(!stale.ok && stale.error.code).toBe('CONFLICT')
    expect(productNow(t, p._id).skus[0].stock).toBe(5)
  })

  it('refuses shoppers and unknown SKUs', async () => {
    const p = await create([{ name: '默认', price: 5_900, stock: 2 }])
    const shopper = await adjust({ productId: p._id, skuId: p.skus[0].skuId, change: { kind: 'delta', delta: 3 } }, 'just-a-shopper')
    expect(!shopper.ok && shopper.error.code).toBe('FORBIDDEN')
    const noSku = await adjust({ productId: p._id, skuId: 'sku-nope', change: { kind: 'delta', delta: 3 } })
    expect(!noSku.ok && noSku.error.code).toBe('NOT_FOUND')
    expect(productNow(t, p._id).skus[0].stock).toBe(2)
  })
})

describe('stock ledger', () => {
  it('records the initial stock and every adjustment with actor, reason, note, before and after, newest first', async () => {
    const p = await create([
      { name: '8mm', price: 12_900, stock: 5 },
      { name: '10mm', price: 15_900, stock: 0 },
    ])
    expectOk(await adjust({ productId: p._id, skuId: p.skus[1].skuId, change: { kind: 'delta', delta: 6 }, reason: 'restock', note: '新到一批' }))
    expectOk(await adjust({ productId: p._id, skuId: p.skus[0].skuId, change: { kind: 'set', to: 4, seen: 5 }, reason: 'recount' }))
    const ledger = expectOk(await t.call<StockLedgerOutput>('admin', 'products.stockLedger', { productId: p._id }, OWNER))
    const actor = { kind: 'staff', openid: OWNER, role: 'owner' }
    expect(ledger.total).toBe(3)
    expect(ledger.items).toEqual([
      expect.objectContaining({ skuId: p.skus[0].skuId, before: 5, after: 4, delta: -1, reason: { key: 'stock.reason.recount' }, actor }),
      expect.objectContaining({ skuId: p.skus[1].skuId, before: 0, after: 6, delta: 6, reason: { key: 'stock.reason.restock' }, note: '新到一批', actor }),
      expect.objectContaining({ skuId: p.skus[0].skuId, before: 0, after: 5, delta: 5, reason: { key: 'stock.reason.initial' }, actor }),
    ])
    const one = expectOk(await t.call<StockLedgerOutput>('admin', 'products.stockLedger', { productId: p._id, skuId: p.skus[1].skuId }, OWNER))
    expect(one.items.map((e) => e.after)).toEqual([6])
    // the ledger explains the stock: what it added up to, minus sales (none here)
    const sum = (skuId: string) => ledger.items.filter((e) => e.skuId === skuId).reduce((n, e) => n + e.delta, 0)
    expect(productNow(t, p._id).skus.map((s) => s.stock)).toEqual([sum(p.skus[0].skuId), sum(p.skus[1].skuId)])
  })
})
