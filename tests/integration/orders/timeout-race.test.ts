/** Issue 5 acceptance 5: the unpaid timeout racing a late payment — paid, or cancelled and refunded; never both. */
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { OrderPayOutput } from '../../../cloudfunctions/contracts/order'
import { addressFor, buyNow, expectOk, getOrder, productNow, putProduct, startOrdersCloud, tick, type OrdersCloud } from './orders-kit'

let t: OrdersCloud
beforeEach(async () => {
  // WeChat refuses closeOrder in a prepay's first 5 minutes, so a cancel cannot stop a payment in flight.
  t = await startOrdersCloud({ strictCloseDelay: true })
})
afterEach(() => t.close())

it('each of 12 orders ends paid, or cancelled with the payment refunded; stock is released at most once', async () => {
  const product = putProduct(t, [{ price: 6600, stock: 100 }])
  const orders: { openid: string; orderId: string; outTradeNo: string; payDeadline: number }[] = []
  for (let i = 0; i < 12; i++) {
    const openid = `late-${i}`
    const address = await addressFor(t, openid)
    const created = expectOk(await buyNow(t, openid, address._id, product, 2))
    const pay = expectOk(await t.call<OrderPayOutput>('shop', 'order.pay', { orderId: created.orderId }, openid))
    if (pay.kind !== 'wechat') throw new Error('expected wechat')
    orders.push({ openid, orderId: created.orderId, outTradeNo: pay.outTradeNo, payDeadline: pay.payDeadline })
  }
  expect(productNow(t, product._id).skus[0].stock).toBe(100 - 24)

  await tick(t, Date.now()) // warm the cron bundle: nothing is due yet
  const deadline = Math.max(...orders.map((o) => o.payDeadline)) + 1000
  // Eight payments land staggered across the ticks' run; four arrive only after the ticks are done.
  const racing = orders.slice(0, 8).map((o, i) =>
    new Promise((r) => setTimeout(r, i * 20)).then(() => t.fakes.pay.simulatePay(o.outTradeNo, { openid: o.openid }).catch((e: Error) => e)),
  )
  const ticks = [0, 60, 120].map((ms) => new Promise((r) => setTimeout(r, ms)).then(() => tick(t, deadline)))
  await Promise.all([...racing, ...ticks])
  for (const o of orders.slice(8)) await t.fakes.pay.simulatePay(o.outTradeNo, { openid: o.openid })
  await t.fakes.pay.settled()

  let kept = 0
  const outcomes: string[] = []
  for (const o of orders) {
    const order = await getOrder(t, o.openid, o.orderId)
    const states = order.stateLog.map((e) => e.to)
    expect(states.includes('paid') && states.includes('cancelled')).toBe(false)
    expect(['paid', 'cancelled']).toContain(order.state)
    outcomes.push(order.state === 'paid' ? 'paid' : order.refundedAmount > 0 ? 'cancelled+refunded' : 'cancelled')
    if (order.state === 'paid') kept += 2
    else {
      expect(states.filter((s) => s === 'cancelled')).toHaveLength(1)
      const prepay = (await t.fakes.pay.listPrepays()).find((p) => p.outTradeNo === o.outTradeNo)!
      if (prepay.state === 'SUCCESS') {
        // The money arrived after the cancel: it went back in full.
        expect(order.refundedAmount).toBe(order.payable)
        const refunds = (await t.fakes.pay.listRefunds()).filter((r) => r.outTradeNo === o.outTradeNo)
        expect(refunds).toHaveLength(1)
        expect(refunds[0]).toMatchObject({ refundFee: order.payable, status: 'SUCCESS' })
      } else {
        expect(order.refundedAmount).toBe(0)
      }
    }
  }
  expect(outcomes.slice(8)).toEqual(Array(4).fill('cancelled+refunded'))
  // Every cancelled order gave its 2 units back exactly once; paid orders keep theirs.
  expect(productNow(t, product._id).skus[0]).toMatchObject({ stock: 100 - kept, sold: kept })
})

it('a payment that lands after the order was cancelled is refunded automatically', async () => {
  const product = putProduct(t, [{ price: 9900, stock: 3 }])
  const address = await addressFor(t, 'slow-payer')
  const created = expectOk(await buyNow(t, 'slow-payer', address._id, product))
  const pay = expectOk(await t.call<OrderPayOutput>('shop', 'order.pay', { orderId: created.orderId }, 'slow-payer'))
  if (pay.kind !== 'wechat') throw new Error('expected wechat')
  const report = await tick(t, pay.payDeadline + 1000)
  expect(report.data).toMatchObject({ cancelledUnpaid: 1, errors: [] })
  expect(productNow(t, product._id).skus[0].stock).toBe(3)
  await t.fakes.pay.simulatePay(pay.outTradeNo, { openid: 'slow-payer', times: 3 })
  await t.fakes.pay.settled()
  const order = await getOrder(t, 'slow-payer', created.orderId)
  expect(order.state).toBe('cancelled')
  expect(order.refundedAmount).toBe(order.payable)
  expect(await t.fakes.pay.listRefunds()).toHaveLength(1)
  expect(productNow(t, product._id).skus[0].stock).toBe(3)
})
