/**
 * Issue 13 acceptance 3: after-sale timers on a simulated clock (cron ticks stamped in the future).
 * A request left 48 h is approved and refunded exactly once, also when cron dies after any step; the
 * return window closes a request; a returned parcel is confirmed and refunded at 10 days; every deadline
 * the pages show is the one the settings give, and cron acts on exactly that deadline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AfterSale } from '../../../cloudfunctions/contracts/aftersale'
import type { Product } from '../../../cloudfunctions/contracts/catalog'
import type { OrderRecord } from '../../../cloudfunctions/services/order/order-record'
import { addressFor, buyNow, expectOk, OWNER, payFor, productNow, putProduct, startOrdersCloud, tick, type OrdersCloud } from '../orders/orders-kit'

const H = 3_600_000
const D = 24 * H

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
})
afterAll(() => t?.close())

const orderDoc = (id: string) => t.cloud.store.collection('orders').get(id) as unknown as OrderRecord
const refundsOf = (orderId: string) => (t.cloud.store.collection('refunds').find({}) as Record<string, unknown>[]).filter((r) => r.orderId === orderId)

async function paidOrder(buyer: string, product: Product, quantity = 2): Promise<string> {
  const address = await addressFor(t, buyer)
  const { orderId } = expectOk(await buyNow(t, buyer, address._id, product, quantity))
  await payFor(t, buyer, orderId)
  return orderId
}

async function shippedOrder(buyer: string, product: Product): Promise<string> {
  const orderId = await paidOrder(buyer, product)
  expectOk(await t.call('admin', 'adminOrders.ship', { orderId, carrierCode: 'shunfeng', waybillNo: `SF${Math.random().toString().slice(2, 12)}` }, OWNER))
  return orderId
}

async function request(buyer: string, orderId: string, product: Product, kind: AfterSale['kind']): Promise<AfterSale> {
  const lines = [{ skuId: product.skus[0].skuId, quantity: 1 }]
  return expectOk(await t.call<AfterSale>('shop', 'aftersale.request', { orderId, kind, lines, reason: '尺寸不符', photos: [] }, buyer))
}

const shopperView = async (buyer: string, id: string) => expectOk(await t.call<AfterSale>('shop', 'aftersale.get', { id }, buyer))

/** Later ticks past every resume delay, so whatever a crashed tick left is finished. */
async function settleFrom(at: number): Promise<void> {
  t.cloud.faults.clear()
  for (const minutes of [10, 30, 60]) {
    await t.fakes.pay.settled()
    await tick(t, at + minutes * 60_000)
  }
  await t.fakes.pay.settled()
}

describe('auto-approve at 48 h', () => {
  it('a refund-only request left 47 h 59 min stays pending; at 48 h it is approved by the system and refunded once', async () => {
    const product = putProduct(t, [{ price: 8_800, stock: 5 }])
    const orderId = await paidOrder('timer-a', product)
    const as = await request('timer-a', orderId, product, 'refund_only')
    const view = await shopperView('timer-a', as._id)
    expect(view.timer).toMatchObject({ kind: 'autoApprove', waitingFor: 'merchant', deadline: as.createdAt + 48 * H, remindAt: as.createdAt + 24 * H })

    await tick(t, as.createdAt + 48 * H - 60_000)
    expect((await shopperView('timer-a', as._id)).state).toBe('pending')

    // A timer trigger's Time has whole seconds: the first tick at or after the deadline is up to 1 s late.
    const fireAt = as.createdAt + 48 * H + 1000
    const report = await tick(t, fireAt)
    expect(report.data).toMatchObject({ afterSaleTimers: { autoApproveRefund: 1 } })
    await settleFrom(fireAt)
    await tick(t, fireAt + 2 * D) // nothing left to fire
    const done = await shopperView('timer-a', as._id)
    expect(done.state).toBe('refunded')
    expect(done.log.find((e) => e.event === 'autoApproveRefund')?.actor).toEqual({ kind: 'system', job: 'afterSaleTimers' })
    expect(refundsOf(orderId).map((r) => [r.refundFee, r.state])).toEqual([[as.refundAmount, 'success']])
    expect((await t.fakes.pay.listRefunds()).filter((r) => r.outRefundNo === refundsOf(orderId)[0].outRefundNo)).toHaveLength(1)
    // Never shipped: the unit went back on the shelf exactly once.
    expect(productNow(t, product._id).skus[0]).toMatchObject({ stock: 4, sold: 1 })
  })

  it('a merchant who answers first wins: the timer finds it approved and does nothing', async () => {
    const product = putProduct(t, [{ price: 5_000, stock: 5 }])
    const orderId = await paidOrder('timer-b', product)
    const as = await request('timer-b', orderId, product, 'refund_only')
    expectOk(await t.call('admin', 'afterSales.approve', { id: as._id }, OWNER))
    await t.fakes.pay.settled()
    const report = await tick(t, as.createdAt + 49 * H)
    expect(report.data.afterSaleTimers).toEqual({})
    expect(refundsOf(orderId)).toHaveLength(1)
  })

  for (const checkpoint of ['afterSale.refunding', 'afterSale.autoApprove.restock', 'afterSale.autoApprove.refund', 'outbox.transitionWritten', 'outbox.effectRan']) {
    it(`cron dying after ${checkpoint} still ends approved, refunded once, restocked once`, async () => {
      const product = putProduct(t, [{ price: 6_600, stock: 5 }])
      const buyer = `timer-ck-${checkpoint.replace(/\W+/g, '-')}`
      const orderId = await paidOrder(buyer, product)
      const as = await request(buyer, orderId, product, 'refund_only')
      const fireAt = as.createdAt + 48 * H + 1000
      const before = t.cloud.faults.fired().length
      t.cloud.faults.abortAfter(checkpoint)
      await tick(t, fireAt)
      await t.fakes.pay.settled()
      expect(t.cloud.faults.fired().slice(before)).toContain(checkpoint)
      await settleFrom(fireAt)
      const o = orderDoc(orderId)
      expect(o.afterSales[0].state).toBe('refunded')
      expect(o.afterSales[0].log.filter((e) => e.event === 'autoApproveRefund')).toHaveLength(1)
      expect(refundsOf(orderId).map((r) => [r.refundFee, r.state])).toEqual([[as.refundAmount, 'success']])
      expect(o.refundedAmount).toBe(as.refundAmount)
      expect(productNow(t, product._id).skus[0]).toMatchObject({ stock: 4, sold: 1 })
      expect((o as unknown as { pendingEffects?: unknown[] }).pendingEffects ?? []).toEqual([])
    })
  }
})

describe('returns', () => {
  it('auto-approved return → the buyer sends nothing for 7 days → the request closes and the order goes back to shipped', async () => {
    const product = putProduct(t, [{ price: 7_700, stock: 5 }])
    const orderId = await shippedOrder('timer-c', product)
    const as = await request('timer-c', orderId, product, 'return_refund')
    expect((await tick(t, as.createdAt + 48 * H + 1000)).data.afterSaleTimers).toEqual({ autoApproveReturn: 1 })
    const waiting = await shopperView('timer-c', as._id)
    expect(waiting.state).toBe('awaiting_return')
    const approvedAt = waiting.log.at(-1)!.at
    expect(approvedAt).toBeGreaterThanOrEqual(as.createdAt + 48 * H)
    expect(waiting.timer).toMatchObject({ kind: 'returnShip', waitingFor: 'buyer', startedAt: approvedAt, deadline: approvedAt + 7 * D, remindAt: null })
    await tick(t, approvedAt + 7 * D - 60_000)
    expect((await shopperView('timer-c', as._id)).state).toBe('awaiting_return')
    expect((await tick(t, approvedAt + 7 * D)).data.afterSaleTimers).toEqual({ returnExpired: 1 })
    const closed = orderDoc(orderId)
    expect(closed.afterSales[0].state).toBe('closed')
    expect(closed.state).toBe('shipped')
    expect(closed.openAfterSaleId ?? null).toBeNull()
    expect(refundsOf(orderId)).toEqual([])
  })

  it('a returned parcel nobody confirms is confirmed at 10 days after the waybill: restocked and refunded once', async () => {
    const product = putProduct(t, [{ price: 9_900, stock: 5 }])
    const orderId = await shippedOrder('timer-d', product)
    const as = await request('timer-d', orderId, product, 'return_refund')
    expectOk(await t.call('admin', 'afterSales.approve', { id: as._id }, OWNER))
    const sent = expectOk(await t.call<AfterSale>('shop', 'aftersale.submitReturnWaybill', { id: as._id, carrierCode: 'zhongtong', waybillNo: 'ZT12345678' }, 'timer-d'))
    const waybillAt = sent.returnWaybill!.at
    const admin = expectOk(await t.call<{ items: AfterSale[] }>('admin', 'afterSales.list', { state: 'returning', page: 1, pageSize: 50 }, OWNER)).items.find((a) => a._id === as._id)!
    expect(admin.timer).toMatchObject({ kind: 'autoConfirm', waitingFor: 'merchant', deadline: waybillAt + 10 * D, remindAt: waybillAt + 9 * D })
    expect((await shopperView('timer-d', as._id)).timer).toEqual(admin.timer)
    await tick(t, waybillAt + 10 * D - 60_000)
    expect((await shopperView('timer-d', as._id)).state).toBe('returning')
    const fireAt = waybillAt + 10 * D + 1000
    expect((await tick(t, fireAt)).data.afterSaleTimers).toEqual({ autoConfirmReturn: 1 })
    await settleFrom(fireAt)
    expect((await shopperView('timer-d', as._id)).state).toBe('refunded')
    expect(refundsOf(orderId).map((r) => [r.refundFee, r.state])).toEqual([[as.refundAmount, 'success']])
    // Shipped 2, one came back: stock 5 − 2 + 1.
    expect(productNow(t, product._id).skus[0]).toMatchObject({ stock: 4, sold: 1 })
  })
})

describe('auto-confirm, cron dying after each step', () => {
  for (const checkpoint of ['afterSale.refunding', 'afterSale.autoConfirm.restock', 'afterSale.autoConfirm.refund']) {
    it(`stopped after ${checkpoint}: the parcel ends confirmed, restocked once and refunded once`, async () => {
      const product = putProduct(t, [{ price: 5_500, stock: 5 }])
      const buyer = `timer-ac-${checkpoint.replace(/\W+/g, '-')}`
      const orderId = await shippedOrder(buyer, product)
      const as = await request(buyer, orderId, product, 'return_refund')
      expectOk(await t.call('admin', 'afterSales.approve', { id: as._id }, OWNER))
      const sent = expectOk(await t.call<AfterSale>('shop', 'aftersale.submitReturnWaybill', { id: as._id, carrierCode: 'zhongtong', waybillNo: `ZT${Math.random().toString().slice(2, 10)}` }, buyer))
      const fireAt = sent.returnWaybill!.at + 10 * D + 1000
      const before = t.cloud.faults.fired().length
      t.cloud.faults.abortAfter(checkpoint)
      await tick(t, fireAt)
      await t.fakes.pay.settled()
      expect(t.cloud.faults.fired().slice(before)).toContain(checkpoint)
      await settleFrom(fireAt)
      const o = orderDoc(orderId)
      expect(o.afterSales[0].state).toBe('refunded')
      expect(o.afterSales[0].log.filter((e) => e.event === 'autoConfirmReturn')).toHaveLength(1)
      expect(refundsOf(orderId).map((r) => [r.refundFee, r.state])).toEqual([[as.refundAmount, 'success']])
      expect(productNow(t, product._id).skus[0]).toMatchObject({ stock: 4, sold: 1 })
    })
  }
})

describe('deadlines follow the settings', () => {
  let s: OrdersCloud
  beforeAll(async () => {
    s = await startOrdersCloud({ env: { JF_AFTER_SALE_AUTO_APPROVE_HOURS: '30', JF_AFTER_SALE_REMIND_HOURS: '6', JF_RETURN_SHIP_DAYS: '3', JF_RETURN_CONFIRM_DAYS: '5' } })
  })
  afterAll(() => s?.close())

  it('shown on both sides as set, and cron fires exactly there', async () => {
    const product = putProduct(s, [{ price: 4_400, stock: 5 }])
    const address = await addressFor(s, 'timer-e')
    const { orderId } = expectOk(await buyNow(s, 'timer-e', address._id, product, 2))
    await payFor(s, 'timer-e', orderId)
    expectOk(await s.call('admin', 'adminOrders.ship', { orderId, carrierCode: 'shunfeng', waybillNo: 'SF9988776655' }, OWNER))
    const as = expectOk(await s.call<AfterSale>('shop', 'aftersale.request', { orderId, kind: 'return_refund', lines: [{ skuId: product.skus[0].skuId, quantity: 1 }], reason: '色差', photos: [] }, 'timer-e'))
    const expected = { kind: 'autoApprove', deadline: as.createdAt + 30 * H, remindAt: as.createdAt + 24 * H }
    expect(expectOk(await s.call<AfterSale>('shop', 'aftersale.get', { id: as._id }, 'timer-e')).timer).toMatchObject(expected)
    const listed = expectOk(await s.call<{ items: AfterSale[] }>('admin', 'afterSales.list', { state: 'pending', page: 1, pageSize: 50 }, OWNER)).items.find((a) => a._id === as._id)!
    expect(listed.timer).toMatchObject(expected)
    const detail = expectOk(await s.call<{ afterSales: AfterSale[] }>('shop', 'order.get', { orderId }, 'timer-e'))
    expect(detail.afterSales[0].timer).toMatchObject(expected)

    expect((await tick(s, as.createdAt + 30 * H - 1000)).data.afterSaleTimers).toEqual({})
    expect((await tick(s, as.createdAt + 30 * H + 1000)).data.afterSaleTimers).toEqual({ autoApproveReturn: 1 })
    const approved = expectOk(await s.call<AfterSale>('shop', 'aftersale.get', { id: as._id }, 'timer-e'))
    expect(approved.timer).toMatchObject({ kind: 'returnShip', deadline: approved.log.at(-1)!.at + 3 * D })
    const sent = expectOk(await s.call<AfterSale>('shop', 'aftersale.submitReturnWaybill', { id: as._id, carrierCode: 'zhongtong', waybillNo: 'ZT87654321' }, 'timer-e'))
    expect(sent.state).toBe('returning')
    const confirm = expectOk(await s.call<AfterSale>('shop', 'aftersale.get', { id: as._id }, 'timer-e')).timer!
    expect(confirm).toMatchObject({ kind: 'autoConfirm', deadline: sent.returnWaybill!.at + 5 * D, remindAt: sent.returnWaybill!.at + 5 * D - 6 * H })
  })
})
