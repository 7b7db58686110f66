/**
 * checkout.quote with a busy shop: 20 active promotions (满减 tiers, campaign prices, first-order, free
 * shipping) and 50 coupons in the shopper's wallet, a three-line cart; p50 / p95 over `calls` quotes
 * after a warm-up (the 30 s config cache warm, as in the app).
 */
import type { Product } from '../../cloudfunctions/contracts/catalog'
import { startTestCloud } from '../kit/test-cloud'
import { percentile } from './cloud-bench'

export interface QuoteLatency {
  promotions: number
  coupons: number
  calls: number
  p50: number
  p95: number
}

const DAY = 86_400_000

export async function quoteLatency(functionsDir: string, calls = 200): Promise<QuoteLatency> {
  const t = await startTestCloud({ functionsDir, seed: true })
  try {
    const now = Date.now()
    const shopper = 'bench-quote-shopper'
    const products = t.cloud.store.docs('products').filter((p) => p.status === 'on') as unknown as Product[]
    const promos = t.cloud.store.collection('promotions')
    for (let i = 0; i < 20; i++) {
      const base = { _id: `bench-promo-${i}`, kind: 'promotion', name: `活动${i}`, status: 'active', startAt: now - DAY, endAt: now + DAY, createdAt: now, updatedAt: now }
      const variants = [
        { conditions: [{ code: 'minAmount', args: { amountFen: 10_000 + i * 1000 } }], actions: [{ code: 'amountOff', args: { amountFen: 500 + i * 100 } }] },
        { conditions: [{ code: 'scope', args: { kind: 'category', ids: [products[i % products.length].categoryId] } }], actions: [{ code: 'percentOff', args: { percent: 90 - (i % 5) } }] },
        { conditions: [{ code: 'firstOrder', args: {} }], actions: [{ code: 'amountOff', args: { amountFen: 1000 } }] },
        { actions: [{ code: 'tiered', args: { tiers: [{ thresholdFen: 20_000, amountOffFen: 2000 }, { thresholdFen: 50_000, amountOffFen: 6000 }] } }], conditions: [], exclusiveGroup: `tier${i}` },
        { conditions: [{ code: 'minQuantity', args: { quantity: 2 } }], actions: [{ code: 'freeShipping', args: {} }] },
      ]
      promos.insert({ ...base, ...variants[i % variants.length] } as never)
    }
    t.cloud.store.collection('members').insert({ _id: shopper, openid: shopper, paidOrderCount: 0 } as never)
    const coupons = t.cloud.store.collection('coupons')
    for (let i = 0; i < 50; i++) {
      coupons.insert({
        _id: `bench-coupon-${i}`, openid: shopper, templateId: `tpl${i % 5}`, name: `券${i}`, status: 'available',
        benefit: i % 2 ? { kind: 'amountOff', amountOffFen: 200 + i * 50 } : { kind: 'percentOff', percent: 85 + (i % 10), capFen: 3000 },
        thresholdFen: (i % 7) * 5000, scope: { kind: 'all' }, startAt: now - DAY, expiresAt: now + DAY + i * 1000,
        claimedAt: now, createdAt: now, updatedAt: now, log: [],
      } as never)
    }
    let added = 0
    for (const p of products) {
      const sku = p.skus.find((s) => s.stock >= 2)
      if (!sku) continue
      const r = await t.call('shop', 'cart.add', { productId: p._id, skuId: sku.skuId, quantity: 1 }, shopper)
      if (r.ok && ++added === 3) break
    }
    const input = { source: { fromCart: true } }
    for (let i = 0; i < 20; i++) {
      const warm = await t.call('shop', 'checkout.quote', input, shopper)
      if (!warm.ok) throw new Error(`checkout.quote failed: ${JSON.stringify(warm.error)}`)
    }
    const times: number[] = []
    for (let i = 0; i < calls; i++) {
      const started = performance.now()
      const res = await t.call('shop', 'checkout.quote', input, shopper)
      times.push(performance.now() - started)
      if (!res.ok) throw new Error(`checkout.quote failed: ${JSON.stringify(res.error)}`)
    }
    times.sort((a, b) => a - b)
    return { promotions: 20, coupons: 50, calls, p50: percentile(times, 50), p95: percentile(times, 95) }
  } finally {
    await t.close()
  }
}
