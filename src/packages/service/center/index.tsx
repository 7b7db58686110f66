import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button as TaroButton, Text, View } from '@tarojs/components'
import { callAction } from '../../../api'
import { ErrorState, LoadingSkeleton } from '../../../components'
import { formatTime } from '../../../components/order-card/format-time'
import { routes } from '../../../routes'
import { applyChrome, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import '../_shared/service.scss'

/**
 * The service centre: WeChat customer service (weapp; carries the order when opened from one), the
 * assistant, phone and email from the merchant's settings, service hours, FAQ, the after-sales policy
 * and the shopper's own conversations. Contact-button facts: docs/platform-facts.md §7.
 */
export default function ServiceCenterPage() {
  const orderId = useRouter().params.orderId ?? ''
  const { t, locale } = useLocale()
  const { remote, reload } = useRemote(() => callAction('shop', 'service.contact', {}), [])
  const tickets = useRemote(() => callAction('shop', 'tickets.mine', {}), [])
  const order = useRemote(() => (orderId ? callAction('shop', 'order.get', { orderId }) : Promise.resolve({ ok: true as const, data: null })), [orderId])
  useDidShow(() => {
    applyChrome('nav.serviceCenter')
    void tickets.reload()
  })
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={() => void reload()} />
  const contact = remote.data
  const orderNo = order.remote.status === 'ready' && order.remote.data ? order.remote.data.orderNo : null
  const hours = locale === 'en' && contact.hoursEn ? contact.hoursEn : contact.hours
  const go = (url: string) => void Taro.navigateTo({ url })
  return (
    <View data-testid='service-center-page'>
      {orderNo ? (
        <View className='svc-panel'>
          <Text className='svc-panel__muted' data-testid='service-about-order'>{t('service.aboutOrder', { orderNo })}</Text>
        </View>
      ) : null}
      <View className='svc-panel'>
        {process.env.TARO_ENV === 'weapp' ? (
          <TaroButton
            openType='contact'
            sessionFrom={orderId ? `order:${orderId}` : 'service'}
            showMessageCard={!!orderNo}
            sendMessageTitle={orderNo ?? undefined}
            sendMessagePath={orderId ? routes.orderDetail(orderId) : undefined}
            data-testid='service-wechat'
          >
            {t('service.wechat')}
          </TaroButton>
        ) : null}
        <View className='svc-panel__row' data-testid='service-chat' onClick={() => go(routes.serviceChat(orderId || undefined))}>
          <View>
            <Text className='svc-panel__heading'>{t('service.chat')}</Text>
            <Text className='svc-panel__muted'>{t('service.chatHint')}</Text>
          </View>
          <Text className='svc-panel__link'>›</Text>
        </View>
      </View>
      <View className='svc-panel' data-testid='service-contact'>
        {!contact.phone && !contact.email ? <Text className='svc-panel__muted'>{t('service.noContact')}</Text> : null}
        {contact.phone ? (
          <View className='svc-panel__row' data-testid='service-phone' onClick={() => void Taro.makePhoneCall({ phoneNumber: contact.phone }).catch(() => {})}>
            <Text>{t('service.phone')}</Text>
            <Text className='svc-panel__link'>{contact.phone}</Text>
          </View>
        ) : null}
        {contact.email ? (
          <View
            className='svc-panel__row'
            data-testid='service-email'
            onClick={() => void Taro.setClipboardData({ data: contact.email }).then(() => Taro.showToast({ title: t('service.copied'), icon: 'none' })).catch(() => {})}
          >
            <Text>{t('service.email')}</Text>
            <Text className='svc-panel__link'>{contact.email}</Text>
          </View>
        ) : null}
        {hours ? (
          <View className='svc-panel__row'>
            <Text>{t('service.hours')}</Text>
            <Text data-testid='service-hours'>{hours}</Text>
          </View>
        ) : null}
      </View>
      <View className='svc-panel'>
        <View className='svc-panel__row' data-testid='service-faq' onClick={() => go(routes.serviceFaq())}>
          <Text>{t('service.faq')}</Text>
          <Text className='svc-panel__link'>›</Text>
        </View>
        <View className='svc-panel__row' data-testid='service-policy' onClick={() => go(routes.servicePolicy())}>
          <Text>{t('service.policy')}</Text>
          <Text className='svc-panel__link'>›</Text>
        </View>
      </View>
      <View className='svc-panel' data-testid='service-tickets'>
        <Text className='svc-panel__heading'>{t('service.myTickets')}</Text>
        {tickets.remote.status === 'ready' && tickets.remote.data.items.length === 0 ? <Text className='svc-panel__muted'>{t('service.noTickets')}</Text> : null}
        {tickets.remote.status === 'ready'
          ? tickets.remote.data.items.map((item) => (
              <View key={item._id} className='svc-panel__row' data-testid='service-ticket-item' data-state={item.status} onClick={() => go(routes.serviceTicket(item._id))}>
                <Text>{item.orderNo ? t('service.aboutOrder', { orderNo: item.orderNo }) : t('nav.serviceTicket')}</Text>
                <Text className='svc-panel__muted'>
                  {t('service.ticketItem', { state: t(`ticketState.${item.status}` as never), time: formatTime(item.updatedAt) })}
                </Text>
              </View>
            ))
          : null}
      </View>
    </View>
  )
}
