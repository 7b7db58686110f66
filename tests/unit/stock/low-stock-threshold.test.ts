import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Product } from '../../../cloudfunctions/contracts/catalog'
import { SkuDraft } from '../../../cloudfunctions/contracts/catalog'
import { isLowStock } from '../../../cloudfunctions/domain/console/low-stock'
import { mergeSkus } from '../../../cloudfunctions/services/product-admin.service'
import { draftFromForm, formFromProduct } from '../../../src/packages/admin/products/edit/product-form'

const product = (lowStockAt?: number): Product =>
  ({
    _id: 'p1',
    title: '紫水晶手串',
    description: '',
    categoryId: 'amethyst',
    tags: [],
    media: { images: ['/files/a.svg'] },
    attrs: { material: '紫水晶', origin: '巴西' },
    skus: [{ skuId: 's1', name: '8mm', price: 8800, stock: 4, sold: 0, ...(lowStockAt === undefined ? {} : { lowStockAt }) }],
    priceFrom: 8800,
    stock: 4,
    sold: 0,
    unique: false,
    status: 'on',
    createdAt: 1,
    updatedAt: 1,
    version: 3,
  }) as Product

describe('per-SKU low-stock threshold', () => {
  it('round-trips through the admin form and the save merge; empty means the shop default', () => {
    const form = formFromProduct(product(5))
    expect(form.skus[0].lowStockAt).toBe('5')
    const out = draftFromForm(form)
    if (!out.ok) throw new Error('expected a draft')
    expect(out.draft.skus[0].lowStockAt).toBe(5)
    expect(mergeSkus(out.draft.skus, product(5).skus, 'edit')[0]).toMatchObject({ skuId: 's1', stock: 4, lowStockAt: 5 })
    const cleared = draftFromForm({ ...form, skus: [{ ...form.skus[0], lowStockAt: '' }] })
    if (!cleared.ok) throw new Error('expected a draft')
    expect(mergeSkus(cleared.draft.skus, product(5).skus, 'edit')[0].lowStockAt).toBeUndefined()
  })

  it('a typed threshold that is not a whole number is refused with the SKU named', () => {
    const form = formFromProduct(product())
    for (const bad of ['-1', '2.5', 'abc']) {
      expect(draftFromForm({ ...form, skus: [{ ...form.skus[0], lowStockAt: bad }] })).toEqual({ ok: false, problem: { key: 'productForm.lowStockAtBad', params: { sku: '8mm' } } })
    }
    expect(SkuDraft.safeParse({ name: '8mm', price: 100, lowStockAt: -1 }).success).toBe(false)
  })

  it('low means at or below the SKU’s own threshold, else the default', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.option(fc.nat(50), { nil: undefined }), fc.nat(50), (stock, own, fallback) => {
        expect(isLowStock(stock, own, fallback)).toBe(stock <= (own ?? fallback))
      }),
    )
  })
})
