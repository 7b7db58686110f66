import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CatalogHomeOutput, ProductCard as ProductCardData } from '@cloud/contracts/catalog'
import { callAction } from '../../api'
import { routes } from '../../routes'
import { EmptyState, ErrorState, LoadingSkeleton, ProductCard } from '../../components'
import { CategoryName } from '../../components/category-name'
import { RecommendationCard } from '../../components/recommendation-card'
import { Section } from '../../components/section'
import { applyChrome, useLocale } from '../../state/locale'
import { useRemote } from '../../state/useRemote'
import './index.scss'

const openProduct = (id: string) => void Taro.navigateTo({ url: routes.goodsDetail(id) })

/** Home: search, banner slot, categories, new arrivals, 猜你喜欢, best-sellers. Pull down to refresh. */
export default function HomePage() {
  const { t } = useLocale()
  const [refreshes, setRefreshes] = useState(0)
  const home = useRemote(() => callAction('shop', 'catalog.home', {}), [refreshes])
  const forYou = useRemote(() => callAction('shop', 'catalog.recommend', { limit: 6 }), [refreshes])
  useDidShow(() => applyChrome('nav.home', true))
  usePullDownRefresh(() => {
    setRefreshes((n) => n + 1)
    void Taro.stopPullDownRefresh()
  })

  return (
    <View className='home-page'>
      <View className='jf-search-entry' data-testid='search-entry' onClick={() => void Taro.navigateTo({ url: routes.goodsSearch() })}>
        <Text>{t('home.searchPlaceholder')}</Text>
      </View>
      <View className='home-page__diy-entry' data-testid='home-diy-entry' onClick={() => void Taro.navigateTo({ url: routes.diyBuilder() })}>
        <Text>{t('home.diyEntry')}</Text>
      </View>
      {home.remote.status === 'loading' ? <LoadingSkeleton count={4} /> : null}
      {home.remote.status === 'failed' ? <ErrorState error={home.remote.error} onRetry={home.reload} /> : null}
      {home.remote.status === 'ready' ? (
        <>
          {home.remote.data.banners.length > 0 ? (
            <CampaignBanner banner={home.remote.data.banners[0]} />
          ) : (
            <View className='home-page__banner' data-testid='banner-slot'>
              <Text className='home-page__banner-text'>{t('home.bannerFallback')}</Text>
            </View>
          )}
          <View className='home-page__categories' data-testid='category-grid'>
            {home.remote.data.categories.map((c) => (
              <View
                key={c._id}
                className='home-page__category'
                data-testid='home-category'
                onClick={() => {
                  Taro.setStorageSync('jf.pendingCategory', c._id)
                  void Taro.switchTab({ url: '/pages/category/index' })
                }}
              >
                <Image className='home-page__category-icon' src={c.icon} mode='aspectFit' lazyLoad />
                <CategoryName category={c} className='home-page__category-name' />
              </View>
            ))}
          </View>
          {home.remote.data.newArrivals.length === 0 ? <EmptyState title={t('home.empty')} /> : null}
          <CardSection title={t('home.newArrivals')} testId='new-arrivals' items={home.remote.data.newArrivals} />
        </>
      ) : null}
      {forYou.remote.status === 'ready' && forYou.remote.data.length > 0 ? (
        <Section title={t('home.forYou')} testId='for-you'>
          <View className='jf-product-grid'>
            {forYou.remote.data.map((item) => (
              <RecommendationCard key={item.product._id} item={item} onOpen={openProduct} />
            ))}
          </View>
        </Section>
      ) : null}
      {home.remote.status === 'ready' ? <CardSection title={t('home.bestsellers')} testId='bestsellers' items={home.remote.data.bestsellers} /> : null}
    </View>
  )
}

function CardSection({ title, testId, items }: { title: string; testId: string; items: ProductCardData[] }) {
  if (items.length === 0) return null
  return (
    <Section title={title} testId={testId}>
      <View className='jf-product-grid'>
        {items.map((p) => (
          <ProductCard key={p._id} product={p} onOpen={openProduct} />
        ))}
      </View>
    </Section>
  )
}

/** The running holiday campaign (the merchant's name and headline, as typed): opens its landing page. */
function CampaignBanner({ banner }: { banner: CatalogHomeOutput['banners'][number] }) {
  const { t } = useLocale()
  const open = () => void Taro.navigateTo({ url: banner.campaignId ? routes.campaign(banner.campaignId) : (banner.link ?? routes.goodsSearch()) })
  return (
    <View className='home-page__banner' data-testid='banner-slot' style={banner.color ? { background: banner.color } : undefined} onClick={open}>
      <View className='home-page__banner-campaign' data-testid='campaign-banner' data-campaign-id={banner.campaignId}>
        {banner.image ? <Image className='home-page__banner-image' src={banner.image} mode='aspectFill' /> : null}
        <View className='home-page__banner-words'>
          <Text className='home-page__banner-text' data-product-data>{banner.title}</Text>
          {banner.headline ? <Text className='home-page__banner-headline' data-product-data>{banner.headline}</Text> : null}
          <Text className='home-page__banner-cta'>{t('campaign.bannerCta')} ›</Text>
        </View>
      </View>
    </View>
  )
}
