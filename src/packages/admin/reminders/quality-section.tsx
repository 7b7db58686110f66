import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { QualityFlag } from '@cloud/contracts/quality'
import { formatShanghai } from '@cloud/domain/time'
import { callAction } from '../../../api'
import { useRemote } from '../../../state/useRemote'
import { useLocale } from '../../../state/locale'
import { routes } from '../../../routes'
import { ActionError } from '../../../components/order-card'

const percent = (permille: number) => `${(permille / 10).toFixed(1)}%`

/** One product's flag: the rate against the threshold, units by reason, the listing fields to check first. */
export function QualityFlagCard({ flag, withLink }: { flag: QualityFlag; withLink: boolean }) {
  const { t } = useLocale()
  const reasons = Object.entries(flag.byReason).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
  return (
    <View className='admin-panel' data-testid='quality-flag' data-product={flag.productId} data-state={flag.state}>
      <View className='admin-panel__row'>
        <Text className='admin-panel__heading' data-product-data>
          {flag.title}
        </Text>
        {withLink ? (
          <Text className='admin-panel__muted' data-testid='quality-edit' onClick={() => void Taro.navigateTo({ url: routes.adminProductEdit(flag.productId) })}>
            {t('quality.edit')} ›
          </Text>
        ) : null}
      </View>
      {flag.state === 'cleared' ? <Text className='admin-panel__muted'>{t('quality.cleared')}</Text> : null}
      <Text data-testid='quality-rate'>{t('quality.rate', { units: flag.units, sold: flag.sold, rate: percent(flag.ratePermille), threshold: percent(flag.thresholdPermille) })}</Text>
      <Text className='admin-panel__muted'>
        {t('quality.reasons')}: {reasons.map(([code, n]) => `${t(`afterSaleReason.${code as 'other'}`)} ${n}`).join(' · ')}
      </Text>
      {flag.suspects.length ? (
        <Text className='admin-panel__muted' data-testid='quality-suspects'>
          {t('quality.suspects')}: {flag.suspects.map((s) => t(`quality.suspect.${s}`)).join('、')}
        </Text>
      ) : null}
      <Text className='admin-panel__muted'>{t('quality.flaggedSince', { time: formatShanghai(flag.flaggedAt, 'YYYY-MM-DD') })}</Text>
    </View>
  )
}

/** Reminders page: every flagged product, worst first (nightly, from the last 30 days). */
export function QualitySection() {
  const { t } = useLocale()
  const { remote, reload } = useRemote(() => callAction('admin', 'quality.flags', {}), [])
  return (
    <View data-testid='quality-section'>
      <View className='admin-panel'>
        <Text className='admin-panel__heading'>{t('quality.title')}</Text>
        {remote.status === 'ready' && remote.data.length === 0 ? <Text className='admin-panel__muted'>{t('quality.empty')}</Text> : null}
        {remote.status === 'failed' ? <ActionError error={remote.error} onDismiss={reload} /> : null}
      </View>
      {remote.status === 'ready' ? remote.data.map((f) => <QualityFlagCard key={f.productId} flag={f} withLink />) : null}
    </View>
  )
}

/** Product edit page: this product's flag, when it has one. */
export function ProductQualityFlag({ productId }: { productId: string }) {
  const { remote } = useRemote(() => callAction('admin', 'quality.forProduct', { productId }), [productId])
  if (remote.status !== 'ready' || !remote.data) return null
  return <QualityFlagCard flag={remote.data} withLink={false} />
}
