/**
 * DIY 手串: a design is quoted, ordered as one bracelet line and paid; its components are reserved all
 * or nothing and come back exactly once on cancel, timeout and refund; concurrent builders never
 * oversell a component.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AfterSale } from '../../../cloudfunctions/contracts/aftersale'
import type { DiyCatalog, DiyQuote } from '../../../cloudfunctions/contracts/diy'
import type { CheckoutQuoteOutput } from '../../../cloudfunctions/contracts/checkout'
import type { OrderCreateOutput } from '../../../cloudfunctions/contracts/order'
import { addressFor, expectOk, getOrder, newRequestId, OWNER, payFor, startOrdersCloud, tick, type OrdersCloud } from '../orders/orders-kit'
import { componentNow, componentProblems, DESIGN_TOTAL, DESIGN_UNITS, designOf, orderDiy, putComponents } from './diy-kit'

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
})
afterAll(() => t?.close())

describe('DIY quote and order', () => {
  it('the builder catalog lists components on sale and the default rules; the quote prices fen-exact with fit', async () => {
    const k = putComponents(t)
    const catalog = expectOk(await t.call<DiyCatalog>('shop', 'diy.catalog', {}, 'diy-browser'))
    expect(catalog.components.map((c) => c._id)).toEqual(expect.arrayContaining(k.all.map((c) => c._id)))
    expect(catalog.rules.minBaseBeads).toBe(6)
    expect(catalog.savedWristMm).toBeNull()
    const q = expectOk(await t.call<DiyQuote>('shop', 'diy.quote', { design: designOf(k) }, 'diy-browser'))
    expect(q.problems).toEqual([])
    expect(q.canOrder).toBe(true)
    expect(q.goodsTotal).toBe(DESIGN_TOTAL)
    expect(q.fit).toMatchObject({ wristMm: 150, wristFrom: 'typed', lengthMm: 166, fit: 'comfortable' })
    expect(q.payable).toBe(q.lines.reduce((s, l) => s + l.amount, 0))
    expect(new Map(q.components.map((c) => [c.componentId, c.quantity]))).toEqual(DESIGN_UNITS(k))
  })

  it('the saved wrist (members.wristMm) wins over a typed one', async () => {
    const k = putComponents(t)
    t.cloud.store.collection('members').insert({ _id: 'diy-wrist', wristMm: 200, createdAt: 1, updatedAt: 1 } as never)
    const q = expectOk(await t.call<DiyQuote>('shop', 'diy.quote', { design: designOf(k, 150) }, 'diy-wrist'))
    expect(q.fit).toMatchObject({ wristMm: 200, wristFrom: 'saved', fit: 'tooTight' })
    expect(q.problems.map((p) => p.key)).toContain('error.diy.tooTight')
    expect(q.canOrder).toBe(false)
  })

  it('a design breaking the rules is refused by order.create with the reason, and takes nothing', async () => {
    const k = putComponents(t)
    const address = await addressFor(t, 'diy-rulebreaker')
    const res = await orderDiy(t, 'diy-rulebreaker', address._id, { beads: [k.base._id, k.base._id, k.accent._id] })
    expect(res.ok).toBe(false)
    if (res.ok) return
    expect(res.error).toMatchObject({ code: 'INVALID_INPUT', key: 'error.diy.tooFewBase', params: { min: 6 } })
    expect(componentProblems(t, k)).toEqual([])
    expect(componentNow(t, k.base._id).stock).toBe(100)
  })

  it('order → pay: one bracelet line with its components; checkout.quote of the same source agrees', async () => {
    const k = putComponents(t)
    const buyer = 'diy-payer'
    const address = await addressFor(t, buyer)
    const quote = expectOk(await t.call<CheckoutQuoteOutput>('shop', 'checkout.quote', { source: { diy: designOf(k) } }, buyer))
    expect(quote.canOrder).toBe(true)
    expect(quote.items).toHaveLength(1)
    expect(quote.goodsTotal).toBe(DESIGN_TOTAL)
    const created = expectOk(await orderDiy(t, buyer, address._id, designOf(k)))
    expect(created.payable).toBe(quote.payable)
    for (const [id, n] of DESIGN_UNITS(k)) expect(componentNow(t, id)).toMatchObject({ stock: 100 - n, sold: n })
    await payFor(t, buyer, created.orderId)
    const detail = await getOrder(t, buyer, created.orderId)
    expect(detail.state).toBe('paid')
    expect(detail.items).toHaveLength(1)
    expect(detail.items[0]).toMatchObject({ productId: 'diy', quantity: 1, unitPrice: DESIGN_TOTAL, title: k.base.name })
    expect(detail.items[0].diy?.components.map((c) => [c.componentId, c.quantity, c.unitPrice])).toEqual([
      [k.base._id, 18, 600],
      [k.spacer._id, 2, 299],
      [k.accent._id, 2, 1530],
      [k.charm._id, 1, 2800],
    ])
    expect(detail.items[0].diy?.beads).toHaveLength(22)
    expect(componentProblems(t, k)).toEqual([])
  })

  it('a component sold out between quote and create: SOLD_OUT naming it, nothing else taken, no order', async () => {
    const k = putComponents(t, { accent: 2 })
    const buyer = 'diy-late'
    const address = await addressFor(t, buyer)
    expectOk(await t.call<DiyQuote>('shop', 'diy.quote', { design: designOf(k) }, buyer))
    // Someone quicker strings the last two accents.
    expectOk(await orderDiy(t, 'diy-quicker', (await addressFor(t, 'diy-quicker'))._id, designOf(k)))
    const res = await orderDiy(t, buyer, address._id, designOf(k))
    expect(res.ok).toBe(false)
    if (res.ok) return
    expect(res.error.code).toBe('SOLD_OUT')
    expect(res.error).toMatchObject({ key: 'error.diy.soldOut', params: { name: k.accent.name } })
    expect(componentNow(t, k.base._id)).toMatchObject({ stock: 82, sold: 18 })
    expect(t.cloud.store.collection('orders').count({ openid: buyer })).toBe(0)
    expect(componentProblems(t, k)).toEqual([])
  })

  it('sold out at the take itself (quote said yes, the check raced): the components taken before it go back', async () => {
    const k = putComponents(t, { charm: 1 })
    const buyers = ['diy-r1', 'diy-r2']
    const addresses = await Promise.all(buyers.map((b) => addressFor(t, b)))
    // Both pass the rules check (1 charm left each time they read), only one can take it.
    const results = await Promise.all(buyers.map((b, i) => orderDiy(t, b, addresses[i]._id, designOf(k))))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    const lost = results.find((r) => !r.ok)
    expect(lost && !lost.ok && lost.error.code).toBe('SOLD_OUT')
    expect(componentNow(t, k.charm._id)).toMatchObject({ stock: 0, sold: 1 })
    expect(componentNow(t, k.base._id)).toMatchObject({ stock: 82, sold: 18 })
    expect(componentProblems(t, k)).toEqual([])
  })

  it('40 concurrent builders race for the last 7 accents (2 per bracelet): exactly 3 win, stock exact', async () => {
    const k = putComponents(t, { accent: 7, base: 10_000 })
    const buyers = Array.from({ length: 40 }, (_, i) => `diy-race-${i}`)
    const addresses = new Map<string, string>()
    for (const b of buyers) addresses.set(b, (await addressFor(t, b))._id)
    const results = await Promise.all(buyers.map((b) => orderDiy(t, b, addresses.get(b)!, designOf(k))))
    const wins = results.filter((r) => r.ok)
    expect(wins).toHaveLength(3)
    expect(new Set(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code)))).toEqual(new Set(['SOLD_OUT']))
    expect(componentNow(t, k.accent._id)).toMatchObject({ stock: 1, sold: 6 })
    expect(componentProblems(t, k)).toEqual([])
  }, 60_000)

  it('the same clientRequestId twice gives one order and takes the components once', async () => {
    const k = putComponents(t)
    const buyer = 'diy-twice'
    const address = await addressFor(t, buyer)
    const id = newRequestId()
    const [a, b] = await Promise.all([orderDiy(t, buyer, address._id, designOf(k), id), orderDiy(t, buyer, address._id, designOf(k), id)])
    expect(expectOk(a).orderId).toBe(expectOk(b).orderId)
    expect(componentNow(t, k.base._id)).toMatchObject({ stock: 82, sold: 18 })
    expect(componentProblems(t, k)).toEqual([])
  })
})

describe('DIY components come back exactly once', () => {
  it('buyer cancel restocks every component once; a second cancel and cron change nothing', async () => {
    const k = putComponents(t)
    const buyer = 'diy-canceller'
    const address = await addressFor(t, buyer)
    const { orderId } = expectOk(await orderDiy(t, buyer, address._id, designOf(k)))
    expectOk(await t.call('shop', 'order.cancel', { orderId }, buyer))
    for (const c of k.all) expect(componentNow(t, c._id)).toMatchObject({ stock: 100, sold: 0 })
    const again = await t.call('shop', 'order.cancel', { orderId }, buyer)
    expect(again.ok).toBe(false)
    await tick(t, Date.now() + 60 * 60_000)
    for (const c of k.all) expect(componentNow(t, c._id)).toMatchObject({ stock: 100, sold: 0 })
    expect(componentProblems(t, k)).toEqual([])
  })

  it('an unpaid timeout (cron) restocks every component once, even ticked twice', async () => {
    const k = putComponents(t)
    const buyer = 'diy-sleeper'
    const address = await addressFor(t, buyer)
    const { orderId } = expectOk(await orderDiy(t, buyer, address._id, designOf(k)))
    await tick(t, Date.now() + 3 * 60 * 60_000)
    await tick(t, Date.now() + 4 * 60 * 60_000)
    expect((await getOrder(t, buyer, orderId)).state).toBe('cancelled')
    for (const c of k.all) expect(componentNow(t, c._id)).toMatchObject({ stock: 100, sold: 0 })
    expect(componentProblems(t, k)).toEqual([])
  })

  it('a refund of the paid, unshipped bracelet restocks every component once', async () => {
    const k = putComponents(t)
    const buyer = 'diy-refunder'
    const address = await addressFor(t, buyer)
    const created = expectOk(await orderDiy(t, buyer, address._id, designOf(k))) as OrderCreateOutput
    await payFor(t, buyer, created.orderId)
    const line = (await getOrder(t, buyer, created.orderId)).items[0]
    const as = expectOk(await t.call<AfterSale>('shop', 'aftersale.request', { orderId: created.orderId, kind: 'refund_only', lines: [{ skuId: line.skuId, quantity: 1 }], reason: '不想要了', photos: [] }, buyer))
    expectOk(await t.call<AfterSale>('admin', 'afterSales.approve', { id: as._id }, OWNER))
    await t.fakes.pay.settled()
    await tick(t, Date.now() + 60 * 60_000)
    await t.fakes.pay.settled()
    const detail = await getOrder(t, buyer, created.orderId)
    expect(detail.refundedAmount).toBe(created.payable)
    for (const c of k.all) expect(componentNow(t, c._id)).toMatchObject({ stock: 100, sold: 0 })
    expect(componentProblems(t, k)).toEqual([])
  })
})
