import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro'
import { whenLinked } from '../../../api/result'
import { Image, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { GroupView } from '@cloud/contracts/specials'
import { callAction } from '../../../api'
import { ErrorState, LoadingSkeleton, Price } from '../../../components'
import { Countdown } from '../../../components/countdown'
import { routes } from '../../../routes'
import { applyChrome, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import './index.scss'

const sharePath = (groupId: string) => `/packages/group/detail/index?id=${encodeURIComponent(groupId)}`

/** One 拼团, as shared: members by position, seats left, the countdown, join or invite. */
export default function GroupDetailPage() {
  const id = useRouter().params.id ?? ''
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.group'))
  const { remote, reload } = useRemote(
    () => whenLinked(id, () => callAction('shop', 'groups.get', { groupId: id })),
    [id],
  )
  // The share card carries the group id, so a friend who taps it lands on this very group.
  useShareAppMessage(() => ({
    title: remote.status === 'ready' ? t('group.shareTitle', { title: remote.data.title }) : t('nav.group'),
    path: sharePath(id),
    imageUrl: remote.status === 'ready' ? remote.data.cover : undefined,
  }))
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') {
    const notFound = remote.error.code === 'NOT_FOUND'
    return <ErrorState error={notFound ? { ...remote.error, message: t('group.notFound') } : remote.error} onRetry={notFound ? undefined : reload} />
  }
  return <Group group={remote.data} onExpire={reload} />
}

function Group({ group, onExpire }: { group: GroupView; onExpire: () => void }) {
  const { t } = useLocale()
  const openSeats = Array.from({ length: group.seatsLeft }, (_, i) => i)
  const share = () => {
    if (process.env.TARO_ENV === 'h5') {
      const url = `${window.location.origin}${window.location.pathname}#${sharePath(group._id)}`
      void Taro.setClipboardData({ data: url }).then(() => Taro.showToast({ title: t('group.copied'), icon: 'none' }))
      return
    }
    void Taro.showShareMenu({ withShareTicket: true }).catch(() => {})
  }
  return (
    <View className='group-page' data-testid='group-page' data-state={group.state}>
      <View className='group-page__card'>
        <View className='group-page__row'>
          {group.cover ? <Image className='group-page__cover' src={group.cover} mode='aspectFill' /> : null}
          <View>
            <Text className='group-page__title' data-product-data>{group.title}</Text>
            <View className='group-page__row'>
              <Price fen={group.price} size='large' testId='group-price' />
              <Text className='group-page__muted'>{t('group.badge', { size: group.size })}</Text>
            </View>
          </View>
        </View>
        <View className='group-page__row'>
          <Text className='group-page__state' data-testid='group-state'>{t(`group.state.${group.state}` as never)}</Text>
          {group.state === 'forming' ? <Text data-testid='group-seats-left'>{t('group.seatsLeft', { seats: group.seatsLeft })}</Text> : null}
          {group.state === 'forming' ? <Countdown deadline={group.expiresAt} prefix={t('group.endsIn')} onExpire={onExpire} testId='group-countdown' /> : null}
        </View>
      </View>

      <View className='group-page__card'>
        <Text className='group-page__muted'>{t('group.members')}</Text>
        <View className='group-page__seats'>
          {group.members.map((m) => (
            <Text key={m.position} className='group-page__seat' data-testid='group-member'>
              {m.leader ? t('group.leader') : t('group.member', { position: m.position })}
              {m.me ? t('group.me') : ''}
            </Text>
          ))}
          {group.state === 'forming'
            ? openSeats.map((i) => (
                <Text key={`open-${i}`} className='group-page__seat group-page__seat--open'>
                  {t('group.emptySeat')}
                </Text>
              ))
            : null}
        </View>
      </View>

      {group.canJoin ? (
        <Button
          type='primary'
          data-testid='group-join'
          onClick={() => void Taro.navigateTo({ url: routes.checkoutSpecial(group.productId, group.skuId, { groupOfferId: group.offerId, groupId: group._id }) })}
        >
          {t('group.join')}
        </Button>
      ) : null}
      {group.state === 'forming' ? (
        <Button data-testid='group-share' openType='share' onClick={share}>
          {process.env.TARO_ENV === 'h5' ? t('group.copyLink') : t('group.share')}
        </Button>
      ) : null}
    </View>
  )
}
