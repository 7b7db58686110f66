import type { Product, ProductCard } from '../contracts/catalog'
import type { Page } from '../contracts/common'
import type { Favorite } from '../contracts/favorites'
import { CARD_FIELDS, toProductCard } from '../domain/catalog'
import { notFound } from '../core/errors'
import { db } from '../platform/cloud'
import { recordKey } from './record-key'

/** Hash of [openid, productId] (services/record-key.ts): no two (buyer, product) pairs share an id. */
export const favoriteId = (openid: string, productId: string) => recordKey('f', openid, productId)

/**
 * Favourites are found by (openid, productId) — the unique index `buyer_product` — never by id alone, so
 * records saved under the old `<openid>_<productId>` ids still count and are still removable.
 */
async function findFavorite(openid: string, productId: string): Promise<Favorite | null> {
  const { data } = await db().collection<Favorite>('favorites').where({ openid, productId }).limit(1).get()
  return data[0] ?? null
}

export async function isFavorite(openid: string, productId: string): Promise<boolean> {
  return (await findFavorite(openid, productId)) !== null
}

/** Idempotent: saving twice keeps one record, removing an absent one is fine. Only ever the caller's own record. */
export async function setFavorite(openid: string, productId: string, favorite: boolean, now: number): Promise<boolean> {
  const favorites = db().collection<Favorite>('favorites')
  if (!favorite) {
    await favorites.where({ openid, productId }).remove()
    return false
  }
  const { data: product } = await db().collection<Product>('products').doc(productId).get()
  if (!product) throw notFound('product', productId)
  if (await findFavorite(openid, productId)) return true
  try {
    await favorites.doc(favoriteId(openid, productId)).set({ data: { openid, productId, createdAt: now } })
  } catch (err) {
    // a record under the old id raced in first (unique buyer_product): saved either way
    if (!(await findFavorite(openid, productId))) throw err
  }
  return true
}

/** Saved products, newest first; an unlisted product stays in the list (the card shows 已下架). */
export async function listFavorites(openid: string, page: number, pageSize: number): Promise<Page<ProductCard>> {
  const favorites = db().collection<Favorite>('favorites')
  const [rows, counted] = await Promise.all([
    favorites.where({ openid }).orderBy('createdAt', 'desc').skip((page - 1) * pageSize).limit(pageSize).get(),
    favorites.where({ openid }).count(),
  ])
  const ids = rows.data.map((f) => f.productId)
  const _ = db().command
  const products = ids.length
    ? (await db().collection<Product>('products').where({ _id: _.in(ids) }).limit(ids.length).field(CARD_FIELDS).get()).data
    : []
  const byId = new Map(products.map((p) => [p._id, toProductCard(p)]))
  const items = ids.map((id) => byId.get(id)).filter((p): p is ProductCard => p !== undefined)
  return { items, page, pageSize, total: counted.total, hasMore: (page - 1) * pageSize + rows.data.length < counted.total }
}
