/** Products with known stock, inserted straight into the store for concurrency probes and the bench. */
import type { Store } from '../../local-cloud/store/sqlite-store'

export function insertStockedProduct(store: Store, id: string, stock: number, overrides: Record<string, unknown> = {}): { productId: string; skuId: string } {
  const skuId = `${id}-sku`
  const now = 1_700_000_000_000
  store.collection('products').set(id, {
    title: `压测商品 ${id} / probe product`,
    description: '',
    categoryId: 'bracelets',
    tags: [],
    media: { images: ['/files/probe.svg'] },
    attrs: { material: '白水晶', origin: '巴西' },
    skus: [{ skuId, name: '默认', price: 9900, stock, sold: 0 }],
    priceFrom: 9900,
    stock,
    sold: 0,
    unique: stock === 1,
    status: 'on',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  })
  return { productId: id, skuId }
}

export function stockOf(store: Store, productId: string): { stock: number; skuStock: number; sold: number } {
  const doc = store.collection('products').get(productId) as { stock: number; sold: number; skus: { stock: number }[] }
  return { stock: doc.stock, skuStock: doc.skus[0].stock, sold: doc.sold }
}
