import Taro, { useDidShow } from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { formatCny } from '@cloud/domain/money'
import { callAction } from '../../api'
import { routes } from '../../routes'
import { ErrorState, LoadingSkeleton } from '../../components'
import { useRemote } from '../../state/useRemote'
import { seenPaidAt } from '../../state/console-seen'
import { useEffect, useState } from 'react'
import { PreferencesPanel } from '../../components/preferences-panel'
import { applyChrome, useLocale } from '../../state/locale'
import { keepWristOf } from '../../state/wrist'
import { IdentitySwitcher } from './_components/identity-switcher'
import { levelName } from './_components/level-label'
import './index.scss'

interface LinkRowProps {
  title: string
  url: string
  testId: string
  badge?: string
}

function LinkRow({ title, url, testId, badge }: LinkRowProps) {
  return (
    <View className='me-page__row' data-testid={testId} onClick={() => void Taro.navigateTo({ url })}>
      <Text>{title}</Text>
      {badge ? (
        <Text className='me-page__badge' data-testid={`${testId}-badge`}>
          {badge}
        </Text>
      ) : null}
      <Text className='me-page__chevron'>›</Text>
    </View>
  )
}

/**
 * Staff only: orders paid since this person last saw the dashboard, one count on the admin function.
 * A shopper's me page never calls it (no request, no database read).
 */
function useNewOrderBadge(isStaff: boolean, visit: number): number {
  const [count, setCount] = useState(0)
  useEffect(() => {
    if (!isStaff) return
    let live = true
    void callAction('admin', 'console.newOrderCount', { since: seenPaidAt() }).then((r) => live && setCount(r.ok ? r.data.count : 0))
    return () => {
      live = false
    }
  }, [isStaff, visit])
  return count
}

const ORDER_STATES = ['pending_payment', 'to_ship', 'to_receive', 'after_sale'] as const

/** The member's card (level, progress, points), order counts by state, their links, and on H5 the dev identity switcher. */
export default function MePage() {
  const { remote, reload } = useRemote(() => callAction('shop', 'me.profile', {}).then(keepWristOf), [])
  const { t } = useLocale()
  // Coming back from another page (or another identity) should show current points.
  useDidShow(() => {
    applyChrome('nav.me', true)
    if (remote.status !== 'loading') void reload()
  })
  const go = (url: string) => void Taro.navigateTo({ url })
  const [visit, setVisit] = useState(0)
  useDidShow(() => setVisit((n) => n + 1))
  const badge = useNewOrderBadge(remote.status === 'ready' && remote.data.isStaff, visit)

  return (
    <View className='me-page'>
      {remote.status === 'loading' ? <LoadingSkeleton variant='detail' /> : null}
      {remote.status === 'failed' ? <ErrorState error={remote.error} onRetry={reload} /> : null}
      {remote.status === 'ready' ? (
        <View className='me-page__card' data-testid='profile-card'>
          <View className='me-page__who' onClick={() => go(routes.memberProfile())}>
            {remote.data.avatar ? <Image className='me-page__avatar' src={remote.data.avatar} mode='aspectFill' data-testid='profile-avatar' /> : null}
            <Text className='me-page__nickname' data-product-data>{remote.data.nickname || t('me.member')}</Text>
          </View>
          <Text className='me-page__level' data-testid='profile-level'>{levelName(t, remote.data.levelInfo)}</Text>
          <Text className='me-page__perks' data-testid='profile-perks'>
            {remote.data.levelInfo.discountPercent < 100 ? t('me.levelPerks', { zhe: remote.data.levelInfo.discountPercent / 10, percent: remote.data.levelInfo.discountPercent }) : t('me.levelPerksNone')}
            {remote.data.levelInfo.freeShipping ? ` · ${t('me.freeShipping')}` : ''}
          </Text>
          <View className='me-page__progress' data-testid='profile-progress' data-percent={remote.data.progress.percent}>
            <View className='me-page__progress-bar' style={{ width: `${remote.data.progress.percent}%` }} />
          </View>
          <Text className='me-page__progress-text' data-testid='profile-progress-text'>
            {remote.data.progress.next
              ? t('me.levelProgress', { amount: formatCny(remote.data.progress.toNextFen), level: levelName(t, remote.data.progress.next) })
              : t('me.levelTop')}
          </Text>
          <View className='me-page__stats'>
            <View className='me-page__stat' data-testid='link-ledger' onClick={() => go(routes.memberLedger())}>
              <Text className='me-page__stat-value' data-testid='profile-points'>{remote.data.points}</Text>
              <Text className='me-page__stat-label'>{t('me.points')}</Text>
            </View>
            <View className='me-page__stat' data-testid='link-favorites-count' onClick={() => go(routes.favorites())}>
              <Text className='me-page__stat-value' data-testid='profile-favorites'>{remote.data.favoriteCount}</Text>
              <Text className='me-page__stat-label'>{t('me.favoritesCount')}</Text>
            </View>
            <View className='me-page__stat' data-testid='link-coupons-count' onClick={() => go(routes.couponCentre())}>
              <Text className='me-page__stat-value' data-testid='profile-coupons'>{remote.data.couponCount}</Text>
              <Text className='me-page__stat-label'>{t('me.couponsCount')}</Text>
            </View>
            <View className='me-page__stat'>
              <Text className='me-page__stat-value' data-testid='profile-browse'>{remote.data.browseCount}</Text>
              <Text className='me-page__stat-label'>{t('me.browseCount')}</Text>
            </View>
          </View>
          <Text className='me-page__openid' data-testid='profile-openid'>ID: {remote.data.openid}</Text>
        </View>
      ) : null}

      {remote.status === 'ready' ? (
        <View className='me-page__orders' data-testid='order-counts'>
          {ORDER_STATES.map((s) => (
            <View key={s} className='me-page__order-state' data-testid={`order-count-${s}`} onClick={() => go(routes.orderListTab(s))}>
              <Text className='me-page__order-count'>{remote.data.orderCounts[s]}</Text>
              <Text className='me-page__order-label'>{t(`me.orderState.${s}`)}</Text>
            </View>
          ))}
        </View>
      ) : null}

      <View className='me-page__links'>
        <LinkRow title={t('me.orders')} url={routes.orderList()} testId='link-orders' />
        <LinkRow title={t('me.ledger')} url={routes.memberLedger()} testId='link-points' />
        <LinkRow title={t('me.follows')} url={routes.memberFollows()} testId='link-follows' />
        <LinkRow title={t('me.addresses')} url={routes.addressList()} testId='link-addresses' />
        <LinkRow title={t('me.favorites')} url={routes.favorites()} testId='link-favorites' />
        <LinkRow title={t('me.coupons')} url={routes.couponCentre()} testId='link-coupons' />
        <LinkRow title={t('me.profile')} url={routes.memberProfile()} testId='link-member' />
        <LinkRow title={t('me.wristFit')} url={routes.wristFit()} testId='link-wrist-fit' />
        <LinkRow title={t('me.certificateLookup')} url={routes.certificateLookup()} testId='link-certificate-lookup' />
        <LinkRow title={t('me.service')} url={routes.serviceCenter()} testId='link-service' />
        <LinkRow title={t('me.faq')} url={routes.serviceFaq()} testId='link-faq' />
        {remote.status === 'ready' && remote.data.isStaff ? (
          <LinkRow title={t('me.admin')} url={routes.adminHome()} testId='link-admin' badge={badge > 0 ? t('me.adminBadge', { count: badge > 99 ? '99+' : badge }) : undefined} />
        ) : null}
        {remote.status === 'ready' && !remote.data.isStaff ? <LinkRow title={t('me.invite')} url={routes.memberInvite()} testId='link-invite' /> : null}
      </View>

      <PreferencesPanel />

      {process.env.TARO_ENV === 'h5' ? <IdentitySwitcher onSwitched={() => void reload()} /> : null}
    </View>
  )
}
