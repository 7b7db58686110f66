/**
 * The merchant console on the local cloud through the built admin bundle: dashboard figures from the
 * database's aggregates, new paid orders after a cursor, the CSV export into cloud storage (parsed with
 * an RFC 4180 reader, matched line by line, its paid column summing to the dashboard's paid sales) and
 * the owner's audit browser.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AfterSale } from '../../../cloudfunctions/contracts/aftersale'
import type { AuditBrowseOutput, DashboardOutput, ExportOrdersOutput, NewOrderCountOutput, NewOrdersOutput } from '../../../cloudfunctions/contracts/console'
import { CSV_COLUMNS } from '../../../cloudfunctions/domain/console/csv'
import { DAY_MS, dayIndex, lastDays } from '../../../cloudfunctions/domain/console/periods'
import { yuanTextToFen } from '../../../cloudfunctions/domain/money'
import { shanghaiDay } from '../../../cloudfunctions/domain/time'
import { enrolStaff, OPERATOR } from '../../kit/identities'
import { parseCsv } from '../../kit/csv-parse'
import { seedPaidOrders, type FixtureOrder } from '../../kit/console-fixtures'
import { addressFor, buyNow, expectOk, OWNER, payFor, putProduct, startOrdersCloud, type OrdersCloud } from '../orders/orders-kit'

let t: OrdersCloud
let fixtures: FixtureOrder[]
const now = Date.now()
const d30 = lastDays(now, 30)

const dash = async () => expectOk(await t.call<DashboardOutput>('admin', 'console.dashboard', {}, OWNER))

beforeAll(async () => {
  t = await startOrdersCloud()
  const products = [putProduct(t, [{ price: 10_000, stock: 50 }]), putProduct(t, [{ price: 20_000, stock: 50 }], { categoryId: 'rose' })]
  // 450 paid orders over the last 30 days (more than two export batches) and 20 older ones that no figure may count.
  fixtures = seedPaidOrders(t.cloud.store, { count: 450, from: d30.from, to: now, products })
  seedPaidOrders(t.cloud.store, { count: 20, from: d30.from - 20 * DAY_MS, to: d30.from, products, seed: 11 })
}, 120_000)
afterAll(async () => t?.close())

function expectedSales(from: number, to: number, orders: { paidAt: number; payable: number }[]) {
  const inside = orders.filter((o) => o.paidAt >= from && o.paidAt < to)
  return { sales: inside.reduce((n, o) => n + o.payable, 0), orders: inside.length }
}

describe('dashboard', () => {
  it('sums paid sales and orders per Beijing day and period from the database', async () => {
    const d = await dash()
    const today = lastDays(now, 1)
    const d7 = lastDays(now, 7)
    expect(d.periods.d30).toMatchObject(expectedSales(d30.from, d30.to, fixtures))
    expect(d.periods.d7).toMatchObject(expectedSales(d7.from, d7.to, fixtures))
    expect(d.periods.today).toMatchObject(expectedSales(today.from, today.to, fixtures))
    expect(d.periods.d30.aov).toBe(Math.round(d.periods.d30.sales / d.periods.d30.orders))
    expect(d.days).toHaveLength(30)
    expect(d.days[29].day).toBe(shanghaiDay(now))
    const byDay = new Map<string, number>()
    for (const o of fixtures) byDay.set(shanghaiDay(o.paidAt), (byDay.get(shanghaiDay(o.paidAt)) ?? 0) + o.payable)
    for (const day of d.days) expect(day.sales, day.day).toBe(byDay.get(day.day) ?? 0)
    expect(d.topProducts.length).toBeGreaterThan(0)
    expect(d.topProducts[0].sales).toBeGreaterThanOrEqual(d.topProducts[d.topProducts.length - 1].sales)
    expect(d.topCategories.map((c) => c.id).sort()).toEqual(['amethyst', 'rose'])
    expect(d.topCategories.reduce((n, c) => n + c.sales, 0)).toBe(fixtures.reduce((n, o) => n + o.items.reduce((m, i) => m + i.paidShare, 0), 0))
  })

  it('a new paid order shows up after the cursor once, and every figure follows ship, refund and stock', async () => {
    const before = await dash()
    const product = putProduct(t, [{ price: 8_800, stock: 5 }])
    const address = await addressFor(t, 'dash-buyer')
    const created = expectOk(await buyNow(t, 'dash-buyer', address._id, product, 1))
    expect(expectOk(await t.call<NewOrdersOutput>('admin', 'console.newOrders', { cursor: before.cursor }, OWNER)).items).toEqual([])
    await payFor(t, 'dash-buyer', created.orderId)

    const polled = expectOk(await t.call<NewOrdersOutput>('admin', 'console.newOrders', { cursor: before.cursor }, OWNER))
    expect(polled.items.map((o) => o._id)).toEqual([created.orderId])
    const payable = polled.items[0].payable // 88.00 + shipping
    expect(payable).toBeGreaterThanOrEqual(8_800)
    expect(polled.items[0]).toMatchObject({ itemCount: 1, title: product.title })
    expect(expectOk(await t.call<NewOrdersOutput>('admin', 'console.newOrders', { cursor: polled.cursor }, OWNER)).items).toEqual([])
    expect(expectOk(await t.call<NewOrderCountOutput>('admin', 'console.newOrderCount', { since: before.cursor.at }, OWNER)).count).toBe(1)

    const paid = await dash()
    expect(paid.periods.today.sales).toBe(before.periods.today.sales + payable)
    expect(paid.todo.toShip).toBe(before.todo.toShip + 1)
    expect(paid.todo.lowStock).toBe(before.todo.lowStock) // 5 - 1 = 4 > 3

    // A refund-only after-sale on the paid order, approved and settled: refund amount and rate follow.
    const request = expectOk(
      await t.call<AfterSale>('shop', 'aftersale.request', { orderId: created.orderId, kind: 'refund_only', lines: [{ skuId: product.skus[0].skuId, quantity: 1 }], reason: '不想要了', photos: [] }, 'dash-buyer'),
    )
    expect((await dash()).todo.afterSales).toBe(before.todo.afterSales + 1)
    expectOk(await t.call('admin', 'afterSales.approve', { id: request._id, note: '同意' }, OWNER))
    await t.fakes.pay.settled()
    const refunded = await dash()
    expect(refunded.periods.today.refunds).toBe(before.periods.today.refunds + payable)
    expect(refunded.periods.d30.refundRateBp).toBe(Math.round((refunded.periods.d30.refunds * 10_000) / refunded.periods.d30.sales))
    expect(refunded.todo.afterSales).toBe(before.todo.afterSales)
    expect(refunded.todo.toShip).toBe(before.todo.toShip) // refunded in full: nothing to ship
    expect(refunded.periods.today.sales).toBe(paid.periods.today.sales) // sales stay; refunds are their own figure

    // Stock moved by the merchant: the low-stock count follows the shared rule (stock <= 3).
    expectOk(await t.call('admin', 'products.adjustStock', { productId: product._id, skuId: product.skus[0].skuId, change: { kind: 'delta', delta: -3 }, reason: 'damaged', requestId: 'dash-adjust-1' }, OWNER))
    expect((await dash()).todo.lowStock).toBe(before.todo.lowStock + 1)
    const lowList = expectOk(await t.call<{ items: { _id: string }[] }>('admin', 'products.list', { lowStock: true }, OWNER))
    expect(lowList.items.map((p) => p._id)).toContain(product._id)
  })

  it('a second order paid in the same poll window comes in order, none twice', async () => {
    const start = (await dash()).cursor
    const product = putProduct(t, [{ price: 1_000, stock: 10 }])
    const address = await addressFor(t, 'dash-buyer-2')
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      const created = expectOk(await buyNow(t, 'dash-buyer-2', address._id, product, 1))
      await payFor(t, 'dash-buyer-2', created.orderId)
      ids.push(created.orderId)
    }
    const seen: string[] = []
    let cursor = start
    for (let i = 0; i < 4; i++) {
      const r = expectOk(await t.call<NewOrdersOutput>('admin', 'console.newOrders', { cursor }, OWNER))
      seen.push(...r.items.map((o) => o._id))
      cursor = r.cursor
    }
    expect(seen).toEqual(ids)
  })
})

describe('CSV export', () => {
  it('writes every line of the range, parses as RFC 4180, and its paid column sums to the dashboard figure', async () => {
    const d = await dash()
    const fromDay = shanghaiDay(d30.from)
    const toDay = shanghaiDay(now)
    let cursor: ExportOrdersOutput['cursor'] = null
    let total = -1
    let calls = 0
    let last: ExportOrdersOutput | null = null
    do {
      last = expectOk(await t.call<ExportOrdersOutput>('admin', 'console.exportOrders', { exportId: 'test-export-1', fromDay, toDay, locale: 'zh', cursor }, OWNER))
      if (total < 0) total = last.total
      cursor = last.cursor
      calls += 1
    } while (!last.done && calls < 20)
    expect(calls).toBeGreaterThanOrEqual(3) // 450+ orders in batches of 200
    const file = last.file!
    expect(file.fileId).toMatch(/^cloud:\/\//)
    expect(file.url).toMatch(/\/files\/exports\//)
    expect(file.orders).toBe(total)
    expect(file.orders).toBe(d.periods.d30.orders)
    expect(file.paidTotal).toBe(d.periods.d30.sales)

    const bytes = readFileSync(t.cloud.storage.pathOf(file.fileId)!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(bytes.toString('utf8'))
    expect(rows[0][0]).toBe('订单号')
    const body = rows.slice(1)
    expect(body).toHaveLength(file.rows)
    for (const r of body) expect(r).toHaveLength(CSV_COLUMNS.length)
    const paidCol = CSV_COLUMNS.indexOf('paid')
    expect(body.reduce((n, r) => n + yuanTextToFen(r[paidCol]), 0)).toBe(d.periods.d30.sales)

    // Line by line: every fixture order's lines, in paid order, with the same paid shares.
    const byOrder = new Map<string, string[][]>()
    for (const r of body) byOrder.set(r[0], [...(byOrder.get(r[0]) ?? []), r])
    for (const o of fixtures) {
      const lines = byOrder.get(o.orderNo)
      expect(lines?.map((r) => yuanTextToFen(r[paidCol])), o.orderNo).toEqual(o.items.map((i) => i.paidShare))
    }
    const recipients = new Set(body.map((r) => r[CSV_COLUMNS.indexOf('recipient')]))
    expect(recipients.has('Smith, "Jo"')).toBe(true)
    expect(recipients.has("'=cmd")).toBe(true)
    // The chunks (names, phones) are gone once the file exists.
    expect(t.cloud.store.collection('export_chunks').find({}).length).toBe(0)
  })

  it('refuses a reversed range and writes nothing', async () => {
    const r = await t.call('admin', 'console.exportOrders', { exportId: 'bad', fromDay: '2026-03-02', toDay: '2026-03-01' }, OWNER)
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})

describe('audit browser', () => {
  it('filters by actor, entity, action and day; owner only', async () => {
    const day = shanghaiDay(now)
    const product = putProduct(t, [{ price: 1_000, stock: 10 }])
    expectOk(await t.call('admin', 'products.setStatus', { id: product._id, status: 'off' }, OWNER))
    const all = expectOk(await t.call<AuditBrowseOutput>('admin', 'console.audit', { fromDay: day, toDay: day }, OWNER))
    expect(all.items.length).toBeGreaterThan(0)
    expect(all.items.every((e) => dayIndex(e.at) === dayIndex(now))).toBe(true)
    const stock = expectOk(await t.call<AuditBrowseOutput>('admin', 'console.audit', { entity: 'products' }, OWNER))
    expect(stock.items.length).toBeGreaterThan(0)
    expect(stock.items.every((e) => e.action.startsWith('products.'))).toBe(true)
    const byActor = expectOk(await t.call<AuditBrowseOutput>('admin', 'console.audit', { actor: 'nobody-at-all' }, OWNER))
    expect(byActor.total).toBe(0)
    const action = stock.items[0].action
    expect(expectOk(await t.call<AuditBrowseOutput>('admin', 'console.audit', { action }, OWNER)).items.every((e) => e.action === action)).toBe(true)

    await enrolStaff(t.cloud)
    expect(await t.call('admin', 'console.audit', {}, OPERATOR)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await t.call('admin', 'console.dashboard', {}, OPERATOR)) as { ok: boolean }).toMatchObject({ ok: true })
    expect(await t.call('admin', 'console.dashboard', {}, 'dash-buyer')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
