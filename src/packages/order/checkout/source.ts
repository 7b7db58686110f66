import type { CheckoutSource } from '@cloud/contracts/checkout'

/**
 * The checkout page's query → what is being bought: `from=cart` (the selected cart lines) or
 * `from=buyNow&productId&skuId&quantity` (one SKU from the goods page). Null when the query is unusable.
 */
export function checkoutSourceFromQuery(params: Record<string, string | undefined>): CheckoutSource | null {
  if (params.from === 'buyNow') {
    const quantity = Number(params.quantity ?? '1')
    if (!params.productId || !params.skuId || !Number.isInteger(quantity) || quantity < 1 || quantity > 99) return null
    return { buyNow: { productId: params.productId, skuId: params.skuId, quantity } }
  }
  if (params.from === 'cart' || params.from === undefined) return { fromCart: true }
  return null
}
