import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrderCreateOutput } from '../../../cloudfunctions/contracts/order'
import { addressFor, buyNow, expectOk, productNow, putProduct, startOrdersCloud, tick, type OrdersCloud } from '../orders/orders-kit'

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
})
afterAll(() => t?.close())

async function placeOrder(openid: string, stock: number, quantity: number) {
  const product = putProduct(t, [{ price: 12_800, stock }])
  const address = await addressFor(t, openid)
  const order = expectOk(await buyNow(t, openid, address._id, product, quantity)) as OrderCreateOutput
  expect(productNow(t, product._id).skus[0].stock).toBe(stock - quantity)
  return { product, orderId: order.orderId }
}

const storedOrder = (id: string) => t.cloud.store.collection('orders').get(id) as { state: string; stockRelease?: string }

describe('a cancelled order puts its stock back exactly once, even if the function dies', () => {
  it('a normal cancel restores stock and sold once; cancelling again changes nothing', async () => {
    const { product, orderId } = await placeOrder('cancel-ok', 5, 2)
    expectOk(await t.call('shop', 'order.cancel', { orderId }, 'cancel-ok'))
    const after = productNow(t, product._id)
    expect(after.skus[0]).toMatchObject({ stock: 5, sold: 0 })
    expect(after).toMatchObject({ stock: 5, sold: 0 })
    expect(storedOrder(orderId).stockRelease).toBe('done')
    expect(await t.call('shop', 'order.cancel', { orderId }, 'cancel-ok')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(productNow(t, product._id).stock).toBe(5)
  })

  it('a cancel that dies after winning leaves the release pending; the next cron tick finishes it, once', async () => {
    const { product, orderId } = await placeOrder('cancel-crash', 3, 1)
    t.cloud.faults.abortAfter('order.cancelled')
    const crashed = await t.call('shop', 'order.cancel', { orderId }, 'cancel-crash')
    expect(crashed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(t.cloud.faults.fired()).toContain('order.cancelled')
    expect(storedOrder(orderId)).toMatchObject({ state: 'cancelled', stockRelease: 'pending' })
    expect(productNow(t, product._id).stock).toBe(2)

    const first = await tick(t, Date.now())
    expect(first.data).toMatchObject({ stockReleased: 1 })
    expect(productNow(t, product._id).skus[0]).toMatchObject({ stock: 3, sold: 0 })
    expect(storedOrder(orderId).stockRelease).toBe('done')

    const second = await tick(t, Date.now() + 60_000)
    expect(second.data).toMatchObject({ stockReleased: 0 })
    expect(productNow(t, product._id).stock).toBe(3)
  })

  it('a failed write inside the release transaction leaves everything as it was, to be retried', async () => {
    const { product, orderId } = await placeOrder('cancel-fail', 4, 1)
    t.cloud.faults.abortAfter('order.cancelled')
    await t.call('shop', 'order.cancel', { orderId }, 'cancel-fail')
    t.cloud.faults.failNthWrite(2) // the order's flag, after the product increment, in one transaction
    await tick(t, Date.now())
    t.cloud.faults.clear()
    const stock = productNow(t, product._id).stock
    const pending = storedOrder(orderId).stockRelease === 'pending'
    // All or nothing: either still pending with stock untouched, or done with stock back.
    expect(pending ? stock === 3 : stock === 4).toBe(true)
    await tick(t, Date.now() + 120_000)
    expect(productNow(t, product._id).stock).toBe(4)
    expect(storedOrder(orderId).stockRelease).toBe('done')
  })
})
