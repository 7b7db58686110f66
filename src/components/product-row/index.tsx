import { Image, Text, View } from '@tarojs/components'
import type { ProductCard as ProductCardData } from '@cloud/contracts/catalog'
import { Price } from '../price'
import { StockBadges } from '../stock-badges'
import './index.scss'

/** Fixed-height list row (cover left, text right): the unit of virtualised lists, so every row is the same size. */
export function ProductRow({ product, onOpen }: { product: ProductCardData; onOpen: (id: string) => void }) {
  return (
    <View className='jf-product-row' data-testid='product-card' data-id={product._id} onClick={() => onOpen(product._id)}>
      <Image className='jf-product-row__cover' src={product.cover} mode='aspectFill' lazyLoad />
      <View className='jf-product-row__body'>
        <Text className='jf-product-row__title' data-product-data>{product.title}</Text>
        <Text className='jf-product-row__material' data-product-data>{product.material}</Text>
        <View className='jf-product-row__footer'>
          <Price fen={product.priceFrom} testId='card-price' />
          <StockBadges unique={product.unique} stock={product.stock} status={product.status} />
        </View>
      </View>
    </View>
  )
}

/** Row height in design px (750 grid) — the virtual list needs it in screen px, see rowHeightPx. */
export const PRODUCT_ROW_HEIGHT_RPX = 220

export function rpxToPx(rpx: number, windowWidth: number): number {
  const rootPx = h5RootFontPx()
  // H5 turns design px into rem (750 design px = 18.75rem) and Taro never lets the root font go below
  // 20px, so on screens narrower than 375px a row is taller than width/750 predicts: rows overlapped
  // and hid their prices at 320px. Follow the root font there, unrounded so rows do not drift apart.
  if (rootPx) return (rpx * rootPx) / 40
  return Math.round((rpx * windowWidth) / 750)
}

function h5RootFontPx(): number | null {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return null
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize)
  return px > 0 ? px : null
}
