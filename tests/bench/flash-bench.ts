/**
 * 秒杀 at cloud-like cost: the local cloud waits `dbLatencyMs` on every database request and admits at
 * most `docWriteRatePerSec` writes per document (local-cloud/store/cloud-cost.ts). N buyers (one address
 * each, arriving `width` at a time) rush a sale of `units`, limit 1 each. Reports units sold (must be
 * exactly `units`), order.create p50/p95 and database requests per order. Run alone:
 * `npx tsx tests/bench/flash-bench.ts [functionsDir]`.
 */
import type { OrderCreateOutput } from '../../cloudfunctions/contracts/order'
import { insertStockedProduct } from '../kit/stock-fixtures'
import { FUNCTIONS_DIR, OWNER, startTestCloud, expectOk } from '../kit/test-cloud'
import { percentile } from './cloud-bench'

export interface FlashBenchResult {
  buyers: number
  units: number
  dbLatencyMs: number
  docWriteRatePerSec: number
  sold: number
  bucketsLeft: number
  normalStockUntouched: boolean
  p50: number
  p95: number
  /** All database requests of the rush divided by the buyers, and by the orders placed. */
  requestsPerBuyer: number
  requestsPerOrder: number
  refusals: Record<string, number>
  seconds: number
}

export async function flashSaleBench(
  functionsDir: string,
  opts: { buyers: number; units: number; dbLatencyMs?: number; docWriteRatePerSec?: number; width?: number },
): Promise<FlashBenchResult> {
  const dbLatencyMs = opts.dbLatencyMs ?? 10
  const docWriteRatePerSec = opts.docWriteRatePerSec ?? 100
  const width = opts.width ?? 50
  const t = await startTestCloud({ functionsDir, seed: false, cost: { dbLatencyMs, docWriteRatePerSec } })
  try {
    const p = insertStockedProduct(t.cloud.store, 'flash-lot', opts.units + 50, { unique: false })
    const now = Date.now()
    const sale = expectOk(
      await t.call<{ _id: string }>('admin', 'flashSales.save', { name: '压测秒杀', productId: p.productId, skuId: p.skuId, price: 100, quantity: opts.units, perShopperLimit: 1, startAt: now - 1000, endAt: now + 3_600_000 }, OWNER),
    )
    const addresses: string[] = []
    for (let i = 0; i < opts.buyers; i += 200) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(200, opts.buyers - i) }, (_, k) =>
          t.call<{ _id: string }>('shop', 'address.save', { name: '林小晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' }, `fb-${i + k}`),
        ),
      )
      for (const r of batch) addresses.push(expectOk(r)._id)
    }
    const requestsBefore = t.requests()
    const times: number[] = []
    const refusals: Record<string, number> = {}
    let sold = 0
    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: Math.min(width, opts.buyers) }, async () => {
        while (next < opts.buyers) {
          const i = next++
          const t0 = performance.now()
          const r = await t.call<OrderCreateOutput>('shop', 'order.create', {
            clientRequestId: `flash-bench-${i}`,
            source: { buyNow: { productId: p.productId, skuId: p.skuId, quantity: 1, flashSaleId: sale._id } },
            addressId: addresses[i],
          }, `fb-${i}`)
          times.push(performance.now() - t0)
          if (r.ok) sold++
          else refusals[r.error.code] = (refusals[r.error.code] ?? 0) + 1
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000
    const requests = t.requests() - requestsBefore
    times.sort((a, b) => a - b)
    const buckets = t.cloud.store.collection('flash_stock').find({ saleId: sale._id }) as { remaining: number }[]
    const product = t.cloud.store.collection('products').get(p.productId) as { skus: { stock: number }[] }
    return {
      buyers: opts.buyers,
      units: opts.units,
      dbLatencyMs,
      docWriteRatePerSec,
      sold,
      bucketsLeft: buckets.reduce((n, b) => n + b.remaining, 0),
      normalStockUntouched: product.skus[0].stock === 50,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      requestsPerBuyer: requests / opts.buyers,
      requestsPerOrder: sold ? requests / sold : NaN,
      refusals,
      seconds,
    }
  } finally {
    await t.close()
  }
}

if (require.main === module) {
  const dir = process.argv[2] ?? FUNCTIONS_DIR
  ;(async () => {
    for (const buyers of [1_000, 5_000]) {
      const r = await flashSaleBench(dir, { buyers, units: 100 })
      console.log(JSON.stringify(r))
    }
  })().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}
