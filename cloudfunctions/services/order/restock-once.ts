/**
 * Putting units back on the shelf exactly once, even if the function dies half-way: a cancelled order's
 * items, or the returned lines of an after-sale.
 *
 * The state write that decides a restock (pending_payment → cancelled; after-sale → refunding) also sets
 * a flag to 'pending' on the order. The units then go back in ONE transaction that re-reads the order,
 * increments every SKU and flips the flag to 'done' — all of it or none of it, and a second run finds
 * 'done' and does nothing. If the function dies before that transaction, the cron sweep finishes it.
 */
import type { Product } from '../../contracts/catalog'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { orders, type OrderRecord } from './order-record'
import { returnFlashUnitsInTx } from '../flash/flash-settle'
import { returnDiyUnitsInTx, unitsOfPart } from '../diy/diy-stock'

export type RestockState = 'pending' | 'done'

/** What goes back: the whole order after a cancel, or one after-sale's returned lines. */
export type RestockTarget = { kind: 'cancelled' } | { kind: 'afterSale'; index: number }

type FlaggedOrder = OrderRecord & {
  afterSales: (OrderRecord['afterSales'][number] & { restock?: RestockState })[]
}

function flagPath(target: RestockTarget): string {
  return target.kind === 'cancelled' ? 'stockRelease' : `afterSales.${target.index}.restock`
}

function flagOf(order: FlaggedOrder, target: RestockTarget): RestockState | undefined {
  return target.kind === 'cancelled' ? order.stockRelease : order.afterSales[target.index]?.restock
}

function unitsOf(order: FlaggedOrder, target: RestockTarget): { productId: string; skuId: string; quantity: number; diy?: OrderRecord['items'][number]['diy'] }[] {
  if (target.kind === 'cancelled') return order.items.map((i) => ({ productId: i.productId, skuId: i.skuId, quantity: i.quantity, diy: i.diy }))
  return order.afterSales[target.index].lines.flatMap((l) => {
    const item = order.items.find((i) => i.skuId === l.skuId)
    return item ? [{ productId: item.productId, skuId: l.skuId, quantity: l.quantity, diy: item.diy }] : []
  })
}

/** A DIY bracelet goes back as its components (each × bracelets returned), merged per component. */
function diyUnitsOf(units: ReturnType<typeof unitsOf>): { componentId: string; quantity: number }[] {
  const merged = new Map<string, number>()
  for (const u of units) if (u.diy) for (const c of unitsOfPart(u.diy, u.quantity)) merged.set(c.componentId, (merged.get(c.componentId) ?? 0) + c.quantity)
  return [...merged].map(([componentId, quantity]) => ({ componentId, quantity }))
}

/** The field to set to 'pending' in the same conditional write that decides the restock. */
export const restockPendingField = (target: RestockTarget) => ({ [flagPath(target)]: 'pending' as RestockState })

export async function restockOnce(orderId: string, target: RestockTarget, now: number): Promise<boolean> {
  const _ = db().command
  return db().runTransaction(async (t) => {
    const order = (await t.collection<FlaggedOrder>(COLLECTION.orders).doc(orderId).get()).data
    if (!order || flagOf(order, target) !== 'pending') return false
    // A flash order's units go back to its sale while the sale runs (else to the SKU, below).
    const toSale = target.kind === 'cancelled' && order.flash ? await returnFlashUnitsInTx(t, orderId, order.flash, now) : false
    const byProduct = new Map<string, { skuId: string; quantity: number }[]>()
    const units = toSale ? [] : unitsOf(order, target)
    await returnDiyUnitsInTx(t, diyUnitsOf(units), now)
    for (const unit of units.filter((u) => !u.diy)) byProduct.set(unit.productId, [...(byProduct.get(unit.productId) ?? []), unit])
    for (const [productId, units] of byProduct) {
      const product = (await t.collection<Product>(COLLECTION.products).doc(productId).get()).data
      if (!product) continue // deleted by the merchant: nothing to put back into
      const data: Record<string, unknown> = {}
      let total = 0
      for (const unit of units) {
        const index = product.skus.findIndex((s) => s.skuId === unit.skuId)
        if (index < 0) continue
        data[`skus.${index}.stock`] = _.inc(unit.quantity)
        data[`skus.${index}.sold`] = _.inc(-unit.quantity)
        total += unit.quantity
      }
      if (total === 0) continue
      Object.assign(data, { stock: _.inc(total), sold: _.inc(-total), updatedAt: now, version: _.inc(1) })
      await t.collection(COLLECTION.products).doc(productId).update({ data })
    }
    await t.collection(COLLECTION.orders).doc(orderId).update({ data: { [flagPath(target)]: 'done', updatedAt: now } })
    return true
  })
}

/** Cron: finish restocks that a crashed cancel or return left pending. */
export async function restockPending(now: number): Promise<number> {
  const _ = db().command
  const [cancelled, returned] = await Promise.all([
    orders().where({ state: _.in(['cancelled', 'refunded']), stockRelease: 'pending' }).limit(100).get(),
    orders().where({ afterSales: _.elemMatch({ restock: 'pending' }) }).limit(100).get(),
  ])
  let done = 0
  for (const order of cancelled.data) if (await restockOnce(order._id, { kind: 'cancelled' }, now)) done++
  for (const order of returned.data as FlaggedOrder[]) {
    for (let index = 0; index < order.afterSales.length; index++) {
      if (order.afterSales[index].restock === 'pending' && (await restockOnce(order._id, { kind: 'afterSale', index }, now))) done++
    }
  }
  return done
}
