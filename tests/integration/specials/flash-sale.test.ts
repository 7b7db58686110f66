/**
 * 秒杀 through the built bundles: a crowd of buyers never gets more than the sale holds, nobody beats the
 * per-shopper limit, the SKU's normal stock is not touched by the sale's buyers, a cancelled order gives
 * its unit back to the sale, and the units nobody bought go back to normal stock exactly once when the
 * window ends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrderCreateOutput } from '../../../cloudfunctions/contracts/order'
import type { Quote } from '../../../cloudfunctions/contracts/checkout'
import type { ProductSpecials } from '../../../cloudfunctions/contracts/specials'
import { expectOk, newRequestId, productNow, putProduct, startOrdersCloud, tick, type OrdersCloud } from '../orders/orders-kit'
import { addressesFor, bucketsLeft, createFlashSale } from './specials-kit'

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
})
afterAll(() => t?.close())

const flashBuy = (openid: string, addressId: string, productId: string, skuId: string, flashSaleId: string, quantity = 1) =>
  t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { buyNow: { productId, skuId, quantity, flashSaleId } }, addressId }, openid)

describe('flash sale', () => {
  it('1 000 concurrent buyers of a 10-unit sale, limit 1: exactly 10 orders, nobody with two, flash stock 0, normal stock untouched', async () => {
    const product = putProduct(t, [{ price: 19900, stock: 50 }])
    const sale = await createFlashSale(t, product, { quantity: 10, limit: 1 })
    expect(productNow(t, product._id).skus[0].stock).toBe(40)
    // 500 shoppers, each sending two order requests at once (a double tap and a second device).
    const shoppers = Array.from({ length: 500 }, (_, i) => `flash-buyer-${i}`)
    const addresses = await addressesFor(t, shoppers)
    const replies = await Promise.all(
      Array.from({ length: 1_000 }, (_, i) => {
        const who = shoppers[i % 500]
        return flashBuy(who, addresses.get(who)!, product._id, product.skus[0].skuId, sale._id)
      }),
    )
    const ok = replies.filter((r) => r.ok)
    const refusals = new Set(replies.flatMap((r) => (r.ok ? [] : [r.error.code])))
    expect(ok).toHaveLength(10)
    expect([...refusals].every((c) => c === 'SOLD_OUT' || c === 'CONFLICT')).toBe(true)
    const orders = t.cloud.store.collection('orders').find({ flashSaleId: sale._id }) as { openid: string; payable: number; items: { unitPrice: number }[] }[]
    expect(orders).toHaveLength(10)
    expect(new Set(orders.map((o) => o.openid)).size).toBe(10)
    expect(orders.every((o) => o.items[0].unitPrice === 990)).toBe(true)
    expect(bucketsLeft(t, sale._id)).toBe(0)
    expect(productNow(t, product._id).skus[0].stock).toBe(40)
    const claims = t.cloud.store.collection('flash_claims').find({ saleId: sale._id }) as { units: number }[]
    expect(claims.reduce((n, c) => n + c.units, 0)).toBe(10)
    expect(claims.every((c) => c.units <= 1)).toBe(true)
  }, 120_000)

  it('quotes at the flash price with the special marked; a second unit over the limit is refused', async () => {
    const product = putProduct(t, [{ price: 19900, stock: 5 }])
    const sale = await createFlashSale(t, product, { quantity: 5, limit: 1, price: 1990 })
    const [addressId] = [...(await addressesFor(t, ['flash-quoter'])).values()]
    const quote = expectOk(
      await t.call<Quote>('shop', 'checkout.quote', { source: { buyNow: { productId: product._id, skuId: product.skus[0].skuId, quantity: 1, flashSaleId: sale._id } }, addressId }, 'flash-quoter'),
    )
    // The SKU's normal stock is 0 now (all 5 reserved for the sale), yet the flash line can be ordered.
    expect(productNow(t, product._id).skus[0].stock).toBe(0)
    expect(quote.canOrder).toBe(true)
    expect(quote.goodsTotal).toBe(1990)
    const over = await flashBuy('flash-quoter', addressId, product._id, product.skus[0].skuId, sale._id, 2)
    expect(over.ok ? null : over.error.code).toBe('CONFLICT')
    expect(bucketsLeft(t, sale._id)).toBe(5)
    const specials = expectOk(await t.call<ProductSpecials>('shop', 'specials.forProduct', { productId: product._id }, null))
    expect(specials.flash).toMatchObject({ saleId: sale._id, price: 1990, phase: 'live', remaining: 5 })
  })

  it('a cancelled flash order gives its unit back to the sale (and the shopper may buy again); the window end returns unsold units to normal stock once', async () => {
    const product = putProduct(t, [{ price: 19900, stock: 20 }])
    // Ends in 2 minutes: the settlement tick comes well before the pending order's pay deadline.
    const endAt = Date.now() + 120_000
    const sale = await createFlashSale(t, product, { quantity: 10, limit: 1, endAt })
    const [addressId] = [...(await addressesFor(t, ['flash-canceller'])).values()]
    const first = expectOk(await flashBuy('flash-canceller', addressId, product._id, product.skus[0].skuId, sale._id))
    expect(bucketsLeft(t, sale._id)).toBe(9)
    const again = await flashBuy('flash-canceller', addressId, product._id, product.skus[0].skuId, sale._id)
    expect(again.ok ? null : again.error.code).toBe('CONFLICT')
    expectOk(await t.call('shop', 'order.cancel', { orderId: first.orderId }, 'flash-canceller'))
    expect(bucketsLeft(t, sale._id)).toBe(10)
    expect(productNow(t, product._id).skus[0].stock).toBe(10)
    const second = expectOk(await flashBuy('flash-canceller', addressId, product._id, product.skus[0].skuId, sale._id))
    expect(bucketsLeft(t, sale._id)).toBe(9)

    // The window ends: 9 unsold units go back to the SKU, once, however often cron runs.
    await tick(t, endAt + 1_000)
    await tick(t, endAt + 2_000)
    expect(bucketsLeft(t, sale._id)).toBe(0)
    expect(productNow(t, product._id).skus[0].stock).toBe(19)
    expect(t.cloud.store.collection('flash_sales').get(sale._id)).toMatchObject({ returnedUnits: 9 })
    // The pending order, cancelled after the sale settled, returns its unit to normal stock.
    expectOk(await t.call('shop', 'order.cancel', { orderId: second.orderId }, 'flash-canceller'))
    expect(productNow(t, product._id).skus[0]).toMatchObject({ stock: 20, sold: 0 })
    expect(bucketsLeft(t, sale._id)).toBe(0)
  })

  it('the same request sent 20 times at once: one order, one unit, one claim', async () => {
    const product = putProduct(t, [{ price: 19900, stock: 10 }])
    const sale = await createFlashSale(t, product, { quantity: 10, limit: 1 })
    const [addressId] = [...(await addressesFor(t, ['flash-twin'])).values()]
    const input = { clientRequestId: newRequestId(), source: { buyNow: { productId: product._id, skuId: product.skus[0].skuId, quantity: 1, flashSaleId: sale._id } }, addressId }
    const replies = await Promise.all(Array.from({ length: 20 }, () => t.call<OrderCreateOutput>('shop', 'order.create', input, 'flash-twin')))
    const ids = new Set(replies.flatMap((r) => (r.ok ? [r.data.orderId] : [])))
    expect(ids.size).toBe(1)
    expect(t.cloud.store.collection('orders').find({ flashSaleId: sale._id })).toHaveLength(1)
    expect(bucketsLeft(t, sale._id)).toBe(9)
    expect(t.cloud.store.collection('flash_claims').find({ saleId: sale._id })).toEqual([expect.objectContaining({ units: 1, orderIds: [...ids] })])
  })

  it('a sale needs the units on the shelf: asking for more than the SKU holds is refused and changes nothing', async () => {
    const product = putProduct(t, [{ price: 19900, stock: 3 }])
    const now = Date.now()
    const r = await t.call('admin', 'flashSales.save', { name: '秒杀', productId: product._id, skuId: product.skus[0].skuId, price: 100, quantity: 4, perShopperLimit: 1, startAt: now, endAt: now + 60_000 }, 'test-owner')
    expect(r.ok ? null : r.error.code).toBe('CONFLICT')
    expect(productNow(t, product._id).skus[0].stock).toBe(3)
    expect(t.cloud.store.collection('flash_sales').find({ productId: product._id })).toHaveLength(0)
  })
})
