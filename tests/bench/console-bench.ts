/**
 * The merchant dashboard at shop scale: 10 000 paid orders over the last 30 days and 1 000 products,
 * written straight into the local store (tests/kit/console-fixtures.ts, no checkouts). p50 / p95 of
 * console.dashboard over `calls` loads after a warm-up, and the database requests one load sends.
 */
import { lastDays } from '../../cloudfunctions/domain/console/periods'
import { seedPaidOrders, seedProducts } from '../kit/console-fixtures'
import { OWNER, startTestCloud } from '../kit/test-cloud'
import { percentile } from './cloud-bench'

export interface DashboardBench {
  orders: number
  products: number
  calls: number
  p50: number
  p95: number
  dbRequests: number
}

export async function dashboardLatency(functionsDir: string, opts: { orders?: number; products?: number; calls?: number } = {}): Promise<DashboardBench> {
  const orders = opts.orders ?? 10_000
  const productCount = opts.products ?? 1_000
  const calls = opts.calls ?? 50
  const t = await startTestCloud({ functionsDir, seed: false })
  try {
    const now = Date.now()
    const products = seedProducts(t.cloud.store, productCount, (i) => i % 10)
    seedPaidOrders(t.cloud.store, { count: orders, from: lastDays(now, 30).from, to: now, products })
    for (let i = 0; i < 3; i++) {
      const warm = await t.call('admin', 'console.dashboard', {}, OWNER)
      if (!warm.ok) throw new Error(`console.dashboard failed: ${JSON.stringify(warm.error)}`)
    }
    const before = t.requests()
    await t.call('admin', 'console.dashboard', {}, OWNER)
    const dbRequests = t.requests() - before
    const times: number[] = []
    for (let i = 0; i < calls; i++) {
      const started = performance.now()
      const res = await t.call('admin', 'console.dashboard', {}, OWNER)
      times.push(performance.now() - started)
      if (!res.ok) throw new Error(`console.dashboard failed: ${JSON.stringify(res.error)}`)
    }
    times.sort((a, b) => a - b)
    return { orders, products: productCount, calls, p50: percentile(times, 50), p95: percentile(times, 95), dbRequests }
  } finally {
    await t.close()
  }
}

/** `npx tsx tests/bench/console-bench.ts`: this row alone. */
if (require.main === module) {
  void (async () => {
    const { FUNCTIONS_DIR } = await import('../kit/test-cloud')
    console.log(JSON.stringify(await dashboardLatency(FUNCTIONS_DIR), null, 1))
  })()
}
