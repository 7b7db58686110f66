import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { callAction } from '../../api'
import { routes } from '../../routes'
import { ErrorState, LoadingSkeleton } from '../../components'
import { useRemote } from '../../state/useRemote'
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
  // Coming back from another page (or another identity) should show current points.
  useDidShow(() => {
    if (remote.status !== 'loading') void reload()
  })

  return (
    <View className='me-page'>
      {remote.status === 'loading' ? <LoadingSkeleton variant='detail' /> : null}
      {remote.status === 'failed' ? <ErrorState error={remote.error} onRetry={reload} /> : null}
      {remote.status === 'ready' ? (
        <View className='me-page__card' data-testid='profile-card'>
          <Text className='me-page__nickname'>{remote.data.nickname || '晶坊会员 / Member'}</Text>
          <Text className='me-page__level' data-testid='profile-level'>{levelLabel(remote.data.level)}</Text>
          <View className='me-page__stats'>
            <View className='me-page__stat'>
              <Text className='me-page__stat-value' data-testid='profile-points'>{remote.data.points}</Text>
              <Text className='me-page__stat-label'>积分 / Points</Text>
            </View>
          </View>
          <Text className='me-page__openid' data-testid='profile-openid'>ID: {remote.data.openid}</Text>
        </View>
      ) : null}

      <View className='me-page__links'>
        <LinkRow title='我的订单 / My orders' url={routes.orderList()} testId='link-orders' />
        <LinkRow title='会员资料 / Member profile' url={routes.memberProfile()} testId='link-member' />
        <LinkRow title='常见问题 / FAQ' url={routes.serviceFaq()} testId='link-faq' />
        {remote.status === 'ready' && remote.data.isStaff ? (
          <LinkRow title='商家管理 / Merchant admin' url={routes.adminHome()} testId='link-admin' />
        ) : null}
      </View>

      {process.env.TARO_ENV === 'h5' ? <IdentitySwitcher onSwitched={() => void reload()} /> : null}
    </View>
  )
}
