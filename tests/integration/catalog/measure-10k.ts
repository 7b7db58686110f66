/**
 * Quick latency probe for catalog.list / catalog.search at 10 000 products (acceptance 4's number until
 * `npm run bench` reports it). Run: JF_DIST_DIR=… npx tsx tests/integration/catalog/measure-10k.ts
 * Measures whole action calls through the built `shop` bundle on the local cloud (SDK, store, mingo).
 */
import { performance } from 'node:perf_hooks'
import { buildSeed } from '../../../local-cloud/seed'
import { startTestCloud } from '../../kit/test-cloud'
import { Query } from 'mingo'
import { DatabaseService } from '../../../local-cloud/store/database-service'

/**
 * JF_PATCH_COUNT=1 measures with the fix proposed for the store: count() compiles its query once
 * instead of once per document (queries holding a RegExp are not memoised, so search paid 10 000
 * compilations per call).
 */
if (process.env.JF_PATCH_COUNT === '1') {
  const proto = DatabaseService.prototype as unknown as Record<string, unknown>
  proto.count = function count(this: any, p: any) {
    const name = this.collection(p)
    const query = this.decode(p.query)
    const compiled = new Query(query)
    return this.store.candidates(name, query).filter((d: Record<string, unknown>) => compiled.test(d)).length
  }
}

const N = 10_000
const RUNS = 100

function p(sorted: number[], q: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
}

async function main() {
  const t = await startTestCloud({ seed: true })
  const base = buildSeed(Date.UTC(2026, 10, 1)).products
  const products = t.cloud.store.collection('products')
  for (let i = 0; i < N - base.length; i++) {
    const src = base[i % base.length]
    products.insert({ ...structuredClone(src), _id: `bench-${i}`, title: `${src.title} #${i}`, createdAt: src.createdAt - i * 1000, sold: (i * 7919) % 500 })
  }
  console.log(`products: ${products.count({})}`)
  const cases: [string, string, Record<string, unknown>][] = [
    ['catalog.list newest', 'catalog.list', { sort: 'newest', pageSize: 20 }],
    ['catalog.list category+price', 'catalog.list', { categoryId: 'c-bracelets', sort: 'priceAsc', pageSize: 20 }],
    ['catalog.list material+stock+sales p5', 'catalog.list', { material: '紫水晶', inStock: true, sort: 'sales', page: 5, pageSize: 20 }],
    ['catalog.search 紫水晶', 'catalog.search', { keyword: '紫水晶', pageSize: 20 }],
    ['catalog.search 海蓝宝 price', 'catalog.search', { keyword: '海蓝宝', sort: 'priceDesc', pageSize: 20 }],
  ]
  for (const [label, action, input] of cases) {
    for (let i = 0; i < 20; i++) await t.call('shop', action, input) // warm-up
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now()
      const r = await t.call('shop', action, input)
      times.push(performance.now() - start)
      if (!r.ok) throw new Error(`${label}: ${r.error.code} ${r.error.message}`)
    }
    times.sort((a, b) => a - b)
    console.log(`${label.padEnd(40)} p50 ${p(times, 0.5).toFixed(1)} ms  p95 ${p(times, 0.95).toFixed(1)} ms  max ${times[times.length - 1].toFixed(1)} ms`)
  }
  await t.close()
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
