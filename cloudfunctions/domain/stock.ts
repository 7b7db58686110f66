/** Whether a SKU of a product can be bought in a given quantity. Pure; shared by cart, quote and order. */
import type { Product, Sku } from '../contracts/catalog'

export type Unavailable = 'sold_out' | 'unlisted' | 'stock_short'

export interface Availability {
  sku: Sku | null
  /** Index of the SKU in product.skus, for the `skus.<i>.stock` conditional update; -1 if missing. */
  index: number
  stock: number
  valid: boolean
  reason?: Unavailable
}

export function availability(product: Product | null, skuId: string, quantity: number): Availability {
  if (!product) return { sku: null, index: -1, stock: 0, valid: false, reason: 'unlisted' }
  const index = product.skus.findIndex((s) => s.skuId === skuId)
  const sku = index >= 0 ? product.skus[index] : null
  if (!sku || product.status !== 'on') return { sku, index, stock: sku?.stock ?? 0, valid: false, reason: 'unlisted' }
  if (sku.stock <= 0) return { sku, index, stock: 0, valid: false, reason: 'sold_out' }
  if (sku.stock < quantity) return { sku, index, stock: sku.stock, valid: false, reason: 'stock_short' }
  return { sku, index, stock: sku.stock, valid: true }
}

/** Message keys for why a SKU cannot be bought (src/i18n/server-messages/shop.ts). */
export const UNAVAILABLE_KEY: Record<Unavailable, string> = {
  sold_out: 'stock.unavailable.sold_out',
  unlisted: 'stock.unavailable.unlisted',
  stock_short: 'stock.unavailable.stock_short',
}

/**
 * What a cart line and a quote line both show of a SKU: the product as it is now, priced and checked
 * for the wanted quantity. A product deleted meanwhile still renders, as an invalid line.
 */
export function describeSkuLine(product: Product | null, skuId: string, quantity: number) {
  const a = availability(product, skuId, quantity)
  return {
    // a deleted product has no title of its own: the line says `removed` and the client words it
    title: product?.title ?? '',
    skuName: a.sku?.name ?? '',
    cover: product?.media?.images?.[0] ?? '',
    unitPrice: a.sku?.price ?? 0,
    stock: a.stock,
    valid: a.valid,
    ...(a.reason ? { invalidReason: a.reason } : {}),
    ...(product ? {} : { removed: true as const }),
    skuIndex: a.index,
  }
}
