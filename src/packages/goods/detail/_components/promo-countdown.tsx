import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ProductCountdown } from '@cloud/contracts/campaign'
import { callAction } from '../../../../api'
import { Countdown } from '../../../../components/countdown'
import { routes } from '../../../../routes'
import { useLocale } from '../../../../state/locale'
import { useRemote } from '../../../../state/useRemote'

/**
 * The product page's countdown to the end of the campaign, flash sale or limited-time price that
 * applies to this product (the soonest to end; the server decides, services/campaign). Ticks on the
 * device from the server's end time; when it runs out it asks again. A campaign's countdown opens its
 * landing page. Shows nothing while loading, on failure, or when nothing applies.
 */
export function PromoCountdown({ productId }: { productId: string }) {
  const { t } = useLocale()
  const { remote, reload } = useRemote(() => callAction('shop', 'campaigns.countdown', { productId }), [productId])
  if (remote.status !== 'ready' || !remote.data) return null
  const c = remote.data as NonNullable<ProductCountdown>
  const open = c.kind === 'campaign' ? () => void Taro.navigateTo({ url: routes.campaign(c.id) }) : undefined
  return (
    <View className='goods-detail__panel' data-testid='promo-countdown' data-kind={c.kind} data-ends-at={c.endAt} onClick={open}>
      <Text className='goods-detail__panel-title' data-product-data>{t(`countdown.${c.kind}`, { name: c.name })}</Text>
      <Countdown deadline={c.endAt} onExpire={reload} testId='promo-countdown-clock' />
    </View>
  )
}
