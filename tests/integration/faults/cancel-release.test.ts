import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AfterSale } from '../../../cloudfunctions/contracts/aftersale'
import type { OrderCreateOutput } from '../../../cloudfunctions/contracts/order'
import { addressFor, buyNow, expectOk, getOrder, OWNER, payFor, productNow, putProduct, startOrdersCloud, tick, type OrdersCloud } from '../orders/orders-kit'

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
    expect(first.data).toMatchObject({ restocked: 1 })
    expect(productNow(t, product._id).skus[0]).toMatchObject({ stock: 3, sold: 0 })
    expect(storedOrder(orderId).stockRelease).toBe('done')

    const second = await tick(t, Date.now() + 60_000)
    expect(second.data).toMatchObject({ restocked: 0 })
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

describe('a return that dies half-way is finished by cron: goods restocked once, buyer refunded once', () => {
  it('restocks and refunds after a crash between the merchant’s decision and the refund', async () => {
    const buyer = 'return-crash'
    const { product, orderId } = await placeOrder(buyer, 6, 2)
    await payFor(t, buyer, orderId)
    expectOk(await t.call('admin', 'adminOrders.ship', { orderId, carrierCode: 'shunfeng', waybillNo: 'SF9988776655' }, OWNER))
    const skuId = product.skus[0].skuId
    const as = expectOk(await t.call<AfterSale>('shop', 'aftersale.request', { orderId, kind: 'return_refund', lines: [{ skuId, quantity: 1 }], reason: '尺寸不合适', photos: [] }, buyer))
    expectOk(await t.call('admin', 'afterSales.approve', { id: as._id }, OWNER))
    expectOk(await t.call('shop', 'aftersale.submitReturnWaybill', { id: as._id, carrierCode: 'zhongtong', waybillNo: 'ZT1234567' }, buyer))

    t.cloud.faults.abortAfter('afterSale.refunding')
    expect(await t.call('admin', 'afterSales.confirmReturn', { id: as._id }, OWNER)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(productNow(t, product._id).stock).toBe(4)
    expect(t.cloud.store.collection('refunds').count({ orderId })).toBe(0)

    const later = Date.now() + 30 * 60_000
    const report = await tick(t, later)
    expect(report.data).toMatchObject({ restocked: 1, refundsResumed: 1 })
    await t.fakes.pay.settled()
    expect(productNow(t, product._id).stock).toBe(5)
    const order = await getOrder(t, buyer, orderId)
    expect(order.refundedAmount).toBe(as.refundAmount)
    expect(t.cloud.store.collection('refunds').count({ orderId })).toBe(1)

    await tick(t, later + 60 * 60_000)
    await t.fakes.pay.settled()
    expect(productNow(t, product._id).stock).toBe(5)
    expect((await getOrder(t, buyer, orderId)).refundedAmount).toBe(as.refundAmount)
    expect(t.cloud.store.collection('refunds').count({ orderId })).toBe(1)
  })
})

