import { Image, Text, View } from '@tarojs/components'
import type { ProductCard as ProductCardData } from '@cloud/contracts/catalog'
import { Price } from '../price'
import { StockBadges } from '../stock-badges'
import './index.scss'

interface ProductCardProps {
  product: ProductCardData
  onOpen: (id: string) => void
}

/** One tile of a product grid: cover, title, lowest price, and the badges a collector looks for. */
export function ProductCard({ product, onOpen }: ProductCardProps) {
  return (
    <View className='jf-product-card' data-testid='product-card' data-id={product._id} onClick={() => onOpen(product._id)}>
      <Image className='jf-product-card__cover' src={product.cover} mode='aspectFill' lazyLoad />
      <View className='jf-product-card__body'>
        <Text className='jf-product-card__title' data-product-data>{product.title}</Text>
        <Text className='jf-product-card__material' data-product-data>{product.material}</Text>
        <View className='jf-product-card__footer'>
          <Price fen={product.priceFrom} />
          <StockBadges unique={product.unique} stock={product.stock} status={product.status} />
        </View>
      </View>
    </View>
  )
}
