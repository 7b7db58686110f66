import Taro from '@tarojs/taro'
import type { Product, Sku } from '@cloud/contracts/catalog'
import { callAction } from '../../api'
import { routes } from '../../routes'
import { showCartBadge } from '../../state/cart-badge'
import { describeErrorNow, t } from '../../state/locale'

export interface PurchaseRequest {
  product: Product
  sku: Sku
  quantity: number
}

export interface PurchaseActions {
  addToCart(request: PurchaseRequest): void | Promise<void>
  buyNow(request: PurchaseRequest): void | Promise<void>
}

/**
 * THE connection point for checkout: the product page's 加入购物车 / 立即购买 buttons call these —
 * cart.add then a toast, or buy now → the checkout page. The product page needs no change.
 */
export function usePurchaseActions(): PurchaseActions {
  return {
    // The server caps the quantity by stock and answers with the whole cart; the toast is the receipt.
    async addToCart({ product, sku, quantity }) {
      const result = await callAction('shop', 'cart.add', { productId: product._id, skuId: sku.skuId, quantity })
      if (result.ok) {
        void showCartBadge(result.data.badgeCount)
        const { added, inCart } = result.data
        if (added >= quantity) void Taro.showToast({ title: t('cart.added'), icon: 'success' })
        else if (added > 0) void Taro.showToast({ title: t('cart.addedSome', { added }), icon: 'none', duration: 3000 })
        else void Taro.showToast({ title: t('cart.allInCart', { inCart }), icon: 'none', duration: 3000 })
      } else {
        void Taro.showToast({ title: describeErrorNow(result.error), icon: 'none', duration: 3000 })
      }
    },
    // Buy now skips the cart: checkout quotes this one SKU directly.
    buyNow({ product, sku, quantity }) {
      void Taro.navigateTo({ url: routes.checkoutBuyNow(product._id, sku.skuId, quantity) })
    },
  }
}
