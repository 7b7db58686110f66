import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro'
import { whenLinked } from '../../../api/result'
import { Image, Text, Video, View } from '@tarojs/components'
import { useState } from 'react'
import type { CatalogGetOutput } from '@cloud/contracts/catalog'
import { callAction } from '../../../api'
import { ErrorState, LoadingSkeleton, Price, StockBadges } from '../../../components'
import { PurchaseBar } from '../../../components/purchase-bar'
import { applyChrome, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import { attributeRows } from './_components/attribute-rows'
import { absoluteUrl, Gallery } from './_components/gallery'
import { SkuChips } from './_components/sku-chips'
import { SpecialsPanel } from './_components/specials-panel'
import { PromoCountdown } from './_components/promo-countdown'
import { useFavorite } from './_components/use-favorite'
import { initialSkuId, WristHint } from './_components/crystal/wrist-hint'
import { MaterialCard } from './_components/crystal/material-card'
import { CertificatePanel } from './_components/crystal/certificate-panel'
import './index.scss'

/** One product: photos and video, price in the chosen variant, crystal attributes, favourite, buy. */
export default function GoodsDetailPage() {
  const params = useRouter().params
  const id = params.id ?? ''
  /** A variant to show first, e.g. the 8 mm SKU a search for "8mm 手串" matched. */
  const preselect = params.skuId ? decodeURIComponent(params.skuId) : undefined
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.detail'))
  const { remote, reload } = useRemote(
    () => whenLinked(id, () => callAction('shop', 'catalog.get', { id })),
    [id],
  )
  useShareAppMessage(() => ({
    title: remote.status === 'ready' ? remote.data.title : t('nav.home'),
    path: `/packages/goods/detail/index?id=${encodeURIComponent(id)}`,
    imageUrl: remote.status === 'ready' ? remote.data.media.images[0] : undefined,
  }))
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') {
    const notFound = remote.error.code === 'NOT_FOUND'
    return (
      <ErrorState
        // The server's NOT_FOUND text repeats the title; say what to do instead.
        error={notFound ? { ...remote.error, message: t('detail.notFoundHint') } : remote.error}
        title={notFound ? t('detail.notFound') : undefined}
        onRetry={notFound || remote.error.code === 'INVALID_INPUT' ? undefined : reload}
      />
    )
  }
  return <ProductDetail product={remote.data} preselect={preselect} />
}

function ProductDetail({ product, preselect }: { product: CatalogGetOutput; preselect?: string }) {
  const { t } = useLocale()
  const firstAvailable = product.skus.find((sku) => sku.stock > 0) ?? product.skus[0]
  const [skuId, setSkuId] = useState(() => initialSkuId(product, preselect))
  const selected = product.skus.find((sku) => sku.skuId === skuId) ?? firstAvailable
  const { favorite, toggle } = useFavorite(product._id)
  const offShelf = product.status === 'off'

  return (
    <View className='goods-detail' data-testid='goods-detail' data-status={product.status}>
      <Gallery images={product.media.images} />

      {offShelf ? (
        <View className='goods-detail__notice' data-testid='off-shelf-notice'>
          <Text>{t('detail.offShelf')}</Text>
        </View>
      ) : null}

      <View className='goods-detail__panel'>
        <View className='goods-detail__price-row'>
          <Price fen={selected?.price ?? product.priceFrom} size='large' testId='product-price' />
          <StockBadges unique={product.unique} stock={product.stock} status={product.status} />
        </View>
        <Text className='goods-detail__title' data-testid='product-title' data-product-data>{product.title}</Text>
        {product.subtitle ? <Text className='goods-detail__subtitle' data-product-data>{product.subtitle}</Text> : null}
        <View className='goods-detail__meta'>
          <Text className='goods-detail__sold'>{t('detail.sold', { sold: product.sold })}</Text>
          <Text className='goods-detail__sold' data-testid='product-stock'>{t('detail.stock', { stock: selected?.stock ?? 0 })}</Text>
          <Text className='goods-detail__share' data-testid='share' onClick={() => void Taro.showShareMenu({ withShareTicket: true }).catch(() => {})}>
            {t('detail.share')}
          </Text>
        </View>
      </View>

      {offShelf ? null : <SpecialsPanel productId={product._id} />}
      {offShelf ? null : <PromoCountdown productId={product._id} />}

      {product.skus.length > 1 ? (
        <View className='goods-detail__panel'>
          <Text className='goods-detail__panel-title'>{t('detail.options')}</Text>
          <SkuChips skus={product.skus} selectedId={selected?.skuId ?? ''} onSelect={setSkuId} />
          <WristHint product={product} selected={selected} onSelect={setSkuId} />
        </View>
      ) : null}

      {product.media.video ? (
        <View className='goods-detail__panel'>
          <Text className='goods-detail__panel-title'>{t('detail.video')}</Text>
          <Video
            className='goods-detail__video'
            src={product.media.video}
            poster={product.media.videoPoster ?? product.media.images[0]}
            controls
            objectFit='contain'
            data-testid='product-video'
          />
        </View>
      ) : null}

      <View className='goods-detail__panel' data-testid='product-attrs'>
        <Text className='goods-detail__panel-title'>{t('detail.details')}</Text>
        {attributeRows(product.attrs).map((row) => (
          <View key={row.key} className='goods-detail__attr' data-testid={`attr-${row.key}`}>
            <Text className='goods-detail__attr-label'>{t(row.labelKey)}</Text>
            <Text className='goods-detail__attr-value' data-product-data={row.productData ? 'yes' : undefined}>{row.value}</Text>
          </View>
        ))}
        {product.attrs.certificateImage ? (
          <View className='goods-detail__certificate'>
            <Text className='goods-detail__attr-label'>{t('detail.certificateImage')}</Text>
            <Image
              className='goods-detail__certificate-image'
              src={product.attrs.certificateImage}
              mode='aspectFit'
              lazyLoad
              data-testid='certificate-image'
              onClick={() => void Taro.previewImage({ urls: [absoluteUrl(product.attrs.certificateImage!)] })}
            />
          </View>
        ) : null}
        <CertificatePanel attrs={product.attrs} />
      </View>

      <MaterialCard card={product.materialCard} />

      {product.description ? (
        <View className='goods-detail__panel'>
          <Text className='goods-detail__panel-title'>{t('detail.description')}</Text>
          <Text className='goods-detail__description' data-product-data>{product.description}</Text>
        </View>
      ) : null}

      <PurchaseBar product={product} sku={selected} favorite={favorite} onToggleFavorite={() => void toggle()} />
    </View>
  )
}
