/** Issue 5 acceptance 2: the pay callback trusts nothing and settles exactly once. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addressFor, buyNow, expectOk, getOrder, payFor, putProduct, startOrdersCloud, type OrdersCloud } from './orders-kit'
import type { OrderPayOutput } from '../../../cloudfunctions/contracts/order'

let t: OrdersCloud
beforeEach(async () => {
  t = await startOrdersCloud()
})
afterEach(() => t.close())

async function unpaidOrder(openid = 'buyer-pay') {
  const product = putProduct(t, [{ price: 12800, stock: 5 }])
  const address = await addressFor(t, openid)
  const created = expectOk(await buyNow(t, openid, address._id, product))
  return { product, created, openid }
}

describe('payNotify', () => {
  it('20 identical callbacks make one transition and one state-log entry', async () => {
    const { created, openid } = await unpaidOrder()
    const { result } = await payFor(t, openid, created.orderId, { times: 20 })
    expect(result.deliveries.map((d) => (d.reply as { errcode: number }).errcode)).toEqual(Array(20).fill(0))
    const order = await getOrder(t, openid, created.orderId)
    expect(order.state).toBe('paid')
    expect(order.stateLog.filter((e) => e.to === 'paid')).toHaveLength(1)
    expect(order.stateLog.map((e) => e.to)).toEqual(['pending_payment', 'paid'])
  })

  it('a callback whose totalFee differs from the payable leaves the order unpaid and flags it for the merchant', async () => {
    const { created, openid } = await unpaidOrder()
    await payFor(t, openid, created.orderId, { totalFee: 1 })
    expect((await getOrder(t, openid, created.orderId)).state).toBe('pending_payment')
    const mismatches = expectOk(await t.call<{ items: { receivedFee: number; expectedFee: number; reason: string; orderId: string }[] }>('admin', 'payments.mismatches', {}, 'test-owner'))
    expect(mismatches.items).toEqual([expect.objectContaining({ receivedFee: 1, expectedFee: created.payable, reason: 'amount_mismatch', orderId: created.orderId })])
  })

  it('the merchant dismisses a flagged payment once, with a note', async () => {
    const { created, openid } = await unpaidOrder()
    const { pay } = await payFor(t, openid, created.orderId, { totalFee: 1 })
    const resolved = expectOk(
      await t.call<{ state: string; note: string }>('admin', 'payments.resolveMismatch', { id: pay.outTradeNo, resolution: 'dismiss', note: '测试单' }, 'test-owner'),
    )
    expect(resolved).toMatchObject({ state: 'dismissed', note: '测试单' })
    const again = await t.call('admin', 'payments.resolveMismatch', { id: pay.outTradeNo, resolution: 'refund', note: 'x' }, 'test-owner')
    expect(again.ok === false && again.error.code).toBe('CONFLICT')
    const open = expectOk(await t.call<{ total: number }>('admin', 'payments.mismatches', { state: 'open' }, 'test-owner'))
    expect(open.total).toBe(0)
    const shopper = await t.call('admin', 'payments.mismatches', {}, openid)
    expect(shopper.ok === false && shopper.error.code).toBe('FORBIDDEN')
  })

  it('a callback for an unknown outTradeNo is recorded and changes nothing', async () => {
    const { created, openid } = await unpaidOrder()
    const reply = await t.cloud.invoke(
      'payNotify',
      { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: 'NOSUCHTRADE1', totalFee: 100, transactionId: 'tx-unknown-1', subOpenid: 'someone' },
      { openid: null, source: 'wx_paycallback' },
    )
    expect(reply).toEqual({ errcode: 0, errmsg: 'OK' })
    expect(t.cloud.store.collection('pay_notifications').get('tx-unknown-1')).not.toBeNull()
    expect((await getOrder(t, openid, created.orderId)).state).toBe('pending_payment')
    const mismatches = expectOk(await t.call<{ items: { outTradeNo: string; reason: string }[] }>('admin', 'payments.mismatches', {}, 'test-owner'))
    expect(mismatches.items).toEqual([expect.objectContaining({ outTradeNo: 'NOSUCHTRADE1', reason: 'unknown_trade' })])
  })

  it('a FAIL result code is acknowledged but never settles the order', async () => {
    const { created, openid } = await unpaidOrder()
    const pay = expectOk(await t.call<OrderPayOutput>('shop', 'order.pay', { orderId: created.orderId }, openid))
    if (pay.kind !== 'wechat') throw new Error('expected wechat')
    const reply = await t.cloud.invoke(
      'payNotify',
      { returnCode: 'SUCCESS', resultCode: 'FAIL', outTradeNo: pay.outTradeNo, totalFee: created.payable },
      { openid: null, source: 'wx_paycallback' },
    )
    expect(reply).toMatchObject({ errcode: 0 })
    expect((await getOrder(t, openid, created.orderId)).state).toBe('pending_payment')
  })

  it('a forged "paid" notification sent by a client is refused and settles nothing', async () => {
    const { created, openid } = await unpaidOrder()
    const pay = expectOk(await t.call<OrderPayOutput>('shop', 'order.pay', { orderId: created.orderId }, openid))
    if (pay.kind !== 'wechat') throw new Error('expected wechat')
    const forged = { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: pay.outTradeNo, totalFee: created.payable, transactionId: 'forged' }
    const reply = await t.cloud.invoke('payNotify', forged, { openid, source: 'wx_client' })
    expect(reply).toEqual({ errcode: 0, errmsg: 'ignored: FORBIDDEN' })
    expect((await getOrder(t, openid, created.orderId)).state).toBe('pending_payment')
  })

  it('order.pay twice hands back the same trade number while the prepay lives', async () => {
    const { created, openid } = await unpaidOrder()
    const a = expectOk(await t.call<OrderPayOutput>('shop', 'order.pay', { orderId: created.orderId }, openid))
    const b = expectOk(await t.call<OrderPayOutput>('shop', 'order.pay', { orderId: created.orderId }, openid))
    expect(a.kind === 'wechat' && b.kind === 'wechat' && a.outTradeNo === b.outTradeNo).toBe(true)
    expect(a.kind === 'wechat' && a.payment.package).toMatch(/^prepay_id=/)
  })

  it("another shopper cannot pay or read someone else's order", async () => {
    const { created } = await unpaidOrder()
    const res = await t.call('shop', 'order.pay', { orderId: created.orderId }, 'someone-else')
    expect(res.ok === false && res.error.code).toBe('NOT_FOUND')
    const get = await t.call('shop', 'order.get', { orderId: created.orderId }, 'someone-else')
    expect(get.ok === false && get.error.code).toBe('NOT_FOUND')
  })
})
