/**
 * Oversell probes through a real bundle on the local cloud, all buyers at once: the shop's stock
 * decrement (services/stock.service takeSku, one conditional update) must sell exactly what exists —
 * 2 000 buyers of a one-of-a-kind piece give exactly 1 sale, 10 000 buyers of 100 units exactly 100.
 */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildFixtureFunctions, type FixtureFunctions } from '../kit/fixture-functions/build-fixture-functions'
import { insertStockedProduct, stockOf } from '../kit/stock-fixtures'
import { startTestCloud, type TestCloud } from '../kit/test-cloud'

let t: TestCloud
let fixtures: FixtureFunctions
beforeAll(async () => {
  fixtures = await buildFixtureFunctions({ stockProbe: join(__dirname, '..', 'kit', 'fixture-functions', 'stock-probe.ts') })
  t = await startTestCloud({ functionsDir: fixtures.functionsDir })
})
afterAll(async () => {
  await t?.close()
  fixtures?.remove()
})

async function rush(productId: string, skuId: string, buyers: number) {
  const replies = await Promise.all(
    Array.from({ length: buyers }, (_, i) =>
      t.call<{ taken: boolean }>('stockProbe' as never, 'probe.takeStock', { productId, skuId, quantity: 1 }, `buyer-${i}`),
    ),
  )
  const failures = replies.filter((r) => !r.ok)
  return { sold: replies.filter((r) => r.ok && r.data.taken).length, refused: replies.filter((r) => r.ok && !r.data.taken).length, failures }
}

describe('oversell probes', () => {
  it('2 000 concurrent buyers of a one-of-a-kind piece: exactly one gets it', async () => {
    const piece = insertStockedProduct(t.cloud.store, 'unique-piece', 1)
    const result = await rush(piece.productId, piece.skuId, 2_000)
    expect(result.failures).toEqual([])
    expect(result).toMatchObject({ sold: 1, refused: 1_999 })
    expect(stockOf(t.cloud.store, piece.productId)).toEqual({ stock: 0, skuStock: 0, sold: 1 })
  })

  it('10 000 concurrent buyers of 100 units: exactly 100 sales, stock never below zero', async () => {
    const lot = insertStockedProduct(t.cloud.store, 'hundred-lot', 100)
    const result = await rush(lot.productId, lot.skuId, 10_000)
    expect(result.failures).toEqual([])
    expect(result).toMatchObject({ sold: 100, refused: 9_900 })
    expect(stockOf(t.cloud.store, lot.productId)).toEqual({ stock: 0, skuStock: 0, sold: 100 })
  })
})
