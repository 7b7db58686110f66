import type { CheckoutSource } from '@cloud/contracts/checkout'
import { designFromQuery } from '../../../components/diy-ring/design-query'

/**
 * The checkout page's query → what is being bought: `from=cart` (the selected cart lines) or
 * `from=buyNow&productId&skuId&quantity` (one SKU from the goods page) or `from=diy&ring&charm&wrist`
 * (a DIY bracelet from the builder, components/diy-ring/design-query.ts). Null when the query is unusable.
 */
export function checkoutSourceFromQuery(params: Record<string, string | undefined>): CheckoutSource | null {
  if (params.from === 'buyNow') {
    const quantity = Number(params.quantity ?? '1')
    if (!params.productId || !params.skuId || !Number.isInteger(quantity) || quantity < 1 || quantity > 99) return null
    // 秒杀 / 拼团: the special rides along (the server checks it and prices the line).
    const special = params.flashSaleId
      ? { flashSaleId: params.flashSaleId }
      : params.groupOfferId
        ? { group: { offerId: params.groupOfferId, ...(params.groupId ? { groupId: params.groupId } : {}) } }
        : {}
    return { buyNow: { productId: params.productId, skuId: params.skuId, quantity, ...special } }
  }
  if (params.from === 'diy') {
    const design = designFromQuery(params)
    return design ? { diy: design } : null
  }
  if (params.from === 'cart' || params.from === undefined) return { fromCart: true }
  return null
}
