import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { callAction } from '../../api'
import { routes } from '../../routes'
import { ErrorState, LoadingSkeleton } from '../../components'
import { useRemote } from '../../state/useRemote'
import { PreferencesPanel } from '../../components/preferences-panel'
import { applyChrome, useLocale } from '../../state/locale'
import { IdentitySwitcher } from './_components/identity-switcher'
import { levelLabel } from './_components/level-label'
import './index.scss'

interface LinkRowProps {
  title: string
  url: string
  testId: string
}

function LinkRow({ title, url, testId }: LinkRowProps) {
  return (
    <View className='me-page__row' data-testid={testId} onClick={() => void Taro.navigateTo({ url })}>
      <Text>{title}</Text>
      <Text className='me-page__chevron'>›</Text>
    </View>
  )
}

/** The member's card (level, points), their links, and on H5 the dev identity switcher. */
export default function MePage() {
  const { remote, reload } = useRemote(() => callAction('shop', 'me.profile', {}), [])
  const { t } = useLocale()
  // Coming back from another page (or another identity) should show current points.
  useDidShow(() => {
    applyChrome('nav.me', true)
    if (remote.status !== 'loading') void reload()
  })

  return (
    <View className='me-page'>
      {remote.status === 'loading' ? <LoadingSkeleton variant='detail' /> : null}
      {remote.status === 'failed' ? <ErrorState error={remote.error} onRetry={reload} /> : null}
      {remote.status === 'ready' ? (
        <View className='me-page__card' data-testid='profile-card'>
          <Text className='me-page__nickname' data-product-data>{remote.data.nickname || t('me.member')}</Text>
          <Text className='me-page__level' data-testid='profile-level'>{levelLabel(t, remote.data.level)}</Text>
          <View className='me-page__stats'>
            <View className='me-page__stat'>
              <Text className='me-page__stat-value' data-testid='profile-points'>{remote.data.points}</Text>
              <Text className='me-page__stat-label'>{t('me.points')}</Text>
            </View>
          </View>
          <Text className='me-page__openid' data-testid='profile-openid'>ID: {remote.data.openid}</Text>
        </View>
      ) : null}

      <View className='me-page__links'>
        <LinkRow title={t('me.orders')} url={routes.orderList()} testId='link-orders' />
        <LinkRow title={t('me.addresses')} url={routes.addressList()} testId='link-addresses' />
        <LinkRow title={t('me.favorites')} url={routes.favorites()} testId='link-favorites' />
        <LinkRow title={t('me.coupons')} url={routes.couponCentre()} testId='link-coupons' />
        <LinkRow title={t('me.profile')} url={routes.memberProfile()} testId='link-member' />
        <LinkRow title={t('me.faq')} url={routes.serviceFaq()} testId='link-faq' />
        {remote.status === 'ready' && remote.data.isStaff ? (
          <LinkRow title={t('me.admin')} url={routes.adminHome()} testId='link-admin' />
        ) : null}
        {remote.status === 'ready' && !remote.data.isStaff ? <LinkRow title={t('me.invite')} url={routes.memberInvite()} testId='link-invite' /> : null}
      </View>

      <PreferencesPanel />

      {process.env.TARO_ENV === 'h5' ? <IdentitySwitcher onSwitched={() => void reload()} /> : null}
    </View>
  )
}
