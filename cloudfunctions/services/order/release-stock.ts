/**
 * Putting a cancelled order's stock back, exactly once, even if the function dies half-way.
 *
 * The cancel write (pending_payment → cancelled) also sets `stockRelease: 'pending'`. The units then go
 * back in ONE transaction that re-reads the order, increments every SKU and flips the flag to 'done' —
 * so either all of it happens or none of it does, and a second run finds 'done' and does nothing. If the
 * function dies between the cancel and this transaction, the cron sweep finds the 'pending' order and
 * finishes the job.
 */
import type { Product } from '../../contracts/catalog'
import { checkpoint } from '../../platform/checkpoint'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { orders, type OrderRecord } from './order-record'

export type StockReleaseState = 'pending' | 'done'

export async function releaseCancelledOrderStock(orderId: string, now: number): Promise<boolean> {
  checkpoint('order.cancelled')
  const _ = db().command
  return db().runTransaction(async (t) => {
    const order = (await t.collection<OrderRecord & { stockRelease?: StockReleaseState }>(COLLECTION.orders).doc(orderId).get()).data
    if (!order || order.stockRelease !== 'pending') return false
    const byProduct = new Map<string, { skuId: string; quantity: number }[]>()
    for (const item of order.items) byProduct.set(item.productId, [...(byProduct.get(item.productId) ?? []), item])
    for (const [productId, items] of byProduct) {
      const product = (await t.collection<Product>(COLLECTION.products).doc(productId).get()).data
      if (!product) continue // deleted by the merchant: nothing to put back into
      const data: Record<string, unknown> = {}
      let total = 0
      for (const item of items) {
        const index = product.skus.findIndex((s) => s.skuId === item.skuId)
        if (index < 0) continue
        data[`skus.${index}.stock`] = _.inc(item.quantity)
        data[`skus.${index}.sold`] = _.inc(-item.quantity)
        total += item.quantity
      }
      if (total === 0) continue
      Object.assign(data, { stock: _.inc(total), sold: _.inc(-total), updatedAt: now })
      await t.collection(COLLECTION.products).doc(productId).update({ data })
    }
    await t.collection(COLLECTION.orders).doc(orderId).update({ data: { stockRelease: 'done', stockReleasedAt: now } })
    return true
  })
}

/** Cron: finish releases that a crashed or timed-out cancel left pending. */
export async function releasePendingStock(now: number): Promise<number> {
  const { data } = await orders().where({ state: 'cancelled', stockRelease: 'pending' }).limit(100).get()
  let released = 0
  for (const order of data) if (await releaseCancelledOrderStock(order._id, now)) released++
  return released
}
