/**
 * Every multi-step money or stock flow, stopped after each of its steps (as if the function died there),
 * then left to cron: afterwards nothing is lost or doubled. Checked after each run:
 * - stock conservation: for every SKU, stock + units held by orders = what it started with;
 * - refunds per order ≤ what was paid for it, and the order never counts more than WeChat refunded;
 * - every order and after-sale state is one its machine has, reached by legal edges.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AfterSale } from '../../../cloudfunctions/contracts/aftersale'
import type { Product } from '../../../cloudfunctions/contracts/catalog'
import type { OrderCreateOutput } from '../../../cloudfunctions/contracts/order'
import { afterSaleMachine, orderMachine } from '../../../cloudfunctions/domain/machines'
import { heldUnits } from '../model/invariants'
import type { StoredOrder } from '../model/shop-world'
import type { OrderRecord } from '../../../cloudfunctions/services/order/order-record'
import { addressFor, buyNow, expectOk, OWNER, payFor, productNow, putProduct, startOrdersCloud, tick, type OrdersCloud } from '../orders/orders-kit'

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
})
afterAll(() => t?.close())

const START = 5
const docs = (name: string) => t.cloud.store.collection(name).find({}) as Record<string, unknown>[]
type Stored = StoredOrder & OrderRecord
const ordersOf = (productId: string) => (docs('orders') as unknown as Stored[]).filter((o) => o.items.some((i) => i.productId === productId))

async function settleEverything(): Promise<void> {
  t.cloud.faults.clear()
  // Past every lease, reconcile window and resume delay, twice so work started by the first tick finishes.
  for (const minutes of [30, 60, 90]) {
    await t.fakes.pay.settled()
    await tick(t, Date.now() + minutes * 60_000)
  }
  await t.fakes.pay.settled()
}

async function conservationHolds(product: Product): Promise<void> {
  const now = productNow(t, product._id)
  const orders = ordersOf(product._id)
  for (const sku of now.skus) {
    const held = orders.reduce((n, o) => n + (heldUnits(o).get(sku.skuId) ?? 0), 0)
    expect(sku.stock + held, `stock ${sku.stock} + held ${held} of ${sku.skuId}`).toBe(START)
    expect(sku.sold).toBe(held)
  }
  const refunds = docs('refunds')
  for (const o of orders) {
    const settled = refunds.filter((r) => r.orderId === o._id && r.state === 'success').reduce((n, r) => n + Number(r.refundFee), 0)
    const paid = o.paidOutTradeNo ? o.payable : 0
    expect(settled, `refunds of ${o._id}`).toBeLessThanOrEqual(paid || settled) // a late payment's refund returns money never counted as paid
    expect(o.refundedAmount).toBeLessThanOrEqual(settled)
    expect(orderMachine.isState(o.state)).toBe(true)
    for (let k = 1; k < o.stateLog.length; k++) expect(orderMachine.isEdge(o.stateLog[k].from as never, o.stateLog[k].to as never), JSON.stringify(o.stateLog)).toBe(true)
    for (const as of o.afterSales) {
      expect(afterSaleMachine.isState(as.state)).toBe(true)
      const states = (as.log ?? []).map((e) => e.state)
      for (let k = 1; k < states.length; k++) expect(afterSaleMachine.isEdge(states[k - 1] as never, states[k] as never), states.join('→')).toBe(true)
    }
  }
}

interface Scenario {
  name: string
  /** Brings a fresh order to the point where the flow under test starts; returns what `act` needs. */
  setup: (buyer: string, product: Product) => Promise<Record<string, string>>
  act: (buyer: string, ctx: Record<string, string>) => Promise<unknown>
  checkpoints: string[]
}

async function orderFor(buyer: string, product: Product, quantity = 2): Promise<string> {
  const address = await addressFor(t, buyer)
  return (expectOk(await buyNow(t, buyer, address._id, product, quantity)) as OrderCreateOutput).orderId
}

async function paidOrder(buyer: string, product: Product): Promise<string> {
  const orderId = await orderFor(buyer, product)
  await payFor(t, buyer, orderId)
  return orderId
}

async function shippedOrder(buyer: string, product: Product): Promise<string> {
  const orderId = await paidOrder(buyer, product)
  expectOk(await t.call('admin', 'adminOrders.ship', { orderId, carrierCode: 'shunfeng', waybillNo: `SF${Math.random().toString().slice(2, 12)}` }, OWNER))
  return orderId
}

async function requested(buyer: string, orderId: string, product: Product, kind: AfterSale['kind']): Promise<string> {
  const lines = [{ skuId: product.skus[0].skuId, quantity: 1 }]
  return expectOk(await t.call<AfterSale>('shop', 'aftersale.request', { orderId, kind, lines, reason: '想换个尺寸', photos: [] }, buyer))._id
}

const SCENARIOS: Scenario[] = [
  {
    name: 'order.create',
    setup: async (buyer) => ({ address: (await addressFor(t, buyer))._id }),
    act: (buyer, ctx) => buyNow(t, buyer, ctx.address, current!, 2),
    checkpoints: ['order.stockReserved', 'order.created', 'order.create.clearCart'],
  },
  {
    name: 'buyer cancel',
    setup: async (buyer, product) => ({ orderId: await orderFor(buyer, product) }),
    act: (buyer, ctx) => t.call('shop', 'order.cancel', { orderId: ctx.orderId }, buyer),
    checkpoints: ['order.cancel.markCancelling', 'order.cancel.closePrepays', 'order.cancelled', 'order.cancel.restock', 'order.cancel.closePayments'],
  },
  {
    name: 'unpaid timeout by cron',
    setup: async (buyer, product) => ({ orderId: await orderFor(buyer, product) }),
    act: () => tick(t, Date.now() + 3 * 60 * 60_000),
    checkpoints: ['order.cancel.markCancelling', 'order.cancelled', 'order.cancel.restock'],
  },
  {
    name: 'ship',
    setup: async (buyer, product) => ({ orderId: await paidOrder(buyer, product) }),
    act: (_buyer, ctx) => t.call('admin', 'adminOrders.ship', { orderId: ctx.orderId, carrierCode: 'yuantong', waybillNo: `YT${Math.random().toString().slice(2, 12)}` }, OWNER),
    checkpoints: ['order.ship.recordShipment', 'outbox.transitionWritten', 'outbox.effectRan', 'order.ship.transition'],
  },
  {
    name: 'approve refund-only on an unshipped order',
    setup: async (buyer, product) => {
      const orderId = await paidOrder(buyer, product)
      return { orderId, id: await requested(buyer, orderId, product, 'refund_only') }
    },
    act: (_buyer, ctx) => t.call('admin', 'afterSales.approve', { id: ctx.id }, OWNER),
    checkpoints: ['afterSale.refunding', 'afterSale.approve.restock', 'afterSale.approve.refund'],
  },
  {
    name: 'approve refund-only on a shipped order',
    setup: async (buyer, product) => {
      const orderId = await shippedOrder(buyer, product)
      return { orderId, id: await requested(buyer, orderId, product, 'refund_only') }
    },
    act: (_buyer, ctx) => t.call('admin', 'afterSales.approve', { id: ctx.id }, OWNER),
    checkpoints: ['afterSale.refunding', 'afterSale.approve.refund'],
  },
  {
    name: 'confirm a returned parcel',
    setup: async (buyer, product) => {
      const orderId = await shippedOrder(buyer, product)
      const id = await requested(buyer, orderId, product, 'return_refund')
      expectOk(await t.call('admin', 'afterSales.approve', { id }, OWNER))
      expectOk(await t.call('shop', 'aftersale.submitReturnWaybill', { id, carrierCode: 'zhongtong', waybillNo: `ZT${Math.random().toString().slice(2, 10)}` }, buyer))
      return { orderId, id }
    },
    act: (_buyer, ctx) => t.call('admin', 'afterSales.confirmReturn', { id: ctx.id }, OWNER),
    checkpoints: ['afterSale.refunding', 'afterSale.confirmReturn.restock', 'afterSale.confirmReturn.refund'],
  },
  {
    name: 'exchange',
    setup: async (buyer, product) => {
      const orderId = await shippedOrder(buyer, product)
      const id = await requested(buyer, orderId, product, 'exchange')
      expectOk(await t.call('admin', 'afterSales.approve', { id }, OWNER))
      return { orderId, id }
    },
    act: (_buyer, ctx) =>
      t.call('admin', 'afterSales.confirmReturn', { id: ctx.id, replacement: { carrierCode: 'shunfeng', waybillNo: `SF${Math.random().toString().slice(2, 12)}` } }, OWNER),
    checkpoints: ['afterSale.exchange.recordReplacement', 'afterSale.exchange.close'],
  },
  {
    name: 'refund notification applied to its after-sale',
    setup: async (buyer, product) => {
      const orderId = await paidOrder(buyer, product)
      return { orderId, id: await requested(buyer, orderId, product, 'refund_only') }
    },
    act: (_buyer, ctx) => t.call('admin', 'afterSales.approve', { id: ctx.id }, OWNER),
    checkpoints: ['outbox.transitionWritten', 'outbox.effectRan'],
  },
  {
    name: 'owner refunds a mismatched payment',
    setup: async (buyer, product) => {
      const orderId = await orderFor(buyer, product)
      const pay = expectOk(await t.call<{ outTradeNo: string }>('shop', 'order.pay', { orderId }, buyer))
      await t.fakes.pay.simulatePay(pay.outTradeNo, { openid: buyer, totalFee: 1 })
      return { orderId, id: pay.outTradeNo }
    },
    act: (_buyer, ctx) => t.call('admin', 'payments.resolveMismatch', { id: ctx.id, resolution: 'refund', note: '金额不符，原路退回' }, OWNER),
    checkpoints: ['payment.resolveMismatch.decide', 'payment.resolveMismatch.refund'],
  },
]

let current: Product | null = null

describe('every workflow, stopped after each step and finished by cron, conserves stock and money', () => {
  for (const scenario of SCENARIOS) {
    for (const checkpoint of scenario.checkpoints) {
      it(`${scenario.name}, stopped after ${checkpoint}`, async () => {
        const buyer = `ck-${scenario.name.replace(/\W+/g, '-')}-${checkpoint.replace(/\W+/g, '-')}`.slice(0, 60)
        const product = putProduct(t, [{ price: 8_800, stock: START }])
        current = product
        const ctx = await scenario.setup(buyer, product)
        const firedBefore = t.cloud.faults.fired().length
        t.cloud.faults.abortAfter(checkpoint)
        await scenario.act(buyer, ctx)
        await t.fakes.pay.settled()
        expect(t.cloud.faults.fired().slice(firedBefore)).toContain(checkpoint)
        await settleEverything()
        await conservationHolds(product)
        // Nothing is left half-done: no restock marker pending, no effect parked or waiting.
        for (const o of ordersOf(product._id)) {
          expect((o as unknown as { stockRelease?: string }).stockRelease ?? 'done').toBe('done')
          expect((o as unknown as { pendingEffects?: unknown[] }).pendingEffects ?? []).toEqual([])
          for (const as of o.afterSales) expect(as.state, `after-sale ${as._id}`).not.toBe('refunding')
        }
        expect(docs('outbox').filter((e) => e.state === 'pending' || e.state === 'running')).toEqual([])
        if (scenario.name.includes('mismatch')) {
          const refunds = docs('refunds').filter((r) => r.outTradeNo === ctx.id)
          expect(refunds.map((r) => [r.refundFee, r.state])).toEqual([[1, 'success']])
        }
      })
    }
  }
})
