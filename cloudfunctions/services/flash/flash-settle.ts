/**
 * Flash units going back, each exactly once:
 * - a cancelled (or timed-out) flash order's units go back to the bucket they came from while the sale
 *   still runs, or to the SKU's normal stock once it has been settled; the shopper's claim shrinks too.
 *   This runs inside the order's restock transaction (services/order/restock-once.ts), whose flag makes
 *   it once.
 * - when the window ends (cron), every bucket's remainder goes back to normal stock in ONE transaction
 *   that also sets the sale's `settledAt`: a second run finds it set and does nothing, and a cancel
 *   racing it conflicts on the bucket and is retried, seeing the sale settled.
 */
import type { Product } from '../../contracts/catalog'
import type { Transaction } from '../../platform/db-types'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { bucketId, flashSales, type FlashBucketDoc, type FlashOrderPart, type FlashSaleDoc } from './flash-record'

/**
 * Inside the order's restock transaction: true when the units went back to the sale (the caller then
 * skips the product), false when the sale is settled or gone (the caller restocks the product).
 */
export async function returnFlashUnitsInTx(t: Transaction, orderId: string, part: FlashOrderPart, now: number): Promise<boolean> {
  const _ = db().command
  const sale = (await t.collection<FlashSaleDoc>(COLLECTION.flash_sales).doc(part.saleId).get()).data
  if (sale) {
    await t.collection(COLLECTION.flash_claims).doc(part.claimId).update({ data: { units: _.inc(-part.units), orderIds: _.pull(orderId), updatedAt: now } })
  }
  if (!sale || sale.settledAt !== null) return false
  await t.collection(COLLECTION.flash_stock).doc(part.bucketId).update({ data: { remaining: _.inc(part.units) } })
  return true
}

/** Puts every unsold unit of an ended sale back on its SKU, once. Returns the units returned (0 if already done). */
export async function settleSale(saleId: string, now: number): Promise<number> {
  const _ = db().command
  return db().runTransaction(async (t) => {
    const sale = (await t.collection<FlashSaleDoc>(COLLECTION.flash_sales).doc(saleId).get()).data
    if (!sale || sale.settledAt !== null || sale.endAt > now) return 0
    let left = 0
    for (let i = 0; i < sale.buckets; i++) {
      const ref = t.collection<FlashBucketDoc>(COLLECTION.flash_stock).doc(bucketId(saleId, i))
      const bucket = (await ref.get()).data
      if (!bucket || bucket.remaining <= 0) continue
      left += bucket.remaining
      await ref.update({ data: { remaining: _.inc(-bucket.remaining) } })
    }
    if (left > 0) {
      const product = (await t.collection<Product>(COLLECTION.products).doc(sale.productId).get()).data
      const index = product ? product.skus.findIndex((s) => s.skuId === sale.skuId) : -1
      if (product && index >= 0) {
        await t.collection(COLLECTION.products).doc(sale.productId).update({
          data: {
            [`skus.${index}.stock`]: _.inc(left),
            [`skus.${index}.sold`]: _.inc(-left),
            stock: _.inc(left),
            sold: _.inc(-left),
            version: _.inc(1),
            updatedAt: now,
          },
        })
      }
    }
    await t.collection(COLLECTION.flash_sales).doc(saleId).update({ data: { settledAt: now, returnedUnits: left, updatedAt: now } })
    return left
  })
}

/** Cron: sales whose window ended and whose unsold units are not back yet. */
export async function settleEndedSales(now: number): Promise<number> {
  const _ = db().command
  const { data } = await flashSales().where({ settledAt: null, endAt: _.lte(now) }).limit(50).get()
  let settled = 0
  for (const sale of data) {
    await settleSale(sale._id, now)
    settled++
  }
  return settled
}
