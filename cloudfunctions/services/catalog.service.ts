import type { Category, Product, ProductCard } from '../contracts/catalog'
import type { Page } from '../contracts/common'
import { CARD_FIELDS, SORT_FIELDS, toProductCard } from '../domain/catalog'
import { db } from '../platform/cloud'

export interface ListQuery {
  categoryId?: string
  sort: keyof typeof SORT_FIELDS
  page: number
  pageSize: number
}

/** Listed products only, newest / price / sales order, paged the way the cloud database pages. */
export async function listProducts(q: ListQuery): Promise<Page<ProductCard>> {
  const where: Record<string, unknown> = { status: 'on' }
  if (q.categoryId) where.categoryId = q.categoryId
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
