import { useRouter } from '@tarojs/taro'
import { Image, Swiper, SwiperItem, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Product } from '@cloud/contracts/catalog'
import { callAction } from '../../../api'
import { ErrorState, LoadingSkeleton, Price, StockBadges } from '../../../components'
import { useRemote } from '../../../state/useRemote'
import { attributeRows } from './_components/attribute-rows'
import { SkuChips } from './_components/sku-chips'
import './index.scss'

/** One product: photos, price, crystal attributes, and its variants. */
export default function GoodsDetailPage() {
  const id = useRouter().params.id ?? ''
  const { remote, reload } = useRemote(
    () =>
      id
        ? callAction('shop', 'catalog.get', { id })
        : Promise.resolve({ ok: false as const, error: { code: 'INVALID_INPUT' as const, message: '缺少商品编号 / missing product id' } }),
    [id],
  )
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') {
    const notFound = remote.error.code === 'NOT_FOUND'
    return (
      <ErrorState
        error={remote.error}
        title={notFound ? '商品不存在 / product not found' : undefined}
        onRetry={notFound || remote.error.code === 'INVALID_INPUT' ? undefined : reload}
      />
    )
  }
  return <ProductDetail product={remote.data} />
}

function ProductDetail({ product }: { product: Product }) {
  const firstAvailable = product.skus.find((sku) => sku.stock > 0) ?? product.skus[0]
  const [skuId, setSkuId] = useState(firstAvailable?.skuId ?? '')
  const selected = product.skus.find((sku) => sku.skuId === skuId) ?? firstAvailable
  const images = product.media.images.length > 0 ? product.media.images : []

  return (
    <View className='goods-detail'>
      {images.length > 0 ? (
        <Swiper className='goods-detail__swiper' indicatorDots={images.length > 1} circular data-testid='product-images'>
          {images.map((src) => (
            <SwiperItem key={src}>
              <Image className='goods-detail__image' src={src} mode='aspectFill' />
            </SwiperItem>
          ))}
        </Swiper>
      ) : (
        <View className='goods-detail__swiper goods-detail__no-image'>
          <Text>暂无图片 / No photo</Text>
        </View>
      )}

      <View className='goods-detail__panel'>
        <View className='goods-detail__price-row'>
          <Price fen={selected?.price ?? product.priceFrom} size='large' testId='product-price' />
          <StockBadges unique={product.unique} stock={product.stock} status={product.status} />
        </View>
        <Text className='goods-detail__title' data-testid='product-title'>{product.title}</Text>
        {product.subtitle ? <Text className='goods-detail__subtitle'>{product.subtitle}</Text> : null}
        <Text className='goods-detail__sold'>已售 {product.sold} / {product.sold} sold</Text>
      </View>

      {product.skus.length > 1 ? (
        <View className='goods-detail__panel'>
          <Text className='goods-detail__panel-title'>规格 / Options</Text>
          <SkuChips skus={product.skus} selectedId={selected?.skuId ?? ''} onSelect={setSkuId} />
        </View>
      ) : null}

      <View className='goods-detail__panel' data-testid='product-attrs'>
        <Text className='goods-detail__panel-title'>宝贝参数 / Details</Text>
        {attributeRows(product.attrs).map((row) => (
          <View key={row.key} className='goods-detail__attr' data-testid={`attr-${row.key}`}>
            <Text className='goods-detail__attr-label'>{row.label}</Text>
            <Text className='goods-detail__attr-value'>{row.value}</Text>
          </View>
        ))}
      </View>

      {product.description ? (
        <View className='goods-detail__panel'>
          <Text className='goods-detail__panel-title'>描述 / Description</Text>
          <Text className='goods-detail__description'>{product.description}</Text>
        </View>
      ) : null}
    </View>
  )
}
