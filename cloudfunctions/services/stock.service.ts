/**
 * Stock moves: ONE conditional update per SKU on the product record, so the check and the take are the
 * same atomic write and concurrent buyers can never oversell (docs/platform-facts.md §13.1: never stock
 * checked in one step and taken in another).
 */
import type { Product } from '../contracts/catalog'
import { AppError } from '../core/errors'
import { db } from '../platform/cloud'
import { COLLECTION } from '../schema/collections'

export interface StockRequest {
  productId: string
  skuId: string
  quantity: number
  /** For the SOLD_OUT message. */
  title: string
  /** Where the SKU sat in product.skus when the caller read it; saves a read, re-checked by the update. */
  indexHint?: number
}

/** A decrement that succeeded; pass it back to releaseStock to undo it. */
export interface StockTaken {
  productId: string
  skuId: string
  quantity: number
}

const products = () => db().collection<Product>(COLLECTION.products)

async function skuIndexOf(productId: string, skuId: string): Promise<number> {
  const { data } = await products().doc(productId).get()
  return data ? data.skus.findIndex((s) => s.skuId === skuId) : -1
}

/** Takes `quantity` of one SKU if and only if that many are left and the product is listed. */
export async function takeSku(req: StockRequest): Promise<boolean> {
  const _ = db().command
  const attempt = async (index: number) => {
    const sku = `skus.${index}`
    const result = await products()
      .where({ _id: req.productId, status: 'on', [`${sku}.skuId`]: req.skuId, [`${sku}.stock`]: _.gte(req.quantity) })
      .update({
        data: {
          [`${sku}.stock`]: _.inc(-req.quantity),
          [`${sku}.sold`]: _.inc(req.quantity),
          stock: _.inc(-req.quantity),
          sold: _.inc(req.quantity),
          // in the same write: a product form loaded before this sale can no longer be saved over it
          version: _.inc(1),
        },
      })
    return result.stats.updated === 1
  }
  if (req.indexHint !== undefined && req.indexHint >= 0 && (await attempt(req.indexHint))) return true
  // Either short of stock or the SKU moved: look its position up once and try again.
  const index = await skuIndexOf(req.productId, req.skuId)
  if (index < 0 || index === req.indexHint) return false
  return attempt(index)
}

/** Puts units back (order cancelled, reservation undone, goods returned). `countAsSold`: undo the sale count too. */
export async function putBackSku(item: StockTaken, countAsSold = true): Promise<void> {
  const _ = db().command
  // The SKU's position may change if the merchant edits the product meanwhile; the condition pins it.
  for (let attempt = 0; attempt < 3; attempt++) {
    const index = await skuIndexOf(item.productId, item.skuId)
    if (index < 0) return // SKU deleted by the merchant: nothing to put back into.
    const sku = `skus.${index}`
    const data: Record<string, unknown> = { [`${sku}.stock`]: _.inc(item.quantity), stock: _.inc(item.quantity), version: _.inc(1) }
    if (countAsSold) Object.assign(data, { [`${sku}.sold`]: _.inc(-item.quantity), sold: _.inc(-item.quantity) })
    const result = await products().where({ _id: item.productId, [`${sku}.skuId`]: item.skuId }).update({ data })
    if (result.stats.updated === 1) return
  }
  throw new Error(`could not restore stock of ${item.productId}/${item.skuId}`)
}

/**
 * All or nothing: takes every line in turn; if one is short, restores every decrement already made
 * and throws SOLD_OUT naming the item.
 */
export async function reserveStock(requests: readonly StockRequest[]): Promise<StockTaken[]> {
  const taken: StockTaken[] = []
  for (const req of requests) {
    let ok = false
    try {
      ok = await takeSku(req)
    } catch (err) {
      await releaseStock(taken)
      throw err
    }
    if (!ok) {
      await releaseStock(taken)
      throw new AppError('SOLD_OUT', 'error.stock.soldOut', { title: req.title }, {
        productId: req.productId,
        skuId: req.skuId,
        title: req.title,
      })
    }
    taken.push({ productId: req.productId, skuId: req.skuId, quantity: req.quantity })
  }
  return taken
}

export async function releaseStock(taken: readonly StockTaken[]): Promise<void> {
  for (const item of [...taken].reverse()) await putBackSku(item)
}
