/**
 * `npm run bench`: package sizes of the shop against a bare Taro 4 React app built in the same run,
 * H5 JS gzipped and the home page's first contentful paint, then database requests per action (against
 * tests/bench/db-request-budget.json), local-cloud latency, throughput and the oversell probes. Prints
 * progress and a table, writes bench-results.json (git-ignored). Targets are printed beside the figures,
 * not asserted (the oversell counts are asserted by tests/integration/oversell.test.ts, the hot path's
 * request budget by tests/integration/db-requests.test.ts). A step that fails is reported and the rest
 * still run.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildFixtureFunctions } from '../kit/fixture-functions/build-fixture-functions'
import { catalogListLatency, catalogSearchLatency, catalogSuggestLatency, oversellProbe, orderCreateThroughput, stockDecrementThroughput, STOCK_PROBE_ENTRY } from './cloud-bench'
import { flashSaleBench } from './flash-bench'
import { dbRequestTable, measureDbRequests, overBudget, readBudget } from './db-requests'
import { assistantLatency } from './assistant-bench'
import { measureFirstPaint } from './first-paint'
import { quoteLatency } from './promotions-bench'
import { dashboardLatency } from './console-bench'
import { measureH5Js, measureWeapp, runTaroBuild, type WeappSizes } from './package-sizes'
import { kb, ms, printTable, writeResults, type Figure } from './report'

const ROOT = resolve(__dirname, '..', '..')
const SHOP_DIST = join(ROOT, '.bench', 'dist')
const BARE_OUT = join(ROOT, '.bench', 'bare')
const BARE_APP = join(ROOT, 'tests', 'fixtures', 'bare-taro')
const TARGET = { mainRatio: 1.5, mainBytes: 700 * 1024, catalogP95: 15, ordersPerSecond: 300, fcp: 1000 }

const started = Date.now()
const log = (line: string) => console.log(line)
const progress = (line: string) => log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`)
const figures: Figure[] = []
const results: Record<string, unknown> = { startedAt: new Date(started).toISOString() }
const failures: Record<string, string> = {}
/** Printed after the figures; OVER BUDGET lines report, they do not fail the bench. */
const dbLines: string[] = []

async function step<T>(name: string, run: () => Promise<T>): Promise<T | null> {
  progress(`${name} …`)
  try {
    const value = await run()
    progress(`${name} done`)
    return value
  } catch (err) {
    const message = (err as Error)?.message ?? String(err)
    failures[name] = message
    progress(`${name} FAILED: ${message.split('\n').slice(0, 12).join('\n    ')}`)
    return null
  }
}

async function main(): Promise<void> {
  rmSync(join(ROOT, '.bench'), { recursive: true, force: true })
  const distEnv = { JF_DIST_DIR: SHOP_DIST }

  await step('build shop functions', async () => {
    const run = spawnSync('npx', ['tsx', 'scripts/build-functions.ts'], { cwd: ROOT, env: { ...process.env, ...distEnv }, encoding: 'utf8' })
    if (run.status !== 0) throw new Error(run.stderr || run.stdout)
  })
  await step('build bare Taro app (weapp)', () => runTaroBuild(BARE_APP, 'weapp', { JF_BARE_OUT: BARE_OUT }, progress))
  await step('build shop (weapp)', () => runTaroBuild(ROOT, 'weapp', distEnv, progress))
  await step('build shop (h5)', () => runTaroBuild(ROOT, 'h5', distEnv, progress))

  const bare = await step('measure bare weapp', async () => measureWeapp(join(BARE_OUT, 'weapp')))
  const shop = await step('measure shop weapp', async () => measureWeapp(join(SHOP_DIST, 'weapp')))
  reportSizes(bare, shop)
  const h5 = await step('measure shop h5 js', async () => {
    if (!existsSync(join(SHOP_DIST, 'h5', 'index.html'))) throw new Error('no H5 build')
    return measureH5Js(join(SHOP_DIST, 'h5'))
  })
  results.h5Js = h5
  figures.push({ name: 'H5 JS gzipped total', value: h5 ? `${kb(h5.gzip)} (${h5.files} files, ${kb(h5.raw)} raw)` : 'n/a' })

  const fcp = await step('first contentful paint ×5', async () => {
    if (!h5) throw new Error('no H5 build to serve')
    return measureFirstPaint(SHOP_DIST, 5)
  })
  const fcpMedian = fcp ? [...fcp].sort((a, b) => a - b)[Math.floor(fcp.length / 2)] : null
  results.firstContentfulPaint = { samples: fcp, median: fcpMedian }
  figures.push({ name: 'home FCP (median of 5)', value: fcpMedian === null ? 'n/a' : ms(fcpMedian), target: '≤ 1000 ms', meets: fcpMedian === null ? undefined : fcpMedian <= TARGET.fcp })

  const probe = await step('build stock probe fixture', () => buildFixtureFunctions({ stockProbe: STOCK_PROBE_ENTRY }))
  const functionsDir = join(SHOP_DIST, 'cloudfunctions')

  const dbRequests = await step('database requests per action', () => measureDbRequests(functionsDir))
  if (dbRequests) {
    const budget = readBudget()
    results.dbRequestsPerAction = dbRequests.perAction
    results.dbRequestsByKind = dbRequests.byKind
    results.dbRequestsUnattributed = dbRequests.unattributed
    dbLines.push(...dbRequestTable(dbRequests, budget), ...overBudget(dbRequests.perAction, budget))
  }

  const latency = await step('catalog.list over 10 000 products', () => catalogListLatency(functionsDir, 10_000, 300))
  results.catalogList = latency
  figures.push({ name: 'catalog.list p50 (10 000 products)', value: latency ? ms(latency.p50) : 'n/a' })
  figures.push({ name: 'catalog.list p95 (10 000 products)', value: latency ? ms(latency.p95) : 'n/a', target: '≤ 15 ms', meets: latency ? latency.p95 <= TARGET.catalogP95 : undefined })

  const search = await step('catalog.search over 10 000 products', () => catalogSearchLatency(functionsDir, 10_000, 300))
  results.catalogSearch = search
  figures.push({ name: 'catalog.search p50 (10 000 products)', value: search ? ms(search.p50) : 'n/a' })
  figures.push({ name: 'catalog.search p95 (10 000 products)', value: search ? ms(search.p95) : 'n/a', target: '≤ 15 ms', meets: search ? search.p95 <= TARGET.catalogP95 : undefined })

  const suggest = await step('catalog.suggest over 10 000 products', () => catalogSuggestLatency(functionsDir, 10_000, 300))
  results.catalogSuggest = suggest
  figures.push({ name: 'catalog.suggest p50 (10 000 products)', value: suggest ? ms(suggest.p50) : 'n/a' })
  figures.push({ name: 'catalog.suggest p95 (10 000 products)', value: suggest ? ms(suggest.p95) : 'n/a' })
  const assistant = await step('assistant.ask over 500 FAQ entries', () => assistantLatency(functionsDir, 500, 300))
  figures.push({ name: 'assistant answer p50 (500 FAQ entries)', value: assistant ? ms(assistant.p50) : 'n/a' })
  figures.push({ name: 'assistant first answer of an instance (index build, 500 FAQ entries)', value: assistant ? ms(assistant.coldMs) : 'n/a' })
  figures.push({ name: 'assistant answer p95 (500 FAQ entries)', value: assistant ? ms(assistant.p95) : 'n/a', target: '≤ 50 ms', meets: assistant ? assistant.p95 <= 50 : undefined })

  if (probe) {
    const stock = await step('stock decrement throughput', () => stockDecrementThroughput(probe.functionsDir, 5_000, 64))
    results.stockDecrement = stock
    figures.push({ name: 'stock decrements/s (conditional update)', value: stock ? `${stock.perSecond.toFixed(0)} /s (${stock.succeeded}/${stock.calls})` : 'n/a' })
  }

  const quote = await step('checkout.quote with 20 promotions and 50 coupons', () => quoteLatency(functionsDir, 200))
  results.checkoutQuote = quote
  figures.push({ name: 'checkout.quote p50 (20 promotions, 50 coupons)', value: quote ? ms(quote.p50) : 'n/a' })
  figures.push({ name: 'checkout.quote p95 (20 promotions, 50 coupons)', value: quote ? ms(quote.p95) : 'n/a' })

  const dashboard = await step('console.dashboard over 10 000 orders and 1 000 products', () => dashboardLatency(functionsDir))
  results.consoleDashboard = dashboard
  figures.push({ name: 'dashboard p50 (10 000 orders, 1 000 products)', value: dashboard ? ms(dashboard.p50) : 'n/a' })
  figures.push({ name: 'dashboard p95 (10 000 orders, 1 000 products)', value: dashboard ? ms(dashboard.p95) : 'n/a' })
  figures.push({ name: 'dashboard DB requests per load', value: dashboard ? String(dashboard.dbRequests) : 'n/a', target: '≤ 12', meets: dashboard ? dashboard.dbRequests <= 12 : undefined })

  const orders = await step('order.create throughput', () => orderCreateThroughput(functionsDir, 1_000, 16))
  results.orderCreate = orders
  figures.push({
    name: 'orders created/s (order.create)',
    value: orders === null ? 'n/a (order.create not registered)' : `${orders.perSecond.toFixed(0)} /s (${orders.succeeded}/${orders.calls})${orders.note ? ` — ${orders.note}` : ''}`,
    target: '≥ 300 /s',
    meets: orders && orders.succeeded > 0 ? orders.perSecond >= TARGET.ordersPerSecond : undefined,
  })

  if (probe) {
    for (const [buyers, stock] of [[2_000, 1], [10_000, 100]] as const) {
      const r = await step(`oversell probe: ${buyers} buyers of ${stock}`, () => oversellProbe(probe.functionsDir, buyers, stock))
      results[`oversell_${buyers}_${stock}`] = r
      figures.push({
        name: `oversell: ${buyers} buyers, stock ${stock}`,
        value: r ? `${r.sold} sold, ${r.stockLeft} left (${ms(r.ms)})` : 'n/a',
        target: `sold = ${stock}`,
        meets: r ? r.sold === stock && r.stockLeft === 0 : undefined,
      })
    }
    probe.remove()
  }

  // 秒杀 at cloud-like cost (≥ 10 ms per database request, 100 writes/s per document): exact count, bounded p95.
  for (const buyers of [1_000, 5_000]) {
    const r = await step(`flash sale: ${buyers} buyers of 100 units at 10 ms/request`, () => flashSaleBench(functionsDir, { buyers, units: 100, dbLatencyMs: 10, docWriteRatePerSec: 100 }))
    results[`flashSale_${buyers}`] = r
    figures.push({ name: `flash ${buyers} buyers / 100 units: sold`, value: r ? `${r.sold} (buckets left ${r.bucketsLeft}, normal stock ${r.normalStockUntouched ? 'untouched' : 'CHANGED'})` : 'n/a', target: 'sold = 100', meets: r ? r.sold === 100 && r.bucketsLeft === 0 && r.normalStockUntouched : undefined })
    figures.push({ name: `flash ${buyers} buyers: order.create p50 / p95`, value: r ? `${ms(r.p50)} / ${ms(r.p95)}` : 'n/a' })
    figures.push({ name: `flash ${buyers} buyers: DB requests per buyer (per order)`, value: r ? `${r.requestsPerBuyer.toFixed(1)} (${r.requestsPerOrder.toFixed(0)})` : 'n/a' })
  }

  results.figures = figures
  results.failures = failures
  results.seconds = (Date.now() - started) / 1000
  printTable(figures, log)
  for (const line of dbLines) log(line)
  for (const [name, message] of Object.entries(failures)) log(`\nFAILED ${name}: ${message.split('\n')[0]}`)
  writeResults(join(ROOT, 'bench-results.json'), results)
  log(`\nbench-results.json written; ${results.seconds} s in all`)
}

function reportSizes(bare: WeappSizes | null, shop: WeappSizes | null): void {
  results.weapp = { bare, shop }
  figures.push({ name: 'bare Taro main package', value: bare ? kb(bare.main) : 'n/a' })
  figures.push({ name: 'shop main package', value: shop ? kb(shop.main) : 'n/a', target: '≤ 700 KB', meets: shop ? shop.main <= TARGET.mainBytes : undefined })
  const ratio = bare && shop ? shop.main / bare.main : null
  figures.push({ name: 'main package shop / bare', value: ratio === null ? 'n/a' : `${ratio.toFixed(2)}×`, target: '≤ 1.5×', meets: ratio === null ? undefined : ratio <= TARGET.mainRatio })
  if (shop) for (const [root, bytes] of Object.entries(shop.subpackages)) figures.push({ name: `subpackage ${root}`, value: kb(bytes), target: '≤ 2048 KB', meets: bytes <= 2048 * 1024 })
  figures.push({ name: 'shop total (all packages)', value: shop ? kb(shop.total) : 'n/a' })
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
