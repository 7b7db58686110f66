import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { whenLinked } from '../../../../api/result'
import { Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useState } from 'react'
import type { AdminTicketView } from '@cloud/contracts/service'
import { callAction, type ClientError } from '../../../../api'
import { LoadingSkeleton } from '../../../../components'
import { ActionError, formatTime } from '../../../../components/order-card'
import { routes } from '../../../../routes'
import { applyChrome, useLocale } from '../../../../state/locale'
import { useRemote } from '../../../../state/useRemote'
import { AdminLoadError } from '../../orders/_shared/staff-gate'
import '../../orders/_shared/admin.scss'

/** One ticket for the service desk: the thread with the assistant's part, the shopper's orders, reply (with templates), assign, close. */
export default function AdminTicketDetailPage() {
  const ticketId = useRouter().params.id ?? ''
  const { t, reason } = useLocale()
  const { remote, reload } = useRemote(() => whenLinked(ticketId, () => callAction('admin', 'tickets.detail', { ticketId })), [ticketId])
  const me = useRemote(() => callAction('admin', 'staff.me', {}), [])
  const settings = useRemote(() => callAction('admin', 'service.settings', {}), [])
  const [changed, setChanged] = useState<AdminTicketView | null>(null)
  const [text, setText] = useState('')
  const [working, setWorking] = useState(false)
  const [error, setError] = useState<ClientError | null>(null)
  useDidShow(() => applyChrome('nav.adminTicketDetail'))
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <AdminLoadError error={remote.error} onRetry={() => void reload()} />
  const ticket = changed ?? remote.data
  const myOpenid = me.remote.status === 'ready' ? me.remote.data.openid : null

  const run = async (call: () => Promise<{ ok: true; data: AdminTicketView } | { ok: false; error: ClientError }>) => {
    if (working) return false
    setWorking(true)
    setError(null)
    const result = await call()
    setWorking(false)
    if (result.ok) setChanged(result.data)
    else setError(result.error)
    return result.ok
  }
  const reply = async () => {
    if (!text.trim()) return setError({ code: 'INVALID_INPUT', key: 'error.input.text', message: 'error.input.text' })
    if (await run(() => callAction('admin', 'tickets.staffReply', { ticketId, text: text.trim() }))) setText('')
  }
  const templates = settings.remote.status === 'ready' ? settings.remote.data.replyTemplates : []
  return (
    <View data-testid='admin-ticket-detail' data-status={ticket.status}>
      <View className='admin-panel'>
        <View className='admin-panel__row'>
          <Text className='admin-panel__heading' data-testid='admin-ticket-status'>{t(`ticketState.${ticket.status}` as never)}</Text>
          <Text className='admin-panel__muted'>{ticket.assignee ? t('admin.tickets.assignee', { who: ticket.assignee }) : t('admin.tickets.unassigned')}</Text>
        </View>
        {ticket.orderId && ticket.orderNo ? (
          <Text className='admin-panel__muted' onClick={() => void Taro.navigateTo({ url: routes.adminOrderDetail(ticket.orderId!) })}>
            {t('admin.tickets.order', { orderNo: ticket.orderNo })}
          </Text>
        ) : null}
        {ticket.rating !== null ? <Text className='admin-panel__muted'>{t('admin.tickets.rating', { rating: ticket.rating, comment: ticket.ratingComment })}</Text> : null}
      </View>
      <View className='admin-panel'>
        {ticket.messages.map((m, i) => (
          <View key={i} className='admin-panel__row' data-testid={`admin-ticket-msg-${m.from}`}>
            <Text className='admin-panel__muted'>
              {m.from === 'shopper' ? t('admin.tickets.shopper') : m.from === 'staff' ? t('ticket.staff') : t('ticket.assistant')} · {formatTime(m.at)}
            </Text>
            <Text data-product-data='ticket-message'>{m.text ?? reason(m.reason)}</Text>
          </View>
        ))}
      </View>
      {ticket.can.reply ? (
        <View className='admin-panel'>
          {templates.length ? (
            <View className='admin-chips'>
              <Text className='admin-panel__muted'>{t('admin.tickets.templates')}</Text>
              {templates.map((tpl, i) => (
                <Text key={i} className='admin-chips__chip' data-testid='ticket-template' onClick={() => setText(tpl)}>
                  {tpl.slice(0, 16)}
                </Text>
              ))}
            </View>
          ) : null}
          <Textarea className='admin-panel__input' data-testid='admin-ticket-reply-text' maxlength={500} placeholder={t('admin.tickets.replyPlaceholder')} value={text} onInput={(e) => setText(e.detail.value)} />
          {error ? <ActionError error={error} /> : null}
          <View className='admin-panel__actions'>
            {ticket.can.assign && myOpenid ? (
              <Button size='small' data-testid='admin-ticket-assign' onClick={() => void run(() => callAction('admin', 'tickets.assign', { ticketId, assignee: ticket.assignee === myOpenid ? null : myOpenid }))}>
                {ticket.assignee === myOpenid ? t('admin.tickets.unassign') : t('admin.tickets.assignMe')}
              </Button>
            ) : null}
            <Button size='small' data-testid='admin-ticket-close' onClick={() => void run(() => callAction('admin', 'tickets.staffClose', { ticketId }))}>
              {t('admin.tickets.close')}
            </Button>
            <Button type='primary' size='small' loading={working} data-testid='admin-ticket-reply' onClick={() => void reply()}>
              {t('admin.tickets.reply')}
            </Button>
          </View>
        </View>
      ) : null}
      <View className='admin-panel'>
        <Text className='admin-panel__heading'>{t('admin.tickets.orders')}</Text>
        {ticket.orders.map((o) => (
          <View key={o.orderId} className='admin-panel__row' data-testid='admin-ticket-order' onClick={() => void Taro.navigateTo({ url: routes.adminOrderDetail(o.orderId) })}>
            <Text>{o.orderNo}</Text>
            <Text className='admin-panel__muted'>
              {t(`orderState.${o.state}` as never)}
              {o.hasAfterSale ? ` · ${t('admin.tickets.afterSale')}` : ''}
            </Text>
          </View>
        ))}
      </View>
    </View>
  )
}
