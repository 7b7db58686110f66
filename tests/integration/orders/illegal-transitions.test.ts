/**
 * A move its machine does not allow from the current state changes nothing and answers CONFLICT with a
 * message key the client can translate: racing approvals, paying a cancelled order, shipping a refunded
 * one, and the other illegal edges a person can reach from a page.
 */
// Order and after-sale words load with their subpackage pages, which register every area's text.
import '../../../src/i18n/all-messages'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AfterSale } from '../../../cloudfunctions/contracts/aftersale'
import type { OrderCreateOutput } from '../../../cloudfunctions/contracts/order'
import { describeError } from '../../../src/i18n/translate'
import { addressFor, buyNow, expectOk, OWNER, payFor, putProduct, startOrdersCloud, type OrdersCloud } from './orders-kit'

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
})
afterAll(() => t?.close())

const stored = (id: string) => JSON.stringify(t.cloud.store.collection('orders').get(id))
let n = 0

async function order(stage: 'unpaid' | 'paid' | 'shipped', quantity = 2) {
  const buyer = `illegal-${++n}`
  const product = putProduct(t, [{ price: 6_600, stock: 10 }])
  const address = await addressFor(t, buyer)
  const orderId = (expectOk(await buyNow(t, buyer, address._id, product, quantity)) as OrderCreateOutput).orderId
  if (stage !== 'unpaid') await payFor(t, buyer, orderId)
  if (stage === 'shipped') expectOk(await t.call('admin', 'adminOrders.ship', { orderId, carrierCode: 'shunfeng', waybillNo: `SF${Date.now()}${n}` }, OWNER))
  return { buyer, orderId, skuId: product.skus[0].skuId }
}

/** Calls `attempt`, expects CONFLICT with a translatable key, and that the order did not change at all. */
async function refusedWithoutChange(orderId: string, attempt: () => Promise<{ ok: boolean; error?: { code: string; key?: string } }>) {
  const before = stored(orderId)
  const result = await attempt()
  expect(result.ok).toBe(false)
  expect(result.error?.code).toBe('CONFLICT')
  expect(result.error?.key).toMatch(/^error\.(transition|changed|pay|afterSale|order)\./)
  expect(describeError('en', result.error as never)).not.toMatch(/^error\./)
  expect(describeError('zh-CN', result.error as never)).not.toMatch(/^error\./)
  expect(stored(orderId)).toBe(before)
  return result
}

describe('order machine: illegal edges', () => {
  it('shipping an unpaid order, or shipping twice', async () => {
    const unpaid = await order('unpaid')
    await refusedWithoutChange(unpaid.orderId, () => t.call('admin', 'adminOrders.ship', { orderId: unpaid.orderId, carrierCode: 'shunfeng', waybillNo: 'SF1000000001' }, OWNER))
    const shipped = await order('shipped')
    const again = await refusedWithoutChange(shipped.orderId, () =>
      t.call('admin', 'adminOrders.ship', { orderId: shipped.orderId, carrierCode: 'shunfeng', waybillNo: 'SF1000000002' }, OWNER),
    )
    expect(again.error?.key).toBe('error.transition.order.ship')
    // The raw state is a param the client translates: no "shipped" code word on screen.
    expect(describeError('en', again.error as never)).toMatch(/^Only a paid, unshipped order can be shipped \(now: [A-Z][^)]*\)$/)
    expect(describeError('en', again.error as never)).not.toContain('(now: shipped)')
  })

  it('shipping an order that was refunded in full', async () => {
    const o = await order('paid', 1)
    const as = expectOk(await t.call<AfterSale>('shop', 'aftersale.request', { orderId: o.orderId, kind: 'refund_only', lines: [{ skuId: o.skuId, quantity: 1 }], reason: '不要了', photos: [] }, o.buyer))
    expectOk(await t.call('admin', 'afterSales.approve', { id: as._id }, OWNER))
    await t.fakes.pay.settled()
    expect(JSON.parse(stored(o.orderId)).state).toBe('refunded')
    await refusedWithoutChange(o.orderId, () => t.call('admin', 'adminOrders.ship', { orderId: o.orderId, carrierCode: 'shunfeng', waybillNo: 'SF1000000003' }, OWNER))
  })

  it('cancelling a paid order, confirming receipt of an unshipped one, paying a paid one', async () => {
    const o = await order('paid')
    await refusedWithoutChange(o.orderId, () => t.call('shop', 'order.cancel', { orderId: o.orderId }, o.buyer))
    await refusedWithoutChange(o.orderId, () => t.call('shop', 'order.confirmReceipt', { orderId: o.orderId }, o.buyer))
    await refusedWithoutChange(o.orderId, () => t.call('shop', 'order.pay', { orderId: o.orderId }, o.buyer))
  })

  it('a pay callback after the cancel leaves the order cancelled and sends the money back', async () => {
    // WeChat refuses to close a prepay in its first 5 minutes, so the buyer can still pay it after the cancel.
    const strict = await startOrdersCloud({ strictCloseDelay: true })
    try {
      const buyer = 'late-payer'
      const product = putProduct(strict, [{ price: 6_600, stock: 3 }])
      const address = await addressFor(strict, buyer)
      const orderId = (expectOk(await buyNow(strict, buyer, address._id, product, 1)) as OrderCreateOutput).orderId
      const pay = expectOk(await strict.call<{ outTradeNo: string }>('shop', 'order.pay', { orderId }, buyer))
      expectOk(await strict.call('shop', 'order.cancel', { orderId }, buyer))
      const cancelled = strict.cloud.store.collection('orders').get(orderId) as { stateLog: unknown[] }
      await strict.fakes.pay.simulatePay(pay.outTradeNo, { openid: buyer })
      await strict.fakes.pay.settled()
      const after = strict.cloud.store.collection('orders').get(orderId) as { state: string; stateLog: unknown[]; refundedAmount: number }
      expect(after.state).toBe('cancelled')
      expect(after.stateLog).toEqual(cancelled.stateLog)
      const refunds = strict.cloud.store.collection('refunds').find({ outTradeNo: pay.outTradeNo }) as { state: string; purpose: { kind: string } }[]
      expect(refunds.map((r) => [r.state, r.purpose.kind])).toEqual([['success', 'latePayment']])
      expect((strict.cloud.store.collection('payments').get(pay.outTradeNo) as { state: string }).state).toBe('refunded')
    } finally {
      strict.close()
    }
  })

  it('no prepay is opened on an order whose cancel has begun', async () => {
    const o = await order('unpaid')
    t.cloud.store.collection('orders').update({ _id: o.orderId }, { $set: { cancelStartedAt: Date.now() } })
    await refusedWithoutChange(o.orderId, () => t.call('shop', 'order.pay', { orderId: o.orderId }, o.buyer))
    expect((await t.fakes.pay.listPrepays()).filter((p) => p.outTradeNo.startsWith(JSON.parse(stored(o.orderId)).orderNo))).toEqual([])
  })
})

describe('after-sale machine: illegal edges', () => {
  it('two racing approvals: one wins, the other is refused and nothing is refunded twice', async () => {
    const o = await order('paid')
    const as = expectOk(await t.call<AfterSale>('shop', 'aftersale.request', { orderId: o.orderId, kind: 'refund_only', lines: [{ skuId: o.skuId, quantity: 1 }], reason: '不要了', photos: [] }, o.buyer))
    const results = await Promise.all([1, 2, 3].map(() => t.call('admin', 'afterSales.approve', { id: as._id }, OWNER)))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    await t.fakes.pay.settled()
    expect(t.cloud.store.collection('refunds').find({ orderId: o.orderId })).toHaveLength(1)
    await refusedWithoutChange(o.orderId, () => t.call('admin', 'afterSales.reject', { id: as._id, note: '晚了' }, OWNER))
  })

  it('a return waybill before approval, confirming a return that was never approved', async () => {
    const o = await order('shipped')
    const as = expectOk(await t.call<AfterSale>('shop', 'aftersale.request', { orderId: o.orderId, kind: 'return_refund', lines: [{ skuId: o.skuId, quantity: 1 }], reason: '尺寸不合', photos: [] }, o.buyer))
    await refusedWithoutChange(o.orderId, () => t.call('shop', 'aftersale.submitReturnWaybill', { id: as._id, carrierCode: 'zhongtong', waybillNo: 'ZT12345678' }, o.buyer))
    await refusedWithoutChange(o.orderId, () => t.call('admin', 'afterSales.confirmReturn', { id: as._id }, OWNER))
  })
})
