import { describe, expect, it } from 'vitest'
import type { Product } from '../../../cloudfunctions/contracts/catalog'
import { draftFromForm, formFromProduct } from '../../../src/packages/admin/products/edit/product-form'
import { wristMmFromCm } from '../../../src/packages/crystal/wrist/wrist-input'

describe('wrist typed in cm', () => {
  it.each([
    ['15.5', 155],
    ['15,5', 155],
    [' 16 cm', 160],
    ['13.25', 133],
    ['10', 100],
    ['25', 250],
  ])('%s → %i mm', (typed, mm) => expect(wristMmFromCm(typed)).toBe(mm))

  it.each(['', '9.9', '25.1', '155', 'abc', '15.5.5', '-15'])('%s is no wrist', (typed) => expect(wristMmFromCm(typed)).toBeNull())
})

describe('product form keeps what the crystal features read', () => {
  const product = {
    _id: 'p-1', title: '紫水晶手串', description: '', categoryId: 'c', tags: [], media: { images: ['/files/a.png'] },
    attrs: { material: '紫水晶', origin: '巴西', certificateNo: 'NGTC-1', certificateLab: 'NGTC', certificateMarks: ['CMA'] },
    skus: [{ skuId: 's8', name: '8mm', price: 100, stock: 3, sold: 0, beadMm: 8 }],
    priceFrom: 100, stock: 3, sold: 0, unique: false, status: 'on', createdAt: 0, updatedAt: 0, version: 2,
  } as Product

  it('an edit sends back each SKU’s bead diameter and the certificate lab and marks', () => {
    const built = draftFromForm(formFromProduct(product))
    expect(built.ok && built.draft.skus).toEqual([{ skuId: 's8', name: '8mm', price: 100, beadMm: 8 }])
    expect(built.ok && built.draft.attrs).toMatchObject({ certificateLab: 'NGTC', certificateMarks: ['CMA'] })
  })

  it('a new SKU named like 10mm states its bead diameter; one named 默认 does not', () => {
    const form = formFromProduct(product)
    form.skus.push({ name: '10 mm', price: '2', stock: '0' }, { name: '默认', price: '1', stock: '0' })
    const built = draftFromForm(form)
    expect(built.ok && built.draft.skus.map((s) => s.beadMm)).toEqual([8, 10, undefined])
  })
})
