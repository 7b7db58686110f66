import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ProductSaveInput } from '../../../cloudfunctions/contracts/catalog'
import { AdjustStockInput } from '../../../cloudfunctions/contracts/stock'
import { cartLineKey } from '../../../cloudfunctions/domain/cart'
import { planAdjustment, refusalParams, sameChange } from '../../../cloudfunctions/domain/stock-adjustment'
import { mergeSkus } from '../../../cloudfunctions/services/product-admin.service'
import { recordKey } from '../../../cloudfunctions/services/record-key'
import { changeFromInput, newRequestId, versionAfterAdjust } from '../../../src/packages/admin/products/edit/stock-adjust-form'
import { draftFromForm, emptyForm } from '../../../src/packages/admin/products/edit/product-form'

const plain = { unique: false }

describe('planAdjustment', () => {
  it('applies +n / −n to the stock as it is now', () => {
    expect(planAdjustment(3, { kind: 'delta', delta: 4 }, plain)).toEqual({ ok: true, before: 3, after: 7, delta: 4 })
    expect(planAdjustment(3, { kind: 'delta', delta: -3 }, plain)).toEqual({ ok: true, before: 3, after: 0, delta: -3 })
  })

  it('refuses −n below 0 rather than clamping', () => {
    const plan = planAdjustment(2, { kind: 'delta', delta: -3 }, plain)
    expect(plan).toEqual({ ok: false, refusal: { reason: 'belowZero', stock: 2, delta: -3 } })
    if (!plan.ok) expect(refusalParams(plan.refusal)).toEqual({ stock: 2, delta: -3 })
  })

  it('sets to N only while the stock is still the value seen', () => {
    expect(planAdjustment(5, { kind: 'set', to: 9, seen: 5 }, plain)).toEqual({ ok: true, before: 5, after: 9, delta: 4 })
    expect(planAdjustment(5, { kind: 'set', to: 2, seen: 5 }, plain)).toEqual({ ok: true, before: 5, after: 2, delta: -3 })
    expect(planAdjustment(4, { kind: 'set', to: 9, seen: 5 }, plain)).toEqual({ ok: false, refusal: { reason: 'seenChanged', stock: 4, seen: 5 } })
  })

  it('keeps a unique piece at most 1 and any SKU at most 100 000', () => {
    expect(planAdjustment(1, { kind: 'delta', delta: 1 }, { unique: true }).ok).toBe(false)
    expect(planAdjustment(0, { kind: 'delta', delta: 1 }, { unique: true }).ok).toBe(true)
    // Sold and held by a live order: +1 would sell the one stone twice.
    expect(planAdjustment(0, { kind: 'delta', delta: 1 }, { unique: true, held: 1 })).toMatchObject({ ok: false, refusal: { reason: 'uniqueAboveOne' } })
    expect(planAdjustment(0, { kind: 'set', to: 1, seen: 0 }, { unique: true, held: 1 }).ok).toBe(false)
    expect(planAdjustment(99_999, { kind: 'delta', delta: 2 }, plain)).toMatchObject({ ok: false, refusal: { reason: 'aboveMax' } })
  })

  it('never produces a negative stock, and after − before is the delta applied', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: -100_000, max: 100_000 }).filter((n) => n !== 0), fc.boolean(), (stock, delta, unique) => {
        const plan = planAdjustment(stock, { kind: 'delta', delta }, { unique })
        if (!plan.ok) return stock + delta < 0 || stock + delta > 100_000 || (unique && stock + delta > 1)
        return plan.after >= 0 && plan.after - plan.before === plan.delta && plan.delta === delta
      }),
    )
  })

  it('recognises a retried request by its change', () => {
    expect(sameChange({ kind: 'delta', delta: 2 }, { kind: 'delta', delta: 2 })).toBe(true)
    expect(sameChange({ kind: 'delta', delta: 2 }, { kind: 'delta', delta: -2 })).toBe(false)
    expect(sameChange({ kind: 'set', to: 2, seen: 1 }, { kind: 'set', to: 2, seen: 1 })).toBe(true)
    expect(sameChange({ kind: 'set', to: 2, seen: 1 }, { kind: 'delta', delta: 1 })).toBe(false)
  })
})

describe('contracts', () => {
  it('refuses a zero delta and a malformed request id', () => {
    const base = { productId: 'p1', skuId: 's1', requestId: 'req-12345678', reason: 'recount' }
    expect(AdjustStockInput.safeParse({ ...base, change: { kind: 'delta', delta: 0 } }).success).toBe(false)
    expect(AdjustStockInput.safeParse({ ...base, requestId: 'a|b', change: { kind: 'delta', delta: 1 } }).success).toBe(false)
    expect(AdjustStockInput.safeParse({ ...base, change: { kind: 'set', to: 3, seen: 1 } }).success).toBe(true)
  })

  it('products.save carries the version as a plain field', () => {
    expect(Object.keys(ProductSaveInput.shape)).toEqual(['id', 'version', 'draft'])
  })
})

describe('mergeSkus: a product edit never writes stock', () => {
  const existing = [{ skuId: 's1', name: 'a', price: 100, stock: 0, sold: 1 }]
  it('keeps server stock and sold of existing SKUs whatever the draft says, new SKUs start at 0', () => {
    const merged = mergeSkus([{ skuId: 's1', name: 'a', price: 200, stock: 1 }, { name: 'b', price: 300 }], existing, 'edit')
    expect(merged[0]).toEqual({ skuId: 's1', name: 'a', price: 200, stock: 0, sold: 1 })
    expect(merged[1]).toMatchObject({ name: 'b', stock: 0, sold: 0 })
  })
  it('refuses a new SKU with stated stock in an edit; uses the stated stock on create', () => {
    expect(() => mergeSkus([{ name: 'b', price: 300, stock: 2 }], existing, 'edit')).toThrow('error.product.newSkuStock')
    expect(mergeSkus([{ name: 'b', price: 300, stock: 2 }], [], 'create')[0]).toMatchObject({ stock: 2, sold: 0 })
  })
})

describe('record keys', () => {
  it('never let two part lists share a key, whatever separators they hold', () => {
    expect(recordKey('f', 'ab', 'c_d')).not.toBe(recordKey('f', 'ab_c', 'd'))
    expect(recordKey('f', 'a"', 'b')).not.toBe(recordKey('f', 'a', '"b'))
    expect(recordKey('f', 'ab', 'c_d')).toMatch(/^f[0-9a-f]{32}$/)
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (a, b, c, d) => (a === c && b === d) || recordKey('x', a, b) !== recordKey('x', c, d)),
    )
  })
  it('cart line keys split back uniquely: the SKU id cannot hold the separator', () => {
    expect(cartLineKey('a:b', 'c')).toBe('a:b:c')
    expect(() => cartLineKey('a', 'b:c')).toThrow()
  })
})

describe('the stock-adjust control', () => {
  it('turns typed text into +n / −n / set-to-N carrying the stock shown', () => {
    expect(changeFromInput('add', ' 3 ', 7)).toEqual({ ok: true, change: { kind: 'delta', delta: 3 } })
    expect(changeFromInput('remove', '2', 7)).toEqual({ ok: true, change: { kind: 'delta', delta: -2 } })
    expect(changeFromInput('set', '0', 7)).toEqual({ ok: true, change: { kind: 'set', to: 0, seen: 7 } })
    expect(changeFromInput('add', '0', 7)).toEqual({ ok: false, problem: 'stock.badAmount' })
    expect(changeFromInput('remove', '-2', 7).ok).toBe(false)
    expect(changeFromInput('set', '1.5', 7)).toEqual({ ok: false, problem: 'stock.badTarget' })
  })
  it('makes request ids the server accepts, and adopts a version only when nothing else moved it', () => {
    expect(newRequestId(1_700_000_000_000, () => 0.5)).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(versionAfterAdjust(3, 4)).toBe(4)
    expect(versionAfterAdjust(3, 6)).toBe(3)
    expect(versionAfterAdjust(undefined, 4)).toBeUndefined()
  })
  it('an edit form sends no stock; a new product form sends the typed stock', () => {
    const create = draftFromForm({ ...emptyForm(), title: 't', skus: [{ name: 'a', price: '1', stock: '2' }] })
    expect(create.ok && create.draft.skus[0].stock).toBe(2)
    const edit = draftFromForm({ ...emptyForm(), title: 't', version: 4, skus: [{ skuId: 's1', name: 'a', price: '1', stock: '2' }] })
    expect(edit.ok && edit.draft.skus[0]).toEqual({ skuId: 's1', name: 'a', price: 100 })
  })
})
