import type { Product, ProductCard } from '../contracts/catalog'
import type { Page } from '../contracts/common'
import type { Favorite } from '../contracts/favorites'
import { CARD_FIELDS, toProductCard } from '../domain/catalog'
import { notFound } from '../core/errors'
import { db } from '../platform/cloud'

const favoriteId = (openid: string, productId: string) => `${openid}_${productId}`

export async function isFavorite(openid: string, productId: string): Promise<boolean> {
  const { data } = await db().collection<Favorite>('favorites').doc(favoriteId(openid, productId)).get()
  return data !== null
}

/** Idempotent: saving twice keeps one record, removing an absent one is fine. */
export async function setFavorite(openid: string, productId: string, favorite: boolean, now: number): Promise<boolean> {
  const favorites = db().collection<Favorite>('favorites')
  const id = favoriteId(openid, productId)
  if (!favorite) {
    await favorites.doc(id).remove()
    return false
  }
  const { data: product } = await db().collection<Product>('products').doc(productId).get()
  if (!product) throw notFound('product', productId)
  const { data: existing } = await favorites.doc(id).get()
  if (!existing) await favorites.doc(id).set({ data: { openid, productId, createdAt: now } })
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
