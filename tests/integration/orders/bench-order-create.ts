/**
 * order.create throughput on the local cloud (real bundle, real SDK, SQLite). Reports; asserts nothing.
 *   JF_DIST_DIR=/tmp/jf-dist-h5b npx tsx tests/integration/orders/bench-order-create.ts [orders] [concurrency]
 */
import { addressFor, newRequestId, putProduct, startOrdersCloud } from './orders-kit'

async function main() {
  const total = Number(process.argv[2] ?? 2000)
  const concurrency = Number(process.argv[3] ?? 50)
  const t = await startOrdersCloud()
  const products = Array.from({ length: 20 }, () => putProduct(t, [{ price: 12800, stock: 100_000 }, { price: 8800, stock: 100_000 }]))
  const buyers = Array.from({ length: 200 }, (_, i) => `bench-${i}`)
  const addresses = new Map<string, string>()
  for (const b of buyers) addresses.set(b, (await addressFor(t, b))._id)
  // Warm the bundle (cold start) before measuring.
  await t.call('shop', 'checkout.quote', { source: { fromCart: true } }, buyers[0])

  let next = 0
  let failed = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const n = next++
        const buyer = buyers[n % buyers.length]
        const p = products[n % products.length]
        const res = await t.call('shop', 'order.create', {
          clientRequestId: newRequestId(),
          source: { buyNow: { productId: p._id, skuId: p.skus[n % 2].skuId, quantity: 1 } },
          addressId: addresses.get(buyer)!,
        }, buyer)
        if (!res.ok) failed++
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  console.log(JSON.stringify({ orders: total, concurrency, failed, seconds: +seconds.toFixed(2), ordersPerSecond: Math.round(total / seconds) }))
  await t.close()
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
