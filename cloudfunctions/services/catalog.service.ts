import type { CatalogFilters, Category, CatalogHomeOutput, Product, ProductCard } from '../contracts/catalog'
import type { Page } from '../contracts/common'
import { CARD_FIELDS, SORT_FIELDS, toProductCard } from '../domain/catalog'
import { keywordPattern, SEARCH_FIELDS } from '../domain/search'
import { db } from '../platform/cloud'
import { campaignBanners } from './campaign/campaign.service'

export interface ListQuery extends CatalogFilters {
  categoryId?: string
  keyword?: string
  sort: keyof typeof SORT_FIELDS
  page: number
  pageSize: number
}

type Condition = Record<string, unknown>

/** db.RegExp exists at runtime on every SDK version we support; the facade leaves it out of its typings. */
function regExp(pattern: string): unknown {
  return (db() as unknown as { RegExp(o: { regexp: string; options: string }): unknown }).RegExp({ regexp: pattern, options: 'i' })
}

/** The where-condition for shopper lists: listed products, then each filter the shopper set. */
export function listCondition(q: Omit<ListQuery, 'sort' | 'page' | 'pageSize'>, status: 'on' | 'off' | 'any' = 'on'): Condition {
  const _ = db().command
  const where: Condition = {}
  if (status !== 'any') where.status = status
  if (q.categoryId) where.categoryId = q.categoryId
  if (q.material) where['attrs.material'] = q.material
  if (q.priceMin !== undefined && q.priceMax !== undefined) where.priceFrom = _.gte(q.priceMin).and(_.lte(q.priceMax))
  else if (q.priceMin !== undefined) where.priceFrom = _.gte(q.priceMin)
  else if (q.priceMax !== undefined) where.priceFrom = _.lte(q.priceMax)
  if (q.sizeMin !== undefined && q.sizeMax !== undefined) where['attrs.sizeMm'] = _.gte(q.sizeMin).and(_.lte(q.sizeMax))
  else if (q.sizeMin !== undefined) where['attrs.sizeMm'] = _.gte(q.sizeMin)
  else if (q.sizeMax !== undefined) where['attrs.sizeMm'] = _.lte(q.sizeMax)
  if (q.inStock) where.stock = _.gt(0)
  if (!q.keyword) return where
  const pattern = keywordPattern(q.keyword)
  if (!pattern) return where
  const anyField = _.or(SEARCH_FIELDS.map((field) => ({ [field]: regExp(pattern) })))
  return Object.keys(where).length ? _.and([where, anyField]) : anyField
}

/** Listed products matching the filters, sorted, paged the way the cloud database pages. */
export async function listProducts(q: ListQuery, status: 'on' | 'off' | 'any' = 'on'): Promise<Page<ProductCard>> {
  const where = listCondition(q, status)
  const [field, direction] = SORT_FIELDS[q.sort]
  const products = db().collection<Product>('products')
  const [rows, counted] = await Promise.all([
    products
      .where(where)
      .orderBy(field, direction)
      .orderBy('_id', 'asc')
      .skip((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .field(CARD_FIELDS)
      .get(),
    products.where(where).count(),
  ])
  const items = rows.data.map(toProductCard)
  return {
    items,
    page: q.page,
    pageSize: q.pageSize,
    total: counted.total,
    hasMore: (q.page - 1) * q.pageSize + items.length < counted.total,
  }
}

/** A product by id, listed or not: the detail page shows 已下架 for unlisted ones rather than a dead end. */
export async function getProduct(id: string): Promise<Product | null> {
  const { data } = await db().collection<Product>('products').doc(id).get()
  return data ?? null
}

export async function listCategories(): Promise<Category[]> {
  const { data } = await db().collection<Category>('categories').orderBy('sort', 'asc').limit(100).get()
  return data
}

/** Best-selling listed pieces that can still be bought. */
export async function bestsellers(limit: number): Promise<ProductCard[]> {
  const _ = db().command
  const { data } = await db()
    .collection<Product>('products')
    .where({ status: 'on', stock: _.gt(0) })
    .orderBy('sold', 'desc')
    .orderBy('_id', 'asc')
    .limit(limit)
    .field(CARD_FIELDS)
    .get()
  return data.map(toProductCard)
}

/** The newest listed pieces (the home page shows no total, so no count request). */
export async function newestCards(limit: number): Promise<ProductCard[]> {
  const [field, direction] = SORT_FIELDS.newest
  const { data } = await db().collection<Product>('products').where(listCondition({})).orderBy(field, direction).orderBy('_id', 'asc').limit(limit).field(CARD_FIELDS).get()
  return data.map(toProductCard)
}

/**
 * Everything the home page shows above 猜你喜欢, in one round trip of four parallel requests: categories,
 * newest, bestsellers and the running campaigns' banners (paid for by reading the newest without a count).
 */
export async function homeSections(now: number): Promise<CatalogHomeOutput> {
  const [categories, newArrivals, best, banners] = await Promise.all([listCategories(), newestCards(6), bestsellers(6), campaignBanners(now)])
  return { banners, categories, newArrivals, bestsellers: best }
}
