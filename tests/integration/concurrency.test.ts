/**
 * Many shoppers at once through real function bundles (fixtures requiring wx-server-sdk): stock is
 * never oversold and no shopper ever sees another shopper's OPENID.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { type TestCloud, openTestCloud, tempDbPath } from '../contract/helpers'

let t: TestCloud

beforeEach(async () => {
  t = await openTestCloud({ dbPath: tempDbPath() })
})
afterEach(() => t.cloud.close())

it('300 concurrent buyers of a product with stock 100: exactly 100 succeed and stock ends at 0', async () => {
  t.cloud.store.collection('products').insert({
    _id: 'amethyst-bracelet',
    stock: 100,
    sold: 0,
    skus: [{ skuId: 'sku-8mm', stock: 100, price: 12800 }],
  })
  const buyers = Array.from({ length: 300 }, (_, i) => `o-buyer-${i}`)
  const results = (await Promise.all(
    buyers.map((openid) =>
      t.cloud.invoke('stock', { productId: 'amethyst-bracelet', skuId: 'sku-8mm', n: 1 }, { openid }),
    ),
  )) as { ok: boolean; openid: string }[]

  const winners = results.filter((r) => r.ok)
  expect(winners).toHaveLength(100)
  expect(results.map((r) => r.openid)).toEqual(buyers)
  const product = t.cloud.store.collection('products').get('amethyst-bracelet')!
  expect(product).toMatchObject({ stock: 0, sold: 100, skus: [{ skuId: 'sku-8mm', stock: 0 }] })
  const orders = t.cloud.store.collection('orders').find({}, { limit: 1000 })
  expect(orders).toHaveLength(100)
  expect(new Set(orders.map((o) => o.openid))).toEqual(new Set(winners.map((w) => w.openid)))
})

it('50 concurrent callers each see their own OPENID before and after awaiting', async () => {
  const callers = Array.from({ length: 50 }, (_, i) => `o-caller-${i}`)
  const results = (await Promise.all(callers.map((openid) => t.cloud.invoke('whoami', {}, { openid })))) as {
    before: { OPENID: string }
    after: { OPENID: string }
    userInfo: { openId: string }
  }[]
  results.forEach((r, i) => {
    expect(r.before.OPENID).toBe(callers[i])
    expect(r.after.OPENID).toBe(callers[i])
    expect(r.userInfo.openId).toBe(callers[i])
  })
  const visits = t.cloud.store.collection('visits').find({}, { limit: 1000 })
  expect(visits.map((v) => v.openid).sort()).toEqual([...callers].sort())
  // Nothing leaks into the process-wide environment outside an invocation.
  expect(process.env.WX_OPENID).toBeUndefined()
})
