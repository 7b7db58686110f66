/** Issue 5 acceptance 3 and 4: stock is never oversold, and a failed order gives every unit back. */
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { OrderCreateOutput } from '../../../cloudfunctions/contracts/order'
import { addressFor, buyNow, expectOk, newRequestId, productNow, putProduct, startOrdersCloud, type OrdersCloud } from './orders-kit'

let t: OrdersCloud
beforeEach(async () => {
  t = await startOrdersCloud()
})
afterEach(() => t.close())

it('2 000 concurrent buyers of a one-of-a-kind piece: exactly one order, everyone else SOLD_OUT', async () => {
  const piece = putProduct(t, [{ price: 88800, stock: 1 }], { unique: true })
  const buyers = Array.from({ length: 2000 }, (_, i) => `buyer-${i}`)
  // Addresses first (not part of the race), in small batches.
  const addresses = new Map<string, string>()
  for (let i = 0; i < buyers.length; i += 200) {
    await Promise.all(buyers.slice(i, i + 200).map(async (b) => addresses.set(b, (await addressFor(t, b))._id)))
  }
  const results = await Promise.all(buyers.map((b) => buyNow(t, b, addresses.get(b)!, piece)))
  const wins = results.filter((r) => r.ok)
  const codes = new Set(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code)))
  expect(wins).toHaveLength(1)
  expect([...codes]).toEqual(['SOLD_OUT'])
  expect(t.cloud.store.collection('orders').count({})).toBe(1)
  const after = productNow(t, piece._id)
  expect(after.skus[0]).toMatchObject({ stock: 0, sold: 1 })
  expect(after).toMatchObject({ stock: 0, sold: 1 })
}, 120_000)

it('a two-item order whose second item is short leaves the first item stock unchanged and names the item', async () => {
  const plenty = putProduct(t, [{ price: 5900, stock: 10 }])
  const scarce = putProduct(t, [{ price: 18900, stock: 1 }])
  const address = await addressFor(t, 'buyer-two')
  expectOk(await t.call('shop', 'cart.add', { productId: plenty._id, skuId: plenty.skus[0].skuId, quantity: 2 }, 'buyer-two'))
  expectOk(await t.call('shop', 'cart.add', { productId: scarce._id, skuId: scarce.skus[0].skuId, quantity: 1 }, 'buyer-two'))
  // Someone else takes the last scarce unit after it went into the cart.
  expectOk(await buyNow(t, 'quicker', (await addressFor(t, 'quicker'))._id, scarce))
  const res = await t.call('shop', 'order.create', { clientRequestId: newRequestId(), source: { fromCart: true }, addressId: address._id }, 'buyer-two')
  expect(res.ok).toBe(false)
  if (res.ok) return
  expect(res.error.code).toBe('SOLD_OUT')
  expect(res.error.details).toMatchObject({ productId: scarce._id, skuId: scarce.skus[0].skuId, title: scarce.title })
  expect(res.error).toMatchObject({ key: 'error.stock.soldOut', params: { title: scarce.title } })
  expect(productNow(t, plenty._id).skus[0]).toMatchObject({ stock: 10, sold: 0 })
  expect(productNow(t, plenty._id).stock).toBe(10)
})

it('when the second SKU sells out between the check and the take, the first decrement is restored', async () => {
  const plenty = putProduct(t, [{ price: 5900, stock: 10 }])
  const scarce = putProduct(t, [{ price: 18900, stock: 5 }])
  const address = await addressFor(t, 'racer')
  expectOk(await t.call('shop', 'cart.add', { productId: plenty._id, skuId: plenty.skus[0].skuId, quantity: 3 }, 'racer'))
  expectOk(await t.call('shop', 'cart.add', { productId: scarce._id, skuId: scarce.skus[0].skuId, quantity: 5 }, 'racer'))
  // 5 buyers of one unit each race the cart order of 5 units: exactly one of the two sides can be whole.
  const others = await Promise.all(Array.from({ length: 5 }, async (_, i) => ({ id: `o${i}`, addr: (await addressFor(t, `o${i}`))._id })))
  const [cartOrder, ...singles] = await Promise.all([
    t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { fromCart: true }, addressId: address._id }, 'racer'),
    ...others.map((o) => buyNow(t, o.id, o.addr, scarce)),
  ])
  const soldScarce = (cartOrder.ok ? 5 : 0) + singles.filter((s) => s.ok).length
  expect(soldScarce).toBeLessThanOrEqual(5)
  expect(productNow(t, scarce._id).skus[0].stock).toBe(5 - soldScarce)
  expect(productNow(t, plenty._id).skus[0].stock).toBe(cartOrder.ok ? 7 : 10)
})

it('a fault between the stock decrement and the order insert restores the stock and leaves no order', async () => {
  const product = putProduct(t, [{ price: 12800, stock: 3 }, { price: 15800, stock: 2 }])
  const address = await addressFor(t, 'faulty')
  expectOk(await t.call('shop', 'cart.add', { productId: product._id, skuId: product.skus[0].skuId, quantity: 2 }, 'faulty'))
  expectOk(await t.call('shop', 'cart.add', { productId: product._id, skuId: product.skus[1].skuId, quantity: 1 }, 'faulty'))
  t.cloud.faults.abortAfter('order.stockReserved')
  const res = await t.call('shop', 'order.create', { clientRequestId: newRequestId(), source: { fromCart: true }, addressId: address._id }, 'faulty')
  expect(res.ok === false && res.error.code).toBe('INTERNAL')
  expect(t.cloud.faults.fired()).toEqual(['order.stockReserved'])
  const after = productNow(t, product._id)
  expect(after.skus.map((s) => [s.stock, s.sold])).toEqual([[3, 0], [2, 0]])
  expect(after).toMatchObject({ stock: 5, sold: 0 })
  expect(t.cloud.store.collection('orders').count({})).toBe(0)
  // The cart is untouched, so the shopper can simply try again.
  const retry = await t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { fromCart: true }, addressId: address._id }, 'faulty')
  expect(expectOk(retry).state).toBe('pending_payment')
})

it('a failed order insert (database write error) also restores the stock', async () => {
  const product = putProduct(t, [{ price: 12800, stock: 3 }])
  const address = await addressFor(t, 'faulty2')
  // Writes of order.create: stock decrement (1), order insert (2).
  t.cloud.faults.failNthWrite(2)
  const res = await buyNow(t, 'faulty2', address._id, product, 2)
  expect(res.ok).toBe(false)
  expect(productNow(t, product._id).skus[0]).toMatchObject({ stock: 3, sold: 0 })
  expect(t.cloud.store.collection('orders').count({})).toBe(0)
})

it('order.create is idempotent on clientRequestId, even when the retries race', async () => {
  const product = putProduct(t, [{ price: 12800, stock: 10 }])
  const address = await addressFor(t, 'retrier')
  const input = { clientRequestId: newRequestId(), source: { buyNow: { productId: product._id, skuId: product.skus[0].skuId, quantity: 2 } }, addressId: address._id }
  const results = await Promise.all(Array.from({ length: 10 }, () => t.call<OrderCreateOutput>('shop', 'order.create', input, 'retrier')))
  const ids = new Set(results.map((r) => expectOk(r).orderId))
  expect(ids.size).toBe(1)
  expect(results.filter((r) => r.ok && !r.data.repeated).length).toBeLessThanOrEqual(1)
  expect(t.cloud.store.collection('orders').count({})).toBe(1)
  expect(productNow(t, product._id).skus[0]).toMatchObject({ stock: 8, sold: 2 })
})
