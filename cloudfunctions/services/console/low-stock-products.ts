/**
 * The products list's low-stock filter (the dashboard's low-stock count opens it): products with a SKU
 * at or below its threshold, newest first. Two requests: the aggregate that finds them (at most 200),
 * then their cards.
 */
import type { Page } from '../../contracts/common'
import type { Product, ProductCard } from '../../contracts/catalog'
import { CARD_FIELDS, toProductCard } from '../../domain/catalog'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { lowStockProductIds } from './dashboard.service'

export async function listLowStockProducts(page: number, pageSize: number): Promise<Page<ProductCard>> {
  const ids = await lowStockProductIds()
  const slice = ids.slice((page - 1) * pageSize, page * pageSize)
  const _ = db().command
  const rows = slice.length ? (await db().collection<Product>(COLLECTION.products).where({ _id: _.in(slice) }).limit(slice.length).field(CARD_FIELDS).get()).data : []
  const byId = new Map(rows.map((p) => [p._id, p]))
  const items = slice.flatMap((id) => (byId.has(id) ? [toProductCard(byId.get(id)!)] : []))
  return { items, page, pageSize, total: ids.length, hasMore: page * pageSize < ids.length }
}
