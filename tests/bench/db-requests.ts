/**
 * Database requests per action: every request the real wx-server-sdk sends (get, count, add, update,
 * remove, aggregate, transaction start/commit/abort and each op inside a transaction) is one billed
 * round trip on WeChat Cloud. Counted through the local cloud's `onDatabaseRequest` hook and attributed
 * to the invocation that caused it with an AsyncLocalStorage tally: a shopper's call, or a platform call
 * (pay/refund callback, timer) that the fakes make. A nested `cloud.callFunction` counts towards its
 * caller; a callback WeChat sends later (the refund notification after afterSales.approve) gets its
 * own tally, as it is its own invocation on the cloud.
 *
 * The walk is one signed-in shopper (so catalog.get records the view) on the seeded demo shop, in the
 * order the app calls things: idle cron tick, home, list, detail, cart add/get, quote, create (from the
 * cart; the 30 s per-instance shipping-rule cache is warm from the quote, as in the app), pay, the pay
 * callback, ship; then a second paid order refunded through after-sales, and a third one cancelled with
 * its prepay open.
 * tests/bench/db-request-budget.json holds the hot path's budget; tests/integration/db-requests.test.ts
 * asserts it, `npm run bench` prints OVER BUDGET lines.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { localCloudFunctionEnv } from '../../cloudfunctions/config'
import type { Product } from '../../cloudfunctions/contracts/catalog'
import type { OrderCreateOutput, OrderPayOutput } from '../../cloudfunctions/contracts/order'
import type { ActionResult } from '../../cloudfunctions/core/result'
import type { FunctionName } from '../../cloudfunctions/functions/manifest'
import { createLocalFakes, type LocalFakes, type RuntimePort } from '../../local-cloud/fakes'
import { createLocalCloud, type Identity, type LocalCloud } from '../../local-cloud/runtime/local-cloud'
import { seedLocalCloud } from '../../local-cloud/seed-local-cloud'
import { addressFor, buyNow, expectOk, newRequestId, payFor, type OrdersCloud } from '../integration/orders/orders-kit'
import { table } from './report'

export const BUDGET_FILE = join(__dirname, 'db-request-budget.json')

/** The shopper's hot path, in the order the walk measures it; these are budgeted. */
export const HOT_PATH = ['catalog.home', 'catalog.list', 'catalog.get', 'cart.add', 'cart.get', 'checkout.quote', 'order.create', 'order.pay'] as const

/** Requests of one invocation by kind, e.g. `{ get: 3, 'tx.update': 1, 'tx.commit': 1 }`. */
export type Tally = Record<string, number>

export interface DbRequestReport {
  /** Total requests per action, in walk order. */
  perAction: Record<string, number>
  byKind: Record<string, Tally>
  /** Requests sent outside any invocation of the walk (0 unless attribution broke). */
  unattributed: number
}

export interface DbRequestBudget {
  note?: string
  actions: Record<string, number>
}

const SHOPPER = 'bench-db-shopper'
const OWNER = 'bench-db-owner'

/** `database.modifyDocument` with a transactionId → `tx.update`. */
function kindOf(action: string, params: Record<string, unknown>): string {
  const name = action.replace(/^database\./, '')
  const short: Record<string, string> = {
    getDocument: 'get',
    calculateDocument: 'count',
    insertDocument: 'add',
    modifyDocument: 'update',
    removeDocument: 'remove',
    aggregateDocuments: 'aggregate',
    startTransaction: 'tx.start',
    commitTransaction: 'tx.commit',
    abortTransaction: 'tx.abort',
  }
  const kind = short[name] ?? name
  return params.transactionId && !kind.startsWith('tx.') ? `tx.${kind}` : kind
}

const WRITE_KINDS = /^(tx\.)?(add|update|remove|commit)$/
const total = (tally: Tally) => Object.values(tally).reduce((n, v) => n + v, 0)

class Meter {
  private readonly storage = new AsyncLocalStorage<Tally>()
  unattributed = 0
  /** Write requests (add/update/remove, commit) of every tally, for the orders kit's `writeRequests()`. */
  writes = 0
  /** Every request of every tally. */
  requests = 0
  /** Tallies of invocations the platform (fakes) made, newest last. */
  readonly platformCalls: { fn: string; tally: Tally }[] = []

  onRequest = (action: string, params: Record<string, unknown>): void => {
    const tally = this.storage.getStore()
    if (!tally) {
      this.unattributed += 1
      return
    }
    this.requests += 1
    const kind = kindOf(action, params)
    tally[kind] = (tally[kind] ?? 0) + 1
    if (WRITE_KINDS.test(kind)) this.writes += 1
  }

  async measure<T>(run: () => Promise<T>): Promise<{ value: T; tally: Tally }> {
    const tally: Tally = {}
    const value = await this.storage.run(tally, run)
    return { value, tally }
  }

  /** The runtime the fakes see: each callback or timer they fire is its own invocation with its own tally. */
  platformPort(cloud: LocalCloud): RuntimePort {
    return {
      invoke: async (fn, event, identity) => {
        const { value, tally } = await this.measure(() => cloud.invoke(fn, event, identity as Identity))
        this.platformCalls.push({ fn, tally })
        return value
      },
      setPayHandler: (h) => cloud.setPayHandler(h),
      setOpenApiHandler: (h) => cloud.setOpenApiHandler(h),
    }
  }
}

export interface MeasureOptions {
  /** Stop after the hot path (the integration test); default: every action. */
  hotPathOnly?: boolean
}

export async function measureDbRequests(functionsDir: string, opts: MeasureOptions = {}): Promise<DbRequestReport> {
  const meter = new Meter()
  const dataDir = mkdtempSync(join(tmpdir(), 'jf-dbreq-'))
  const cloud = await createLocalCloud({
    dbPath: join(dataDir, 'jingfang.db'),
    functionsDir,
    env: localCloudFunctionEnv({ JF_OWNER_OPENID: OWNER }),
    onDatabaseRequest: meter.onRequest,
  })
  try {
    seedLocalCloud(cloud.store, { filesDir: join(dataDir, 'files'), ownerOpenid: OWNER, log: () => {} })
    const fakes = createLocalFakes({ runtime: meter.platformPort(cloud), dataDir, functionsDir, appid: 'wx-local' })
    return await walk(meteredCloud(cloud, fakes, dataDir, meter), meter, opts)
  } finally {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const invokeAction = <T>(cloud: LocalCloud, fn: string, action: string, input: unknown, openid: string | null) =>
  cloud.invoke(fn, { action, input }, { openid, source: 'wx_client' }) as Promise<ActionResult<T>>

/** The orders kit's view of the cloud; its calls are set-up steps, tallied (so `unattributed` stays 0) but not reported. */
function meteredCloud(cloud: LocalCloud, fakes: LocalFakes, dataDir: string, meter: Meter): OrdersCloud {
  return {
    cloud,
    fakes,
    dataDir,
    writeRequests: () => meter.writes,
    requests: () => meter.requests,
    call: async <T>(fn: FunctionName, action: string, input: unknown, openid: string | null = SHOPPER) =>
      (await meter.measure(() => invokeAction<T>(cloud, fn, action, input, openid))).value,
    close: () => cloud.close(),
  }
}

async function walk(t: OrdersCloud, meter: Meter, opts: MeasureOptions): Promise<DbRequestReport> {
  const byKind: Record<string, Tally> = {}
  const record = (action: string, tally: Tally) => {
    if (byKind[action]) throw new Error(`${action} measured twice`)
    byKind[action] = tally
  }
  const measured = async <T>(fn: FunctionName, action: string, input: unknown, openid = SHOPPER): Promise<T> => {
    const { value, tally } = await meter.measure(() => invokeAction<T>(t.cloud, fn, action, input, openid))
    record(action, tally)
    return expectOk(value)
  }
  /** Runs a platform-side step and records the tally of the one `fn` invocation it made. */
  const measuredPlatform = async (action: string, fn: FunctionName, run: () => Promise<unknown>) => {
    const before = meter.platformCalls.length
    await run()
    const calls = meter.platformCalls.slice(before).filter((c) => c.fn === fn)
    if (calls.length !== 1) throw new Error(`${action}: expected one ${fn} invocation, saw ${calls.length}`)
    record(action, calls[0].tally)
  }

  if (!opts.hotPathOnly) {
    // Idle shop: nothing is due yet. The fakes fire the trigger that cron's config.json declares.
    await measuredPlatform('cron.tick', 'cron', async () => {
      const firing = await t.fakes.timers.fire('cron')
      if (firing.error || !(firing.result as { ok?: boolean } | null)?.ok) throw new Error(`cron.tick failed: ${firing.error ?? JSON.stringify(firing.result)}`)
    })
  }

  await measured('shop', 'catalog.home', {})
  const list = await measured<{ items: { _id: string }[] }>('shop', 'catalog.list', {})
  const productId = list.items[0]?._id
  if (!productId) throw new Error('catalog.list returned no products on the seeded shop')
  const product = await measured<Product>('shop', 'catalog.get', { id: productId })
  const sku = product.skus.findIndex((s) => s.stock >= 3)
  if (sku < 0) throw new Error(`product ${productId} has no SKU with stock for three orders`)
  const skuId = product.skus[sku].skuId
  const address = await addressFor(t, SHOPPER)
  await measured('shop', 'cart.add', { productId, skuId, quantity: 1 })
  await measured('shop', 'cart.get', {})
  await measured('shop', 'checkout.quote', { source: { fromCart: true }, addressId: address._id })
  const created = await measured<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { fromCart: true }, addressId: address._id })
  const pay = await measured<OrderPayOutput>('shop', 'order.pay', { orderId: created.orderId })
  if (opts.hotPathOnly) return report()

  if (pay.kind !== 'wechat') throw new Error(`order.pay answered ${pay.kind}, expected a WeChat prepay`)
  await measuredPlatform('pay.notify', 'payNotify', async () => {
    const paid = await t.fakes.pay.simulatePay(pay.outTradeNo, { openid: SHOPPER })
    const broken = paid.deliveries.find((d) => d.error !== null)
    if (broken) throw new Error(`pay callback failed: ${broken.error}`)
  })
  await measured('admin', 'adminOrders.ship', { orderId: created.orderId, carrierCode: 'shunfeng', waybillNo: 'SF1234567890' }, OWNER)

  // A second order, paid and not shipped, refunded in full through after-sales.
  const second = expectOk(await buyNow(t, SHOPPER, address._id, product, 1, sku))
  await payFor(t, SHOPPER, second.orderId)
  const request = expectOk(
    await t.call<{ _id: string }>('shop', 'aftersale.request', { orderId: second.orderId, kind: 'refund_only', lines: [{ skuId, quantity: 1 }], reason: '不想要了', photos: [] }, SHOPPER),
  )
  await measuredPlatform('pay.refundNotify', 'payNotify', async () => {
    await measured('admin', 'afterSales.approve', { id: request._id, note: '同意' }, OWNER)
    await t.fakes.pay.settled()
  })

  // A third order: the shopper opened the payment sheet, then cancels (the prepay is closed).
  const third = expectOk(await buyNow(t, SHOPPER, address._id, product, 1, sku))
  expectOk(await t.call('shop', 'order.pay', { orderId: third.orderId }, SHOPPER))
  await measured('shop', 'order.cancel', { orderId: third.orderId })

  // Search: the first search of an instance builds its index; later ones check the catalogue stamp
  // (one request) and re-read the page shown (one more); nothing found sends no second request.
  const measuredAs = async (label: string, action: string, input: unknown) => {
    const { value, tally } = await meter.measure(() => invokeAction(t.cloud, 'shop', action, input, SHOPPER))
    record(label, tally)
    expectOk(value)
  }
  await measuredAs('catalog.search (first: builds the index)', 'catalog.search', { keyword: '紫水晶' })
  await measuredAs('catalog.search', 'catalog.search', { keyword: '粉晶 手串' })
  await measuredAs('catalog.search (nothing found)', 'catalog.search', { keyword: 'qwxzv' })
  await measuredAs('catalog.suggest', 'catalog.suggest', { prefix: 'zsj' })
  return report()

  function report(): DbRequestReport {
    const perAction: Record<string, number> = {}
    for (const [action, tally] of Object.entries(byKind)) perAction[action] = total(tally)
    return { perAction, byKind, unattributed: meter.unattributed }
  }
}

export function readBudget(file = BUDGET_FILE): DbRequestBudget {
  return JSON.parse(readFileSync(file, 'utf8')) as DbRequestBudget
}

/** One line per budgeted action that sent more requests than its budget (or was not measured). */
export function overBudget(perAction: Record<string, number>, budget: DbRequestBudget): string[] {
  return Object.entries(budget.actions).flatMap(([action, limit]) => {
    const n = perAction[action]
    if (n === undefined) return [`OVER BUDGET ${action}: not measured (budget ${limit})`]
    return n > limit ? [`OVER BUDGET ${action}: ${n} database requests, budget ${limit}`] : []
  })
}

/** The printed table: action, requests, budget, and the requests by kind. */
export function dbRequestTable(report: DbRequestReport, budget: DbRequestBudget | null): string[] {
  const rows = Object.entries(report.perAction).map(([action, n]) => {
    const limit = budget?.actions[action]
    const kinds = Object.entries(report.byKind[action]).map(([k, v]) => `${k} ${v}`).join(', ')
    return [action, String(n), limit === undefined ? '' : String(limit), limit !== undefined && n > limit ? 'OVER' : '', kinds]
  })
  return ['', ...table(['action', 'db requests', 'budget', '', 'by kind'], rows)]
}
