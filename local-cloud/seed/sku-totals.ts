import type { Sku } from '../../cloudfunctions/contracts/catalog'

/**
 * Product-level figures derived from its SKUs (lowest price, total stock, total sold). Kept tiny on
 * purpose: the lead moves one shared helper into cloudfunctions/domain and this one goes away.
 */
export function skuTotals(skus: readonly Sku[]): { priceFrom: number; stock: number; sold: number } {
  if (skus.length === 0) return { priceFrom: 0, stock: 0, sold: 0 }
  return {
    priceFrom: Math.min(...skus.map((s) => s.price)),
    stock: skus.reduce((n, s) => n + s.stock, 0),
    sold: skus.reduce((n, s) => n + s.sold, 0),
  }
}
