/** Cart, address book and checkout quote through the built shop bundle. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Address } from '../../../cloudfunctions/contracts/address'
import type { CartAddOutput, CartView } from '../../../cloudfunctions/contracts/cart'
import type { Quote } from '../../../cloudfunctions/contracts/checkout'
import { addressFor, expectOk, putProduct, startOrdersCloud, type OrdersCloud } from './orders-kit'

let t: OrdersCloud
beforeEach(async () => {
  t = await startOrdersCloud()
})
afterEach(() => t.close())

describe('cart', () => {
  it('merges the same SKU, caps quantities at stock, and counts the badge', async () => {
    const p = putProduct(t, [{ price: 5900, stock: 3 }, { price: 7900, stock: 10 }])
    expectOk(await t.call('shop', 'cart.add', { productId: p._id, skuId: p.skus[0].skuId, quantity: 2 }, 'carter'))
    const view = expectOk(await t.call<CartAddOutput>('shop', 'cart.add', { productId: p._id, skuId: p.skus[0].skuId, quantity: 2 }, 'carter'))
    // Asked for 2 more, only 1 fit under stock 3: the reply says so, so the page never claims "added 2".
    expect(view).toMatchObject({ added: 1, inCart: 3 })
    const full = expectOk(await t.call<CartAddOutput>('shop', 'cart.add', { productId: p._id, skuId: p.skus[0].skuId, quantity: 1 }, 'carter'))
    expect(full).toMatchObject({ added: 0, inCart: 3 })
    expect(view.lines).toHaveLength(1)
    expect(view.lines[0]).toMatchObject({ quantity: 3, stock: 3, valid: true, unitPrice: 5900, title: p.title, skuName: '6mm', cover: p.media.images[0] })
    const two = expectOk(await t.call<CartView>('shop', 'cart.add', { productId: p._id, skuId: p.skus[1].skuId }, 'carter'))
    expect(two.badgeCount).toBe(4)
    expect(expectOk(await t.call<{ badgeCount: number }>('shop', 'cart.count', {}, 'carter')).badgeCount).toBe(4)
    expect(two.selectedGoodsTotal).toBe(3 * 5900 + 7900)
    const line = two.lines.find((l) => l.skuId === p.skus[1].skuId)!
    const updated = expectOk(await t.call<CartView>('shop', 'cart.update', { lineId: line.lineId, quantity: 50 }, 'carter'))
    expect(updated.lines.find((l) => l.lineId === line.lineId)!.quantity).toBe(10)
    const unselected = expectOk(await t.call<CartView>('shop', 'cart.select', { selected: false }, 'carter'))
    expect(unselected.selectedCount).toBe(0)
    const removed = expectOk(await t.call<CartView>('shop', 'cart.remove', { lineIds: [line.lineId] }, 'carter'))
    expect(removed.lines).toHaveLength(1)
  })

  it('flags sold-out, unlisted and short lines instead of dropping them', async () => {
    const a = putProduct(t, [{ price: 5900, stock: 5 }])
    const b = putProduct(t, [{ price: 5900, stock: 5 }])
    const c = putProduct(t, [{ price: 5900, stock: 5 }])
    for (const p of [a, b, c]) expectOk(await t.call('shop', 'cart.add', { productId: p._id, skuId: p.skus[0].skuId, quantity: 3 }, 'flagged'))
    t.cloud.store.collection('products').update({ _id: a._id }, { $set: { 'skus.0.stock': 0 } })
    t.cloud.store.collection('products').update({ _id: b._id }, { $set: { status: 'off' } })
    t.cloud.store.collection('products').update({ _id: c._id }, { $set: { 'skus.0.stock': 1 } })
    const view = expectOk(await t.call<CartView>('shop', 'cart.get', {}, 'flagged'))
    const reason = (id: string) => view.lines.find((l) => l.productId === id)!.invalidReason
    expect([reason(a._id), reason(b._id), reason(c._id)]).toEqual(['sold_out', 'unlisted', 'stock_short'])
    expect(view.selectedGoodsTotal).toBe(0)
  })

  it('refuses a sold-out SKU and keeps carts apart between shoppers', async () => {
    const p = putProduct(t, [{ price: 5900, stock: 0 }])
    const res = await t.call('shop', 'cart.add', { productId: p._id, skuId: p.skus[0].skuId }, 'someone')
    expect(res.ok === false && res.error.code).toBe('SOLD_OUT')
    const q = putProduct(t, [{ price: 5900, stock: 4 }])
    const mine = expectOk(await t.call<CartView>('shop', 'cart.add', { productId: q._id, skuId: q.skus[0].skuId }, 'me'))
    expect(expectOk(await t.call<CartView>('shop', 'cart.get', {}, 'other')).lines).toEqual([])
    const steal = await t.call('shop', 'cart.update', { lineId: mine.lines[0].lineId, quantity: 2 }, 'other')
    expect(steal.ok === false && steal.error.code).toBe('NOT_FOUND')
  })

  it('needs a signed-in shopper', async () => {
    const res = await t.call('shop', 'cart.get', {}, null)
    expect(res.ok === false && res.error.code).toBe('UNAUTHENTICATED')
  })
})

describe('address book', () => {
  it('makes the first address the default, moves the default, and promotes one when the default is removed', async () => {
    const first = await addressFor(t, 'addr')
    expect(first.isDefault).toBe(true)
    const second = expectOk(await t.call<Address>('shop', 'address.save', { ...strip(first), detail: '另一个地址 2 号' }, 'addr'))
    expect(second.isDefault).toBe(false)
    const afterSet = expectOk(await t.call<Address[]>('shop', 'address.setDefault', { id: second._id }, 'addr'))
    expect(afterSet.map((a) => [a._id, a.isDefault])).toEqual([[second._id, true], [first._id, false]])
    const afterRemove = expectOk(await t.call<Address[]>('shop', 'address.remove', { id: second._id }, 'addr'))
    expect(afterRemove.map((a) => [a._id, a.isDefault])).toEqual([[first._id, true]])
    const edited = expectOk(await t.call<Address>('shop', 'address.save', { ...strip(first), id: first._id, name: '王小石' }, 'addr'))
    expect(edited).toMatchObject({ name: '王小石', isDefault: true })
  })

  it('rejects a malformed phone and hides other shoppers addresses', async () => {
    const bad = await t.call('shop', 'address.save', { name: 'x', phone: '123', province: 'a', city: 'b', district: 'c', detail: 'd' }, 'addr')
    expect(bad.ok === false && bad.error.code).toBe('INVALID_INPUT')
    const mine = await addressFor(t, 'owner-of-address')
    const res = await t.call('shop', 'address.remove', { id: mine._id }, 'thief')
    expect(res.ok === false && res.error.code).toBe('NOT_FOUND')
  })
})

function strip(a: Address) {
  const { _id, updatedAt, isDefault, ...fields } = a
  void _id
  void updatedAt
  void isDefault
  return fields
}

describe('checkout.quote', () => {
  it('prices the selected cart lines line by line, with ¥10 shipping under ¥99', async () => {
    const p = putProduct(t, [{ price: 3900, stock: 5 }, { price: 4500, stock: 5 }])
    expectOk(await t.call('shop', 'cart.add', { productId: p._id, skuId: p.skus[0].skuId, quantity: 1 }, 'quoter'))
    expectOk(await t.call('shop', 'cart.add', { productId: p._id, skuId: p.skus[1].skuId, quantity: 1 }, 'quoter'))
    const quote = expectOk(await t.call<Quote>('shop', 'checkout.quote', { source: { fromCart: true } }, 'quoter'))
    expect(quote).toMatchObject({ goodsTotal: 8400, discountTotal: 0, shippingFee: 1000, payable: 9400, canOrder: true })
    // Same order as the cart page: newest line first.
    expect(quote.lines.map((l) => [l.kind, l.amount])).toEqual([['item', 4500], ['item', 3900], ['shipping', 1000]])
    expect(quote.lines.every((l) => typeof l.reason.key === 'string' && l.reason.key.startsWith('price.'))).toBe(true)
  })

  it('ships free from ¥99 and quotes a buy-now item without touching the cart', async () => {
    const p = putProduct(t, [{ price: 9900, stock: 5 }])
    const quote = expectOk(
      await t.call<Quote>('shop', 'checkout.quote', { source: { buyNow: { productId: p._id, skuId: p.skus[0].skuId, quantity: 2 } } }, 'quoter'),
    )
    expect(quote).toMatchObject({ goodsTotal: 19800, shippingFee: 0, payable: 19800 })
  })

  it('says the order cannot be placed when an item is short', async () => {
    const p = putProduct(t, [{ price: 9900, stock: 1 }])
    const quote = expectOk(
      await t.call<Quote>('shop', 'checkout.quote', { source: { buyNow: { productId: p._id, skuId: p.skus[0].skuId, quantity: 2 } } }, 'quoter'),
    )
    expect(quote.canOrder).toBe(false)
    expect(quote.items[0]).toMatchObject({ valid: false, invalidReason: 'stock_short', stock: 1 })
  })
})
