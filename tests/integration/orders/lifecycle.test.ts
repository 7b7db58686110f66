/** An order's life after checkout: cancel, pay, ship, receive, auto-complete, after-sales, refunds. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AfterSale } from '../../../cloudfunctions/contracts/aftersale'
import type { AdminOrderDetail } from '../../../cloudfunctions/contracts/admin-orders'
import type { OrderCreateOutput, OrderDetail, OrderPayOutput } from '../../../cloudfunctions/contracts/order'
import type { Page } from '../../../cloudfunctions/contracts/common'
import type { OrderSummary } from '../../../cloudfunctions/contracts/order'
import { addressFor, expectOk, getOrder, newRequestId, OWNER, payFor, productNow, putProduct, startOrdersCloud, tick, type OrdersCloud } from './orders-kit'

let t: OrdersCloud
beforeEach(async () => {
  t = await startOrdersCloud()
})
afterEach(() => t.close())

const DAY = 86_400_000

/** Two products in the cart → one order of 2 + 1 units, paid. */
async function paidTwoLineOrder(openid: string) {
  const a = putProduct(t, [{ price: 4990, stock: 10 }])
  const b = putProduct(t, [{ price: 3330, stock: 10 }])
  const address = await addressFor(t, openid)
  expectOk(await t.call('shop', 'cart.add', { productId: a._id, skuId: a.skus[0].skuId, quantity: 2 }, openid))
  expectOk(await t.call('shop', 'cart.add', { productId: b._id, skuId: b.skus[0].skuId, quantity: 1 }, openid))
  const created = expectOk(
    await t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { fromCart: true }, addressId: address._id, remark: '请包装好' }, openid),
  )
  await payFor(t, openid, created.orderId)
  return { a, b, created }
}

async function ship(orderId: string, waybillNo = `SF${Math.floor(Math.random() * 1e10)}`) {
  return expectOk(await t.call<AdminOrderDetail>('admin', 'adminOrders.ship', { orderId, carrierCode: 'shunfeng', waybillNo }, OWNER))
}

describe('orders', () => {
  it('places a cart order with a snapshot, clears the bought lines and lists it under 待付款', async () => {
    const p = putProduct(t, [{ price: 4990, stock: 10 }])
    const address = await addressFor(t, 'lister')
    expectOk(await t.call('shop', 'cart.add', { productId: p._id, skuId: p.skus[0].skuId, quantity: 2 }, 'lister'))
    const created = expectOk(await t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { fromCart: true }, addressId: address._id }, 'lister'))
    // ¥99.80 of goods: over the ¥99 free-shipping line.
    expect(created).toMatchObject({ state: 'pending_payment', payable: 9980, repeated: false })
    const order = await getOrder(t, 'lister', created.orderId)
    expect(order.items[0]).toMatchObject({ title: p.title, skuName: '6mm', unitPrice: 4990, quantity: 2, subtotal: 9980, paidShare: 9980 })
    expect(order.address).toMatchObject({ name: '林小晶', phone: '13800138000' })
    expect(order.lines.reduce((n, l) => n + l.amount, 0)).toBe(order.payable)
    expect(order.payDeadline).toBe(order.createdAt + 30 * 60_000)
    expect(order.can).toMatchObject({ pay: true, cancel: true, confirmReceipt: false })
    expect(expectOk(await t.call<{ badgeCount: number }>('shop', 'cart.count', {}, 'lister')).badgeCount).toBe(0)
    const tab = expectOk(await t.call<Page<OrderSummary>>('shop', 'order.list', { tab: 'pending_payment' }, 'lister'))
    expect(tab.items.map((o) => o._id)).toEqual([created.orderId])
    expect(expectOk(await t.call<Page<OrderSummary>>('shop', 'order.list', { tab: 'to_ship' }, 'lister')).total).toBe(0)
  })

  it('the buyer cancels an unpaid order: stock comes back once, a second cancel is refused', async () => {
    const p = putProduct(t, [{ price: 4990, stock: 4 }])
    const address = await addressFor(t, 'canceller')
    const created = expectOk(await t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { buyNow: { productId: p._id, skuId: p.skus[0].skuId, quantity: 3 } }, addressId: address._id }, 'canceller'))
    expectOk(await t.call('shop', 'order.pay', { orderId: created.orderId }, 'canceller'))
    expect(productNow(t, p._id).skus[0].stock).toBe(1)
    const [one, two] = await Promise.all([
      t.call<OrderDetail>('shop', 'order.cancel', { orderId: created.orderId }, 'canceller'),
      t.call<OrderDetail>('shop', 'order.cancel', { orderId: created.orderId }, 'canceller'),
    ])
    expect([one.ok, two.ok].filter(Boolean)).toHaveLength(1)
    expect(productNow(t, p._id).skus[0]).toMatchObject({ stock: 4, sold: 0 })
    const order = await getOrder(t, 'canceller', created.orderId)
    expect(order.state).toBe('cancelled')
    expect((await t.fakes.pay.listPrepays())[0].state).toBe('CLOSED')
    const payAgain = await t.call('shop', 'order.pay', { orderId: created.orderId }, 'canceller')
    expect(payAgain.ok === false && payAgain.error.code).toBe('CONFLICT')
  })

  it('pays, ships (with the WeChat shipping-info upload), confirms receipt', async () => {
    const { created } = await paidTwoLineOrder('journey')
    expect((await getOrder(t, 'journey', created.orderId)).state).toBe('paid')
    const shipped = await ship(created.orderId, 'SF1234567890')
    expect(shipped).toMatchObject({ state: 'shipped', shippingInfoUpload: { status: 'uploaded' } })
    expect(shipped.shipments).toEqual([expect.objectContaining({ carrierCode: 'SF', waybillNo: 'SF1234567890', purpose: 'order' })])  // Kuaidi100's 'shunfeng' is stored as our code
    const uploads = await t.fakes.openapi.outbox()
    expect(uploads.filter((u) => u.api.endsWith('uploadShippingInfo'))).toHaveLength(1)
    const again = await t.call('admin', 'adminOrders.ship', { orderId: created.orderId, carrierCode: 'shunfeng', waybillNo: 'SF1234567890' }, OWNER)
    expect(again.ok === false && again.error.code).toBe('CONFLICT')
    const done = expectOk(await t.call<OrderDetail>('shop', 'order.confirmReceipt', { orderId: created.orderId }, 'journey'))
    expect(done.state).toBe('completed')
    expect(done.stateLog.map((e) => e.to)).toEqual(['pending_payment', 'paid', 'shipped', 'completed'])
  })

  it('shipping never fails because WeChat refuses the shipping-info upload', async () => {
    const { created } = await paidTwoLineOrder('upload-fails')
    await fetchlessFail('wxa.sec.order.uploadShippingInfo')
    const shipped = await ship(created.orderId)
    expect(shipped.state).toBe('shipped')
    expect(shipped.shippingInfoUpload?.status).toBe('failed')
  })

  it('a shopper cannot ship, and a merchant cannot ship an unpaid order', async () => {
    const { created } = await paidTwoLineOrder('not-merchant')
    const res = await t.call('admin', 'adminOrders.ship', { orderId: created.orderId, carrierCode: 'shunfeng', waybillNo: 'SF99999999' }, 'not-merchant')
    expect(res.ok === false && res.error.code).toBe('FORBIDDEN')
    const p = putProduct(t, [{ price: 100, stock: 1 }])
    const unpaid = expectOk(await t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { buyNow: { productId: p._id, skuId: p.skus[0].skuId, quantity: 1 } }, addressId: (await addressFor(t, 'u2'))._id }, 'u2'))
    const early = await t.call('admin', 'adminOrders.ship', { orderId: unpaid.orderId, carrierCode: 'shunfeng', waybillNo: 'SF88888888' }, OWNER)
    expect(early.ok === false && early.error.code).toBe('CONFLICT')
  })

  it('a delivered order completes by itself N days after delivery', async () => {
    const { created } = await paidTwoLineOrder('auto')
    await ship(created.orderId)
    expectOk(await t.call('admin', 'adminOrders.markDelivered', { orderId: created.orderId }, OWNER))
    const early = await tick(t, Date.now() + 6 * DAY)
    expect(early.data).toMatchObject({ autoCompleted: 0 })
    const due = await tick(t, Date.now() + 7 * DAY + 60_000)
    expect(due.data).toMatchObject({ autoCompleted: 1, errors: [] })
    const order = await getOrder(t, 'auto', created.orderId)
    expect(order.state).toBe('completed')
    expect(order.stateLog.at(-1)).toMatchObject({ event: 'autoComplete', actor: { kind: 'system', job: 'autoComplete' }, reason: { key: 'reason.order.autoCompleted' } })
  })

  it('reconciliation settles a payment whose callback never arrived', async () => {
    const p = putProduct(t, [{ price: 4990, stock: 4 }])
    const created = expectOk(await t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { buyNow: { productId: p._id, skuId: p.skus[0].skuId, quantity: 1 } }, addressId: (await addressFor(t, 'nocb'))._id }, 'nocb'))
    const pay = expectOk(await t.call<OrderPayOutput>('shop', 'order.pay', { orderId: created.orderId }, 'nocb'))
    if (pay.kind !== 'wechat') throw new Error('expected wechat')
    // The callback fails (our database refuses the write), so WeChat's money is there but the order is not paid.
    t.cloud.faults.failNthWrite(1)
    await t.fakes.pay.simulatePay(pay.outTradeNo, { openid: 'nocb' })
    t.cloud.faults.clear()
    expect((await getOrder(t, 'nocb', created.orderId)).state).toBe('pending_payment')
    const report = await tick(t, Date.now() + 6 * 60_000)
    expect(report.data).toMatchObject({ reconciled: 1 })
    expect((await getOrder(t, 'nocb', created.orderId)).state).toBe('paid')
  })

  it('a zero-amount order is settled without WeChat Pay', async () => {
    t.cloud.store.collection('settings').set('shipping', { freeOverFen: 0, feeFen: 0 })
    const gift = putProduct(t, [{ price: 0, stock: 2 }])
    const created = expectOk(await t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { buyNow: { productId: gift._id, skuId: gift.skus[0].skuId, quantity: 1 } }, addressId: (await addressFor(t, 'free'))._id }, 'free'))
    expect(created.payable).toBe(0)
    // settled by order.create itself (system actor, no prepay); order.pay then only confirms it
    expect(created).toMatchObject({ state: 'paid', paymentNeeded: false, payDeadline: null })
    const pay = expectOk(await t.call<OrderPayOutput>('shop', 'order.pay', { orderId: created.orderId }, 'free'))
    expect(pay).toEqual({ kind: 'free', state: 'paid' })
    expect(await t.fakes.pay.listPrepays()).toEqual([])
  })

  it('the merchant filters orders by state and keyword', async () => {
    const { created } = await paidTwoLineOrder('filtered')
    const byState = expectOk(await t.call<Page<{ _id: string }>>('admin', 'adminOrders.list', { state: 'paid' }, OWNER))
    expect(byState.items.map((o) => o._id)).toEqual([created.orderId])
    expect(expectOk(await t.call<Page<unknown>>('admin', 'adminOrders.list', { state: 'shipped' }, OWNER)).total).toBe(0)
    const byPhone = expectOk(await t.call<Page<{ _id: string }>>('admin', 'adminOrders.list', { keyword: '13800138000' }, OWNER))
    expect(byPhone.items).toHaveLength(1)
    const byNo = expectOk(await t.call<Page<{ _id: string }>>('admin', 'adminOrders.list', { keyword: created.orderNo }, OWNER))
    expect(byNo.items.map((o) => o._id)).toEqual([created.orderId])
    const future = expectOk(await t.call<Page<unknown>>('admin', 'adminOrders.list', { from: Date.now() + DAY }, OWNER))
    expect(future.total).toBe(0)
    const detail = expectOk(await t.call<AdminOrderDetail>('admin', 'adminOrders.get', { orderId: created.orderId }, OWNER))
    expect(detail.payments).toEqual([expect.objectContaining({ state: 'paid', totalFee: detail.payable })])
  })
})

/** Queues a WeChat refusal for the next call of `api` (the fake's dev control). */
async function fetchlessFail(api: string) {
  t.fakes.openapi.failNext(api, 48001, 'api unauthorized')
}

describe('after-sales', () => {
  it('a partial refund of one line returns exactly that line share of what was paid', async () => {
    const { b, created } = await paidTwoLineOrder('refunder')
    const before = await getOrder(t, 'refunder', created.orderId)
    // 2 × 49.90 + 1 × 33.30 = 133.10, free shipping: the b line's share is its subtotal.
    const bLine = before.items.find((i) => i.skuId === b.skus[0].skuId)!
    expect(before.payable).toBe(13310)
    const request = expectOk(
      await t.call<AfterSale>('shop', 'aftersale.request', { orderId: created.orderId, kind: 'refund_only', lines: [{ skuId: bLine.skuId, quantity: 1 }], reason: '不想要了', photos: [] }, 'refunder'),
    )
    expect(request).toMatchObject({ state: 'pending', refundAmount: bLine.paidShare })
    expect((await getOrder(t, 'refunder', created.orderId)).state).toBe('after_sale')
    const queue = expectOk(await t.call<Page<AfterSale>>('admin', 'afterSales.list', { state: 'pending' }, OWNER))
    expect(queue.items.map((a) => a._id)).toEqual([request._id])
    expectOk(await t.call<AfterSale>('admin', 'afterSales.approve', { id: request._id, note: '同意' }, OWNER))
    await t.fakes.pay.settled()
    const after = await getOrder(t, 'refunder', created.orderId)
    expect(after.refundedAmount).toBe(bLine.paidShare)
    expect(after.state).toBe('paid') // back where it was: the other line still ships
    expect(after.afterSales[0]).toMatchObject({ state: 'refunded' })
    expect(after.items.find((i) => i.skuId === bLine.skuId)).toMatchObject({ refundedQuantity: 1, refundedAmount: bLine.paidShare })
    const refunds = await t.fakes.pay.listRefunds()
    expect(refunds.map((r) => r.refundFee)).toEqual([bLine.paidShare])
    // Nothing shipped yet, so the refunded unit is back on the shelf.
    expect(productNow(t, b._id).skus[0]).toMatchObject({ stock: 10, sold: 0 })
  })

  it('refunding every line in steps returns exactly the payable and ends the order as refunded', async () => {
    const { a, b, created } = await paidTwoLineOrder('all-back')
    await ship(created.orderId)
    const order = await getOrder(t, 'all-back', created.orderId)
    const steps = [
      { skuId: a.skus[0].skuId, quantity: 1 },
      { skuId: b.skus[0].skuId, quantity: 1 },
      { skuId: a.skus[0].skuId, quantity: 1 },
    ]
    for (const line of steps) {
      const as = expectOk(await t.call<AfterSale>('shop', 'aftersale.request', { orderId: created.orderId, kind: 'refund_only', lines: [line], reason: '质量问题', photos: ['/files/p.jpg'] }, 'all-back'))
      expectOk(await t.call('admin', 'afterSales.approve', { id: as._id }, OWNER))
      await t.fakes.pay.settled()
    }
    const after = await getOrder(t, 'all-back', created.orderId)
    expect(after.refundedAmount).toBe(order.payable)
    expect(after.state).toBe('refunded')
    const more = await t.call('shop', 'aftersale.request', { orderId: created.orderId, kind: 'refund_only', lines: [steps[0]], reason: 'x', photos: [] }, 'all-back')
    expect(more.ok).toBe(false)
  })

  it('return and refund: waybill, merchant confirms the parcel, goods restocked, refund paid', async () => {
    const { a, created } = await paidTwoLineOrder('returner')
    await ship(created.orderId)
    const as = expectOk(await t.call<AfterSale>('shop', 'aftersale.request', { orderId: created.orderId, kind: 'return_refund', lines: [{ skuId: a.skus[0].skuId, quantity: 2 }], reason: '尺寸不合适', photos: [] }, 'returner'))
    expect(expectOk(await t.call<AfterSale>('admin', 'afterSales.approve', { id: as._id }, OWNER)).state).toBe('awaiting_return')
    const notMine = await t.call('shop', 'aftersale.submitReturnWaybill', { id: as._id, carrierCode: 'zhongtong', waybillNo: 'ZT12345678' }, 'stranger')
    expect(notMine.ok === false && notMine.error.code).toBe('NOT_FOUND')
    expect(expectOk(await t.call<AfterSale>('shop', 'aftersale.submitReturnWaybill', { id: as._id, carrierCode: 'zhongtong', waybillNo: 'ZT12345678' }, 'returner')).state).toBe('returning')
    expect(productNow(t, a._id).skus[0].stock).toBe(8)
    expectOk(await t.call('admin', 'afterSales.confirmReturn', { id: as._id }, OWNER))
    await t.fakes.pay.settled()
    expect(productNow(t, a._id).skus[0].stock).toBe(10)
    const after = await getOrder(t, 'returner', created.orderId)
    expect(after.refundedAmount).toBe(as.refundAmount)
    expect(after.state).toBe('shipped')
  })

  it('exchange ships a replacement; rejection returns the order to where it was', async () => {
    const { a, created } = await paidTwoLineOrder('exchanger')
    await ship(created.orderId)
    const ex = expectOk(await t.call<AfterSale>('shop', 'aftersale.request', { orderId: created.orderId, kind: 'exchange', lines: [{ skuId: a.skus[0].skuId, quantity: 1 }], reason: '有裂纹', photos: [] }, 'exchanger'))
    expect(ex.refundAmount).toBe(0)
    expectOk(await t.call('admin', 'afterSales.approve', { id: ex._id }, OWNER))
    expectOk(await t.call('shop', 'aftersale.submitReturnWaybill', { id: ex._id, carrierCode: 'yunda', waybillNo: 'YD20001' }, 'exchanger'))
    const needsParcel = await t.call('admin', 'afterSales.confirmReturn', { id: ex._id }, OWNER)
    expect(needsParcel.ok === false && needsParcel.error.code).toBe('INVALID_INPUT')
    const done = expectOk(await t.call<AfterSale>('admin', 'afterSales.confirmReturn', { id: ex._id, replacement: { carrierCode: 'yunda', waybillNo: 'YD30003' } }, OWNER))
    expect(done).toMatchObject({ state: 'exchanged', replacement: { waybillNo: 'YD30003' } })
    const order = await getOrder(t, 'exchanger', created.orderId)
    expect(order.state).toBe('shipped')
    expect(order.shipments.map((s) => s.purpose)).toEqual(['order', 'replacement'])

    const rq = expectOk(await t.call<AfterSale>('shop', 'aftersale.request', { orderId: created.orderId, kind: 'return_refund', lines: [{ skuId: a.skus[0].skuId, quantity: 1 }], reason: '不喜欢', photos: [] }, 'exchanger'))
    const rejected = expectOk(await t.call<AfterSale>('admin', 'afterSales.reject', { id: rq._id, note: '已超过无理由退货范围' }, OWNER))
    expect(rejected).toMatchObject({ state: 'rejected', merchantNote: '已超过无理由退货范围' })
    expect((await getOrder(t, 'exchanger', created.orderId)).state).toBe('shipped')
  })

  it('refuses more units than bought and a second open request on the same order', async () => {
    const { a, created } = await paidTwoLineOrder('greedy')
    const tooMany = await t.call('shop', 'aftersale.request', { orderId: created.orderId, kind: 'refund_only', lines: [{ skuId: a.skus[0].skuId, quantity: 3 }], reason: 'x', photos: [] }, 'greedy')
    expect(tooMany.ok === false && tooMany.error.code).toBe('INVALID_INPUT')
    const first = t.call('shop', 'aftersale.request', { orderId: created.orderId, kind: 'refund_only', lines: [{ skuId: a.skus[0].skuId, quantity: 1 }], reason: 'x', photos: [] }, 'greedy')
    const second = t.call('shop', 'aftersale.request', { orderId: created.orderId, kind: 'refund_only', lines: [{ skuId: a.skus[0].skuId, quantity: 1 }], reason: 'y', photos: [] }, 'greedy')
    const results = await Promise.all([first, second])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
  })
})
