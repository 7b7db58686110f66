/**
 * Local-cloud figures through real bundles: catalog.list latency over 10 000 products, the throughput
 * of the hottest write path (the shop's conditional stock decrement; order.create too once it is
 * registered), and the oversell probes with their exact counts.
 */
import { join } from 'node:path'
import { registeredActions } from '../kit/action-catalog'
import { insertStockedProduct, stockOf } from '../kit/stock-fixtures'
import { startTestCloud, type TestCloud } from '../kit/test-cloud'
import type { RowWrite } from '../../local-cloud/store/sqlite-store'

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** Runs `task(i)` for i < n with at most `width` in flight. */
async function pool(n: number, width: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: Math.min(width, n) }, async () => {
    while (next < n) await task(next++)
  }))
}

/** 10 000 products shaped like the demo seed's (copies with new ids, prices, sales and dates). */
function insertCatalog(t: TestCloud, count: number): void {
  const templates = t.cloud.store.docs('products')
  if (templates.length === 0) throw new Error('the demo seed has no products to copy')
  const writes: RowWrite[] = []
  for (let i = 0; i < count; i++) {
    const base = structuredClone(templates[i % templates.length])
    const id = `bench-${i}`
    writes.push({
      collection: 'products',
      id,
      doc: { ...base, _id: id, title: `${base.title} #${i}`, priceFrom: 1000 + ((i * 7919) % 500_000), sold: (i * 31) % 2000, createdAt: 1_700_000_000_000 + i * 1000 },
    })
  }
  t.cloud.store.write(writes)
}

export interface LatencyResult {
  products: number
  calls: number
  p50: number
  p95: number
}

/** What a shopper sends while browsing and searching; search keywords hit title, tags, material and origin. */
const SEARCH_KEYWORDS = ['紫水晶', '海蓝宝', '手串', '巴西', '白水晶', '吊坠', '碧玺', '不存在的石头', '粉晶', '8mm 手串', 'zishuijing', 'zsj', '海兰宝', '乌拉圭 紫水晶', '月光石手链', 'qwxzv']

export function catalogListLatency(functionsDir: string, products: number, calls: number): Promise<LatencyResult> {
  return catalogLatency(functionsDir, products, calls, 'catalog.list', (categories) => [
    {},
    { sort: 'priceAsc' },
    { sort: 'sales', page: 3 },
    { page: 2, pageSize: 20 },
    ...categories.map((categoryId) => ({ categoryId })),
  ])
}

export function catalogSearchLatency(functionsDir: string, products: number, calls: number): Promise<LatencyResult> {
  return catalogLatency(functionsDir, products, calls, 'catalog.search', () =>
    SEARCH_KEYWORDS.flatMap((keyword, i) => [{ keyword }, { keyword, sort: 'priceAsc', page: 1 + (i % 3) }]),
  )
}

/** What a shopper's keystrokes send: prefixes in Chinese, pinyin and initials. */
const SUGGEST_PREFIXES = ['紫', '紫水', '海蓝', 'zi', 'zishui', 'hlb', 'zsj', '手', '粉晶', 'yue', '巴西', 'q']

export function catalogSuggestLatency(functionsDir: string, products: number, calls: number): Promise<LatencyResult> {
  return catalogLatency(functionsDir, products, calls, 'catalog.suggest', () => SUGGEST_PREFIXES.map((prefix) => ({ prefix })))
}

async function catalogLatency(
  functionsDir: string,
  products: number,
  calls: number,
  action: string,
  inputsFor: (categories: string[]) => object[],
): Promise<LatencyResult> {
  const t = await startTestCloud({ functionsDir, seed: true })
  try {
    const categories = t.cloud.store.docs('categories').map((c) => String(c._id))
    insertCatalog(t, products)
    const inputs = inputsFor(categories)
    for (let i = 0; i < 20; i++) {
      const warm = await t.call('shop', action, inputs[i % inputs.length], null)
      if (!warm.ok) throw new Error(`${action} failed: ${JSON.stringify(warm.error)}`)
    }
    const times: number[] = []
    for (let i = 0; i < calls; i++) {
      const started = performance.now()
      const res = await t.call('shop', action, inputs[i % inputs.length], null)
      times.push(performance.now() - started)
      if (!res.ok) throw new Error(`${action} failed: ${JSON.stringify(res.error)}`)
    }
    times.sort((a, b) => a - b)
    return { products, calls, p50: percentile(times, 50), p95: percentile(times, 95) }
  } finally {
    await t.close()
  }
}

export interface ThroughputResult {
  calls: number
  succeeded: number
  perSecond: number
  note?: string
}

export async function stockDecrementThroughput(probeDir: string, calls: number, concurrency: number): Promise<ThroughputResult> {
  const t = await startTestCloud({ functionsDir: probeDir })
  try {
    const p = insertStockedProduct(t.cloud.store, 'throughput-lot', calls * 2)
    let succeeded = 0
    const started = performance.now()
    await pool(calls, concurrency, async (i) => {
      const res = await t.call<{ taken: boolean }>('stockProbe' as never, 'probe.takeStock', { ...p, quantity: 1 }, `tp-${i}`)
      if (res.ok && res.data.taken) succeeded++
    })
    const seconds = (performance.now() - started) / 1000
    return { calls, succeeded, perSecond: succeeded / seconds }
  } finally {
    await t.close()
  }
}

/** order.create by many shoppers (buy-now, one address each), if the shop registers it yet. */
export async function orderCreateThroughput(functionsDir: string, orders: number, concurrency: number): Promise<ThroughputResult | null> {
  const byName = new Map(registeredActions().map((r) => [r.action.name, r]))
  const addressSave = byName.get('address.save')
  if (!byName.has('order.create') || !addressSave) return null
  const t = await startTestCloud({ functionsDir, seed: true })
  try {
    const categoryId = String(t.cloud.store.docs('categories')[0]?._id ?? 'bracelets')
    const p = insertStockedProduct(t.cloud.store, 'order-lot', orders * 2, { categoryId, unique: false })
    // A real region: address.save checks province / city / district against the region dataset, which a
    // schema-generated sample cannot hit.
    const address = { name: '林小晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' }
    const addressIds: string[] = []
    for (let i = 0; i < orders; i++) {
      const res = await t.call<{ _id?: string; id?: string }>('shop', 'address.save', address, `ob-${i}`)
      if (!res.ok) return { calls: 0, succeeded: 0, perSecond: 0, note: `address.save: ${res.error.code} ${res.error.message}` }
      addressIds.push(String(res.data._id ?? res.data.id))
    }
    let succeeded = 0
    let firstError = ''
    const started = performance.now()
    await pool(orders, concurrency, async (i) => {
      const input = { clientRequestId: `bench-order-${i}`, source: { buyNow: { productId: p.productId, skuId: p.skuId, quantity: 1 } }, addressId: addressIds[i] }
      const res = await t.call('shop', 'order.create', input, `ob-${i}`)
      if (res.ok) succeeded++
      else firstError ||= `${res.error.code} ${res.error.message}`
    })
    const seconds = (performance.now() - started) / 1000
    return { calls: orders, succeeded, perSecond: succeeded / seconds, note: firstError ? `first failure: ${firstError}` : undefined }
  } finally {
    await t.close()
  }
}

export interface OversellResult {
  buyers: number
  stock: number
  sold: number
  stockLeft: number
  ms: number
}

export async function oversellProbe(probeDir: string, buyers: number, stock: number): Promise<OversellResult> {
  const t = await startTestCloud({ functionsDir: probeDir })
  try {
    const p = insertStockedProduct(t.cloud.store, `oversell-${stock}`, stock)
    const started = performance.now()
    const replies = await Promise.all(
      Array.from({ length: buyers }, (_, i) => t.call<{ taken: boolean }>('stockProbe' as never, 'probe.takeStock', { ...p, quantity: 1 }, `os-${i}`)),
    )
    const ms = performance.now() - started
    return { buyers, stock, sold: replies.filter((r) => r.ok && r.data.taken).length, stockLeft: stockOf(t.cloud.store, p.productId).stock, ms }
  } finally {
    await t.close()
  }
}

export const STOCK_PROBE_ENTRY = join(__dirname, '..', 'kit', 'fixture-functions', 'stock-probe.ts')
