/**
 * The merchant dashboard, computed by the database: daily sums come from aggregate pipelines grouped by
 * Beijing day index (domain/console/periods.ts), counts from count() on indexed fields, the low-stock
 * figure from one aggregate over the SKUs. No order is loaded into the function.
 *
 * Cost per view, all sent at once (one round trip of latency): orders by paid day, refunds by settled
 * day, new members by day, products sold (with a lookup of their category), the category names, five
 * counts (to ship, after-sales waiting, logistics exceptions, payment mismatches, open tickets), the
 * low-stock aggregate and the newest paid order (the polling cursor) — 12 database requests whatever the
 * number of orders (tests/bench/db-request-budget.json `admin`, enforced by tests/integration/db-requests.test.ts).
 */
import type { DashboardDay, DashboardOutput, DashboardTop, NewOrder, NewOrdersCursor, NewOrdersOutput } from '../../contracts/console'
import { emptyDay, periodFigures, type DaySums } from '../../domain/console/metrics'
import { CHART_DAYS, DAY_MS, dayIndex, daysOf, lastDays } from '../../domain/console/periods'
import { SHANGHAI_OFFSET_MS } from '../../domain/time'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { shopConfig } from '../../config'

/** After-sale states in which the shop has to act: decide, or confirm a returned parcel. */
export const AFTER_SALES_WAITING = ['pending', 'returning'] as const
/** Refund purposes that return money counted as sales (a late payment or a mismatch never was a sale). */
const SALES_REFUNDS = ['afterSale', 'groupFailed']
const TOP = 5

/** `{ day: floor((field + 8 h) / 24 h) }` as an aggregate expression: periods.ts dayIndex, in the database. */
function dayExpr(field: string) {
  const $ = db().command.aggregate
  return $.floor($.divide([$.add([field, SHANGHAI_OFFSET_MS]), DAY_MS]))
}

interface DayRow {
  _id: number
  amount: number
  count: number
}

async function dailySums(collection: string, match: Record<string, unknown>, timeField: string, amountField: string | null): Promise<DayRow[]> {
  const $ = db().command.aggregate
  const res = await db()
    .collection(collection)
    .aggregate()
    .match(match)
    .project({ day: dayExpr(`$${timeField}`), amount: amountField ? `$${amountField}` : 0 })
    .group({ _id: '$day', amount: $.sum('$amount'), count: $.sum(1) })
    .limit(CHART_DAYS + 1)
    .end()
  return (res.list ?? []) as DayRow[]
}

interface SoldRow {
  _id: string
  title: string
  sales: number
  units: number
  p: { categoryId?: string }[]
}

async function productsSold(from: number, to: number): Promise<SoldRow[]> {
  const _ = db().command
  const $ = _.aggregate
  const res = await db()
    .collection(COLLECTION.orders)
    .aggregate()
    .match({ paidAt: _.gte(from).and(_.lt(to)) })
    .project({ items: 1 })
    .unwind('$items')
    .group({ _id: '$items.productId', title: $.first('$items.title'), sales: $.sum('$items.paidShare'), units: $.sum('$items.quantity') })
    .sort({ sales: -1 })
    .limit(1000)
    .lookup({ from: COLLECTION.products, localField: '_id', foreignField: '_id', as: 'p' })
    .project({ title: 1, sales: 1, units: 1, 'p.categoryId': 1 })
    .end()
  return (res.list ?? []) as SoldRow[]
}

/** SKUs at or below their threshold: stock <= (lowStockAt ?? default), one aggregate over every SKU. */
/** The shop's low-stock default (JF_LOW_STOCK_DEFAULT), the same the low-stock reminder uses. */
const lowStockDefault = () => shopConfig().reminders.lowStockDefault

export async function lowStockCount(defaultAt = lowStockDefault()): Promise<number> {
  const $ = db().command.aggregate
  const res = await db()
    .collection(COLLECTION.products)
    .aggregate()
    .project({ skus: 1 })
    .unwind('$skus')
    .project({ low: $.lte(['$skus.stock', $.ifNull(['$skus.lowStockAt', defaultAt])]) })
    .match({ low: true })
    .count('n')
    .end()
  return ((res.list ?? [])[0] as { n?: number } | undefined)?.n ?? 0
}

/** Ids of products with a low SKU, newest first, for the products list's low-stock filter (one aggregate). */
export async function lowStockProductIds(defaultAt = lowStockDefault(), limit = 200): Promise<string[]> {
  const $ = db().command.aggregate
  const res = await db()
    .collection(COLLECTION.products)
    .aggregate()
    .project({ skus: 1, createdAt: 1 })
    .unwind('$skus')
    .project({ createdAt: 1, low: $.lte(['$skus.stock', $.ifNull(['$skus.lowStockAt', defaultAt])]) })
    .match({ low: true })
    .group({ _id: '$_id', createdAt: $.first('$createdAt') })
    .sort({ createdAt: -1 })
    .limit(limit)
    .end()
  return ((res.list ?? []) as { _id: string }[]).map((r) => r._id)
}

export async function dashboard(now: number): Promise<DashboardOutput> {
  const _ = db().command
  const { from, to } = lastDays(now, CHART_DAYS)
  const inRange = _.gte(from).and(_.lt(to))
  const count = async (collection: string, where: Record<string, unknown>) => (await db().collection(collection).where(where).count()).total
  const [paid, refunds, members, sold, categories, toShip, afterSales, logistics, payments, tickets, lowStock, newest] = await Promise.all([
    dailySums(COLLECTION.orders, { paidAt: inRange }, 'paidAt', 'payable'),
    dailySums(COLLECTION.refunds, { state: 'success', settledAt: inRange, 'purpose.kind': _.in(SALES_REFUNDS) }, 'settledAt', 'refundFee'),
    dailySums(COLLECTION.members, { createdAt: inRange }, 'createdAt', null),
    productsSold(from, to),
    db().collection(COLLECTION.categories).limit(100).field({ name: true }).get(),
    count(COLLECTION.orders, { state: 'paid' }),
    count(COLLECTION.orders, { state: 'after_sale', afterSales: _.elemMatch({ state: _.in([...AFTER_SALES_WAITING]) }) }),
    count(COLLECTION.orders, { logisticsAlert: _.exists(true).and(_.neq(null)) }),
    count(COLLECTION.payments, { state: 'mismatch', 'mismatch.state': _.nin(['refunded', 'dismissed']) }),
    count(COLLECTION.tickets, { status: 'open' }),
    lowStockCount(),
    newestPaid(),
  ])

  const today = dayIndex(now)
  const byDay = new Map<number, DaySums>()
  const day = (i: number) => byDay.get(i) ?? byDay.set(i, emptyDay(i)).get(i)!
  for (const r of paid) Object.assign(day(r._id), { sales: r.amount, orders: r.count })
  for (const r of refunds) Object.assign(day(r._id), { refunds: r.amount, refundCount: r.count })
  for (const r of members) Object.assign(day(r._id), { newMembers: r.count })
  const sums = [...byDay.values()]
  const days: DashboardDay[] = daysOf(now, CHART_DAYS).map(({ index, day: label }) => {
    const d = byDay.get(index) ?? emptyDay(index)
    return { day: label, sales: d.sales, orders: d.orders, refunds: d.refunds }
  })

  const names = new Map((categories.data as { _id: string; name: string }[]).map((c) => [c._id, c.name]))
  const topProducts: DashboardTop[] = sold.slice(0, TOP).map((s) => ({ id: s._id, name: s.title, sales: s.sales, units: s.units }))
  const byCategory = new Map<string, DashboardTop>()
  for (const s of sold) {
    const id = s.p?.[0]?.categoryId ?? ''
    const c = byCategory.get(id) ?? byCategory.set(id, { id, name: names.get(id) ?? '', sales: 0, units: 0 }).get(id)!
    c.sales += s.sales
    c.units += s.units
  }
  const topCategories = [...byCategory.values()].sort((a, b) => b.sales - a.sales || a.id.localeCompare(b.id)).slice(0, TOP)

  return {
    generatedAt: now,
    periods: periodFigures(sums, today),
    days,
    todo: { toShip, afterSales, payments, tickets, lowStock, logistics },
    topProducts,
    topCategories,
    cursor: newest,
  }
}

interface PaidRow {
  _id: string
  orderNo: string
  payable: number
  paidAt: number
  items: { title: string; quantity: number }[]
}

const NEW_ORDER_FIELDS = { orderNo: true, payable: true, paidAt: true, items: true }

/** The cursor at the newest paid order (the dashboard starts polling from here). */
async function newestPaid(): Promise<NewOrdersCursor> {
  const _ = db().command
  const { data } = await db().collection(COLLECTION.orders).where({ paidAt: _.gt(0) }).orderBy('paidAt', 'desc').limit(10).field({ paidAt: true }).get()
  const rows = data as { _id: string; paidAt: number }[]
  if (!rows.length) return { at: 0, ids: [] }
  const at = rows[0].paidAt
  return { at, ids: rows.filter((r) => r.paidAt === at).map((r) => r._id) }
}

const toNewOrder = (o: PaidRow): NewOrder => ({
  _id: o._id,
  orderNo: o.orderNo,
  payable: o.payable,
  paidAt: o.paidAt,
  itemCount: o.items.reduce((n, i) => n + i.quantity, 0),
  title: o.items[0]?.title ?? '',
})

export const NEW_ORDERS_PAGE = 20

/**
 * Orders paid after the cursor, oldest first: `paidAt >= at` minus the ids already seen at `at` (two
 * orders can be paid in the same millisecond). One request.
 */
export async function newOrders(cursor: NewOrdersCursor): Promise<NewOrdersOutput> {
  const _ = db().command
  const seen = new Set(cursor.ids)
  const { data } = await db()
    .collection(COLLECTION.orders)
    .where({ paidAt: _.gte(cursor.at) })
    .orderBy('paidAt', 'asc')
    .orderBy('_id', 'asc')
    .limit(NEW_ORDERS_PAGE + seen.size + 1)
    .field(NEW_ORDER_FIELDS)
    .get()
  const fresh = (data as unknown as PaidRow[]).filter((o) => !seen.has(o._id))
  const items = fresh.slice(0, NEW_ORDERS_PAGE).map(toNewOrder)
  if (!items.length) return { items, cursor, hasMore: false }
  const at = items[items.length - 1].paidAt
  const ids = [...(at === cursor.at ? cursor.ids : []), ...items.filter((o) => o.paidAt === at).map((o) => o._id)].slice(-50)
  return { items, cursor: { at, ids }, hasMore: fresh.length > NEW_ORDERS_PAGE }
}

/** The me page's badge for staff: orders paid after `since`. One count request. */
export async function newOrderCount(since: number): Promise<number> {
  const _ = db().command
  return (await db().collection(COLLECTION.orders).where({ paidAt: _.gt(since) }).count()).total
}
