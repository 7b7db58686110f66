/**
 * A DIY bracelet's workflows stopped after each step (as if the function died there), then left to
 * cron: every component's stock is exact afterwards (stock + held by live orders = start, sold = held),
 * and no restock is left pending.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AfterSale } from '../../../cloudfunctions/contracts/aftersale'
import type { OrderRecord } from '../../../cloudfunctions/services/order/order-record'
import { addressFor, expectOk, getOrder, OWNER, payFor, startOrdersCloud, tick, type OrdersCloud } from '../orders/orders-kit'
import { componentProblems, designOf, orderDiy, putComponents, type Kit } from './diy-kit'

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
})
afterAll(() => t?.close())

async function settleEverything(): Promise<void> {
  t.cloud.faults.clear()
  for (const minutes of [30, 60, 90]) {
    await t.fakes.pay.settled()
    await tick(t, Date.now() + minutes * 60_000)
  }
  await t.fakes.pay.settled()
}

interface Scenario {
  name: string
  setup: (buyer: string, k: Kit) => Promise<Record<string, string>>
  act: (buyer: string, k: Kit, ctx: Record<string, string>) => Promise<unknown>
  checkpoints: string[]
}

async function orderFor(buyer: string, k: Kit): Promise<string> {
  const address = await addressFor(t, buyer)
  return expectOk(await orderDiy(t, buyer, address._id, designOf(k))).orderId
}

async function paidOrder(buyer: string, k: Kit): Promise<string> {
  const orderId = await orderFor(buyer, k)
  await payFor(t, buyer, orderId)
  return orderId
}

const SCENARIOS: Scenario[] = [
  {
    name: 'order.create',
    setup: async (buyer) => ({ address: (await addressFor(t, buyer))._id }),
    act: (buyer, k, ctx) => orderDiy(t, buyer, ctx.address, designOf(k)),
    checkpoints: ['order.diyReserved', 'order.stockReserved', 'order.create.lockCoupon', 'order.create.holdPoints', 'order.created', 'order.create.clearCart'],
  },
  {
    name: 'buyer cancel',
    setup: async (buyer, k) => ({ orderId: await orderFor(buyer, k) }),
    act: (buyer, _k, ctx) => t.call('shop', 'order.cancel', { orderId: ctx.orderId }, buyer),
    checkpoints: ['order.cancel.markCancelling', 'order.cancel.closePrepays', 'order.cancelled', 'order.cancel.restock', 'order.cancel.closePayments'],
  },
  {
    name: 'unpaid timeout by cron',
    setup: async (buyer, k) => ({ orderId: await orderFor(buyer, k) }),
    act: () => tick(t, Date.now() + 3 * 60 * 60_000),
    checkpoints: ['order.cancel.markCancelling', 'order.cancelled', 'order.cancel.restock'],
  },
  {
    name: 'refund of the unshipped bracelet',
    setup: async (buyer, k) => {
      const orderId = await paidOrder(buyer, k)
      const line = (await getOrder(t, buyer, orderId)).items[0]
      const as = expectOk(await t.call<AfterSale>('shop', 'aftersale.request', { orderId, kind: 'refund_only', lines: [{ skuId: line.skuId, quantity: 1 }], reason: '不想要了', photos: [] }, buyer))
      return { orderId, id: as._id }
    },
    act: (_buyer, _k, ctx) => t.call('admin', 'afterSales.approve', { id: ctx.id }, OWNER),
    checkpoints: ['afterSale.refunding', 'afterSale.approve.restock', 'afterSale.approve.refund'],
  },
]

describe('every DIY workflow, stopped after each step and finished by cron, leaves component stock exact', () => {
  for (const scenario of SCENARIOS) {
    for (const checkpoint of scenario.checkpoints) {
      it(`${scenario.name}, stopped after ${checkpoint}`, async () => {
        const buyer = `dck-${scenario.name.replace(/\W+/g, '-')}-${checkpoint.replace(/\W+/g, '-')}`.slice(0, 60)
        const k = putComponents(t, { base: 40, accent: 5, spacer: 9, charm: 3 })
        const ctx = await scenario.setup(buyer, k)
        const firedBefore = t.cloud.faults.fired().length
        t.cloud.faults.abortAfter(checkpoint)
        await scenario.act(buyer, k, ctx)
        await t.fakes.pay.settled()
        expect(t.cloud.faults.fired().slice(firedBefore)).toContain(checkpoint)
        await settleEverything()
        expect(componentProblems(t, k)).toEqual([])
        const orders = t.cloud.store.collection('orders').find({ openid: buyer }) as unknown as (OrderRecord & { afterSales: { restock?: string }[] })[]
        for (const o of orders) {
          expect(o.stockRelease).not.toBe('pending')
          for (const as of o.afterSales) expect(as.restock).not.toBe('pending')
        }
      })
    }
  }

  it('a database write failing part-way through the cancel: cron finishes it, every component back once', async () => {
    const k = putComponents(t)
    const buyer = 'dck-tx-fail'
    const orderId = await orderFor(buyer, k)
    t.cloud.faults.failNthWrite(2)
    await t.call('shop', 'order.cancel', { orderId }, buyer)
    t.cloud.faults.clear()
    await settleEverything()
    expect((await getOrder(t, buyer, orderId)).state).toBe('cancelled')
    expect(componentProblems(t, k)).toEqual([])
    for (const c of k.all) expect((t.cloud.store.collection('diy_components').get(c._id) as unknown as { stock: number }).stock).toBe(100)
  })
})
