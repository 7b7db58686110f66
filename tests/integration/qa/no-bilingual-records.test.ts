/**
 * Acceptance: nothing stored holds display text. Seeds the demo shop, runs a shopper's and the
 * merchant's usual actions (order, pay, cancel, after-sale request / approve, ship) through the built
 * bundles, then scans every string of every document in every collection for a "中文 / English" pair.
 * Reasons are stored as {key, params}; the client translates them.
 */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Product } from '../../../cloudfunctions/contracts/catalog'
import { seedLocalCloud } from '../../../local-cloud/seed-local-cloud'
import { addressFor, buyNow, expectOk, getOrder, OWNER, payFor, startOrdersCloud, type OrdersCloud } from '../orders/orders-kit'

const BILINGUAL = /\p{Script=Han}[^"]* \/ [A-Za-z]/u

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
  seedLocalCloud(t.cloud.store, { filesDir: join(t.dataDir, 'files'), ownerOpenid: OWNER, log: () => {} })
})
afterAll(() => t?.close())

/** Every string in a document, with where it sits (`collection/_id.path`). */
function strings(value: unknown, at: string, out: { at: string; text: string }[]) {
  if (typeof value === 'string') out.push({ at, text: value })
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${at}.${i}`, out))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${at}.${k}`, out)
  return out
}

function buyable(): Product[] {
  const products = (t.cloud.store.snapshot().products ?? []) as unknown as Product[]
  return products.filter((p) => p.status === 'on' && p.skus[0] && p.skus[0].stock >= 1)
}

describe('no stored record holds a "中文 / English" pair', () => {
  it('after ordering, paying, cancelling, an approved after-sale and a shipment', async () => {
    const shopper = 'qa-bilingual-shopper'
    const address = await addressFor(t, shopper)
    const [a, b, c] = buyable()

    // cancelled by the buyer: a cancel reason and a history entry
    const cancelled = expectOk(await buyNow(t, shopper, address._id, a))
    expectOk(await t.call('shop', 'order.cancel', { orderId: cancelled.orderId }, shopper))

    // paid, then refunded through an approved refund-only after-sale
    const refunded = expectOk(await buyNow(t, shopper, address._id, b))
    await payFor(t, shopper, refunded.orderId)
    const paid = await getOrder(t, shopper, refunded.orderId)
    expectOk(
      await t.call('shop', 'aftersale.request', {
        orderId: paid._id,
        kind: 'refund_only',
        lines: [{ skuId: paid.items[0].skuId, quantity: 1 }],
        reason: '不想要了',
        photos: [],
      }, shopper),
    )
    const queue = expectOk(await t.call<{ items: { _id: string; orderId: string }[] }>('admin', 'afterSales.list', { page: 1, pageSize: 50, state: 'pending' }, OWNER))
    const request = queue.items.find((x) => x.orderId === paid._id)
    expect(request).toBeDefined()
    expectOk(await t.call('admin', 'afterSales.approve', { id: request!._id }, OWNER))

    // paid and shipped (shipping info upload included)
    const shipped = expectOk(await buyNow(t, shopper, address._id, c))
    await payFor(t, shopper, shipped.orderId)
    expectOk(await t.call('admin', 'adminOrders.ship', { orderId: shipped.orderId, carrierCode: 'SF', waybillNo: 'SF1234567890' }, OWNER))

    const found = Object.entries(t.cloud.store.snapshot()).flatMap(([collection, docs]) =>
      docs.flatMap((doc) => strings(doc, `${collection}/${String((doc as { _id?: unknown })._id)}`, [])).filter((s) => BILINGUAL.test(s.text)),
    )
    expect(found.map((s) => `${s.at}: ${s.text}`)).toEqual([])
  })
})
