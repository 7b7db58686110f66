import type { CatalogListInput, Product, ProductCard, Sku } from '../contracts/catalog'

/** Which stored field and direction each shopper-facing sort means. Ties break on _id for stable pages. */
export const SORT_FIELDS = {
  newest: ['createdAt', 'desc'],
  priceAsc: ['priceFrom', 'asc'],
  priceDesc: ['priceFrom', 'desc'],
  sales: ['sold', 'desc'],
} as const satisfies Record<NonNullable<CatalogListInput['sort']>, readonly [keyof Product, 'asc' | 'desc']>

/** The fields a product card needs; read with field() so lists never ship descriptions or all SKUs. */
export const CARD_FIELDS = {
  _id: true,
  title: true,
  priceFrom: true,
  stock: true,
  sold: true,
  unique: true,
  status: true,
  categoryId: true,
  tags: true,
  media: true,
  attrs: true,
} as const

export function toProductCard(p: Pick<Product, keyof typeof CARD_FIELDS>): ProductCard {
  return {
    _id: p._id,
    title: p.title,
    priceFrom: p.priceFrom,
    stock: p.stock,
    sold: p.sold,
    unique: p.unique,
    status: p.status,
    categoryId: p.categoryId,
    tags: p.tags,
    cover: p.media.images[0] ?? '',
    material: p.attrs.material,
  }
}

/** Product-level figures are derived from SKUs; computing them in one place keeps them from drifting. */
export function skuTotals(skus: readonly Sku[]): { priceFrom: number; stock: number; sold: number } {
  if (skus.length === 0) return { priceFrom: 0, stock: 0, sold: 0 }
  return {
    priceFrom: Math.min(...skus.map((s) => s.price)),
    stock: skus.reduce((n, s) => n + s.stock, 0),
    sold: skus.reduce((n, s) => n + s.sold, 0),
  }
}
