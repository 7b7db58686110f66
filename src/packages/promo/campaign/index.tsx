import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { CampaignPage } from '@cloud/contracts/campaign'
import { callAction } from '../../../api'
import { whenLinked } from '../../../api/result'
import { EmptyState, ErrorState, LoadingSkeleton, ProductCard } from '../../../components'
import { Countdown } from '../../../components/countdown'
import { routes, TAB_PAGES } from '../../../routes'
import { applyChrome, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import './index.scss'

/**
 * 活动会场: a holiday campaign's landing page — the merchant's banner, theme colour, name, headline and
 * copy (as typed), a countdown to its end (or start), its promotions and its listed products. A paused
 * or ended campaign says so and offers the way home.
 */
export default function CampaignLandingPage() {
  const { t } = useLocale()
  const id = useRouter().params.id ?? ''
  useDidShow(() => applyChrome('nav.campaign'))
  const { remote, reload } = useRemote<CampaignPage>(() => whenLinked(id, () => callAction('shop', 'campaigns.get', { id })), [id])
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={() => void reload()} />
  const { campaign: c, phase, products, promotions } = remote.data
  const goHome = () => void Taro.switchTab({ url: `/${TAB_PAGES.home}` })
  return (
    <View className='campaign-page' data-testid='campaign-page' data-phase={phase} style={{ background: `${c.color}14` }}>
      <View className='campaign-page__hero' style={{ background: c.color }}>
        {c.banner ? <Image className='campaign-page__banner' src={c.banner} mode='aspectFill' /> : null}
        <View className='campaign-page__words'>
          <Text className='campaign-page__name' data-testid='campaign-name' data-product-data>{c.name}</Text>
          {c.headline ? <Text className='campaign-page__headline' data-product-data>{c.headline}</Text> : null}
          {phase === 'running' ? <Countdown deadline={c.endAt} prefix={t('campaign.endsIn')} onExpire={reload} testId='campaign-countdown' /> : null}
          {phase === 'upcoming' ? <Countdown deadline={c.startAt} prefix={t('campaign.startsIn')} onExpire={reload} testId='campaign-countdown' /> : null}
        </View>
      </View>
      {c.copy ? <Text className='campaign-page__copy' data-testid='campaign-copy' data-product-data>{c.copy}</Text> : null}
      {phase === 'ended' || phase === 'paused' ? (
        <EmptyState
          testId='campaign-closed'
          title={t(phase === 'ended' ? 'campaign.ended' : 'campaign.paused')}
          action={
            <Button type='primary' size='small' onClick={goHome}>
              {t('campaign.goHome')}
            </Button>
          }
        />
      ) : (
        <>
          {promotions.length ? (
            <View className='campaign-page__promos' data-testid='campaign-promotions'>
              <Text className='campaign-page__promos-title'>{t('campaign.promotions')}</Text>
              {promotions.map((p) => (
                <Text key={p.id} className='campaign-page__promo' style={{ borderColor: c.color, color: c.color }} data-product-data>
                  {p.name}
                </Text>
              ))}
            </View>
          ) : null}
          {products.length === 0 ? <EmptyState testId='campaign-empty' title={t('campaign.empty')} /> : null}
          <View className='jf-product-grid' data-testid='campaign-products'>
            {products.map((p) => (
              <ProductCard key={p._id} product={p} onOpen={(pid) => void Taro.navigateTo({ url: routes.goodsDetail(pid) })} />
            ))}
          </View>
        </>
      )}
    </View>
  )
}
