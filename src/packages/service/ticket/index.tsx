import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { whenLinked } from '../../../api/result'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useState } from 'react'
import type { TicketMessage, TicketView } from '@cloud/contracts/service'
import { callAction, type ClientError } from '../../../api'
import { ErrorState, LoadingSkeleton } from '../../../components'
import { ActionError } from '../../../components/order-card'
import { formatTime } from '../../../components/order-card/format-time'
import { routes } from '../../../routes'
import { applyChrome, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import '../_shared/service.scss'

/** One conversation with customer service: the thread (staff replies appear here), reply, close, rate once. */
export default function ServiceTicketPage() {
  const ticketId = useRouter().params.id ?? ''
  const { remote, reload } = useRemote(() => whenLinked(ticketId, () => callAction('shop', 'tickets.get', { ticketId })), [ticketId])
  const [changed, setChanged] = useState<TicketView | null>(null)
  useDidShow(() => {
    applyChrome('nav.serviceTicket')
    setChanged(null)
    void reload()
  })
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={remote.error.code === 'NOT_FOUND' ? undefined : () => void reload()} />
  return <Thread ticket={changed ?? remote.data} onChanged={setChanged} />
}

function Bubble({ m }: { m: TicketMessage }) {
  const { t, reason } = useLocale()
  const who = m.from === 'shopper' ? t('ticket.you') : m.from === 'staff' ? t('ticket.staff') : t('ticket.assistant')
  return (
    <View className={`svc-bubble${m.from === 'shopper' ? ' svc-bubble--mine' : ''}`} data-testid={`ticket-msg-${m.from}`}>
      <Text className='svc-bubble__who'>
        {who} · {formatTime(m.at)}
      </Text>
      <Text>{m.text ?? reason(m.reason)}</Text>
    </View>
  )
}

function Thread({ ticket, onChanged }: { ticket: TicketView; onChanged: (t: TicketView) => void }) {
  const { t } = useLocale()
  const [text, setText] = useState('')
  const [rating, setRating] = useState(0)
  const [comment, setComment] = useState('')
  const [working, setWorking] = useState(false)
  const [error, setError] = useState<ClientError | null>(null)

  const run = async (call: () => ReturnType<typeof callAction<'shop', 'tickets.get'>>) => {
    if (working) return
    setWorking(true)
    setError(null)
    const result = await call()
    setWorking(false)
    if (result.ok) onChanged(result.data)
    else setError(result.error)
    return result.ok
  }
  const reply = async () => {
    if (!text.trim()) return
    if (await run(() => callAction('shop', 'tickets.reply', { ticketId: ticket._id, text: text.trim() }))) setText('')
  }
  const last = ticket.messages[ticket.messages.length - 1]
  return (
    <View data-testid='service-ticket-page' data-status={ticket.status}>
      <View className='svc-panel'>
        <Text className='svc-panel__heading' data-testid='ticket-status'>{t(`ticketState.${ticket.status}` as never)}</Text>
        {ticket.orderNo && ticket.orderId ? (
          <Text className='svc-panel__link' onClick={() => void Taro.navigateTo({ url: routes.orderDetail(ticket.orderId!) })}>
            {t('service.aboutOrder', { orderNo: ticket.orderNo })}
          </Text>
        ) : null}
        {ticket.status === 'open' && last?.from === 'shopper' ? <Text className='svc-panel__muted'>{t('ticket.waiting')}</Text> : null}
      </View>
      <View className='svc-thread'>
        {ticket.messages.map((m, i) => (
          <Bubble key={i} m={m} />
        ))}
      </View>
      <View className='svc-composer'>
        {error ? <ActionError error={error} /> : null}
        {ticket.can.reply ? (
          <View>
            <View className='svc-composer__row'>
              <Input className='svc-input' data-testid='ticket-input' maxlength={500} placeholder={t('ticket.replyPlaceholder')} value={text} onInput={(e) => setText(e.detail.value)} />
              <Button type='primary' size='small' loading={working} data-testid='ticket-send' onClick={() => void reply()}>
                {t('ticket.reply')}
              </Button>
            </View>
            <Text className='svc-panel__link' data-testid='ticket-close' onClick={() => void run(() => callAction('shop', 'tickets.close', { ticketId: ticket._id }))}>
              {t('ticket.close')}
            </Text>
          </View>
        ) : null}
        {ticket.status === 'closed' ? <Text className='svc-panel__muted'>{t('ticket.closed')}</Text> : null}
        {ticket.can.rate ? (
          <View data-testid='ticket-rate'>
            <Text className='svc-panel__heading'>{t('ticket.rate')}</Text>
            <View className='svc-stars'>
              {[1, 2, 3, 4, 5].map((n) => (
                <Text key={n} className={`svc-stars__star${n <= rating ? ' svc-stars__star--on' : ''}`} data-testid={`ticket-star-${n}`} onClick={() => setRating(n)}>
                  ★
                </Text>
              ))}
            </View>
            <Textarea className='svc-textarea' maxlength={200} placeholder={t('ticket.rateComment')} value={comment} onInput={(e) => setComment(e.detail.value)} />
            <Button
              type='primary'
              size='small'
              disabled={rating === 0}
              loading={working}
              data-testid='ticket-submit-rating'
              onClick={() => void run(() => callAction('shop', 'tickets.rate', { ticketId: ticket._id, rating, comment: comment.trim() }))}
            >
              {t('ticket.submitRating')}
            </Button>
          </View>
        ) : null}
        {ticket.rating !== null ? <Text className='svc-panel__muted' data-testid='ticket-rated'>{t('ticket.rated', { rating: ticket.rating })}</Text> : null}
      </View>
    </View>
  )
}
