import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Input, ScrollView, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useRef, useState } from 'react'
import type { AssistantReply } from '@cloud/contracts/service'
import { callAction, type ClientError } from '../../../api'
import { askConsent, prepareConsent } from '../../../api/notice'
import { ActionError } from '../../../components/order-card'
import type { MessageKey } from '../../../i18n/dictionaries'
import { routes } from '../../../routes'
import { applyChrome, useLocale } from '../../../state/locale'
import { lastQuestion, newTicketRequestId, transcriptOf, type ChatEntry } from '../_shared/chat'
import '../_shared/service.scss'

const QUICK: MessageKey[] = ['assistant.quick.parcel', 'assistant.quick.ship', 'assistant.quick.return', 'assistant.quick.cert', 'assistant.quick.size']

/**
 * Chat with the assistant: FAQ answers in the merchant's words, answers from the shopper's own orders,
 * and when it is not sure, the nearest questions plus 转人工, which opens a ticket carrying the
 * conversation and the order.
 */
export default function ServiceChatPage() {
  const orderId = useRouter().params.orderId ?? ''
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.serviceChat'))
  const [entries, setEntries] = useState<ChatEntry[]>([])
  const [text, setText] = useState('')
  const [asking, setAsking] = useState(false)
  const [error, setError] = useState<ClientError | null>(null)
  const [handoff, setHandoff] = useState<{ text: string; requestId: string } | null>(null)
  const [sending, setSending] = useState(false)
  const seq = useRef(0)

  const ask = async (question: string, aboutOrder?: string) => {
    const q = question.trim()
    if (!q || asking) return
    setAsking(true)
    setError(null)
    setText('')
    const mine: ChatEntry = { id: ++seq.current, from: 'shopper', text: q }
    setEntries((all) => [...all, mine])
    const result = await callAction('shop', 'assistant.ask', { text: q, ...(aboutOrder || orderId ? { orderId: aboutOrder || orderId } : {}) })
    setAsking(false)
    if (result.ok) setEntries((all) => [...all, { id: ++seq.current, from: 'assistant', reply: result.data, asked: q }])
    else setError(result.error)
  }

  const openTicket = async () => {
    if (!handoff || sending) return
    if (!handoff.text.trim()) return setError({ code: 'INVALID_INPUT', key: 'error.input.text', message: 'error.input.text' })
    setSending(true)
    setError(null)
    // The natural moment to ask: the staff's reply is a subscribe message, one per consent (never assumed).
    await askConsent(['ticketReply'])
    const result = await callAction('shop', 'tickets.open', {
      text: handoff.text.trim(),
      requestId: handoff.requestId,
      transcript: transcriptOf(entries),
      ...(orderId ? { orderId } : {}),
    })
    setSending(false)
    if (!result.ok) return setError(result.error)
    setHandoff(null)
    void Taro.redirectTo({ url: routes.serviceTicket(result.data._id) })
  }

  const startHandoff = () => {
    // WeChat shows the consent prompt only inside a tap: fetch the template id before the shopper sends.
    void prepareConsent(['ticketReply'])
    setHandoff({ text: lastQuestion(entries), requestId: newTicketRequestId() })
  }

  return (
    <View data-testid='service-chat-page'>
      <ScrollView scrollY className='svc-thread' scrollIntoView={entries.length ? `chat-${entries[entries.length - 1].id}` : undefined}>
        <View className='svc-bubble'>
          <Text className='svc-bubble__who'>{t('ticket.assistant')}</Text>
          <Text>{t('assistant.welcome')}</Text>
          <View className='svc-bubble__actions'>
            {QUICK.map((k) => (
              <Text key={k} className='svc-chips__chip' data-testid='chat-quick' onClick={() => void ask(t(k))}>
                {t(k)}
              </Text>
            ))}
          </View>
        </View>
        {entries.map((e) =>
          e.from === 'shopper' ? (
            <View key={e.id} id={`chat-${e.id}`} className='svc-bubble svc-bubble--mine' data-testid='chat-mine'>
              <Text>{e.text}</Text>
            </View>
          ) : (
            <AssistantBubble key={e.id} id={`chat-${e.id}`} reply={e.reply} asked={e.asked} onAsk={(q, o) => void ask(q, o)} onHandoff={startHandoff} />
          ),
        )}
        {asking ? <Text className='svc-panel__muted'>{t('assistant.thinking')}</Text> : null}
      </ScrollView>
      <View className='svc-composer'>
        {error ? <ActionError error={error} /> : null}
        {handoff ? (
          <View data-testid='handoff-form'>
            <Text className='svc-panel__heading'>{t('assistant.handoffTitle')}</Text>
            <Text className='svc-panel__muted'>{t('assistant.handoffHint')}</Text>
            <Textarea
              className='svc-textarea'
              data-testid='handoff-text'
              maxlength={500}
              placeholder={t('assistant.handoffPlaceholder')}
              value={handoff.text}
              onInput={(ev) => setHandoff({ ...handoff, text: ev.detail.value })}
            />
            <View className='svc-composer__row'>
              <Button size='small' onClick={() => setHandoff(null)}>
                {t('common.cancel')}
              </Button>
              <Button type='primary' size='small' loading={sending} data-testid='handoff-send' onClick={() => void openTicket()}>
                {t('assistant.handoffSend')}
              </Button>
            </View>
          </View>
        ) : (
          <View className='svc-composer__row'>
            <Input
              className='svc-input'
              data-testid='chat-input'
              maxlength={200}
              placeholder={t('assistant.placeholder')}
              value={text}
              confirmType='send'
              onInput={(ev) => setText(ev.detail.value)}
              onConfirm={() => void ask(text)}
            />
            <Button type='primary' size='small' data-testid='chat-send' onClick={() => void ask(text)}>
              {t('assistant.send')}
            </Button>
            <Button size='small' data-testid='chat-handoff' onClick={startHandoff}>
              {t('assistant.handoff')}
            </Button>
          </View>
        )}
      </View>
    </View>
  )
}

function AssistantBubble({ id, reply, asked, onAsk, onHandoff }: { id: string; reply: AssistantReply; asked: string; onAsk: (q: string, orderId?: string) => void; onHandoff: () => void }) {
  const { t, locale, reason } = useLocale()
  const english = locale === 'en'
  return (
    <View id={id} className='svc-bubble' data-testid='chat-reply' data-kind={reply.kind}>
      <Text className='svc-bubble__who'>{t('ticket.assistant')}</Text>
      {reply.kind === 'faq' ? (
        <View>
          <Text className='svc-panel__heading' data-product-data='faq-question'>{english && reply.questionEn ? reply.questionEn : reply.question}</Text>
          <Text data-product-data='faq-answer'>{english && reply.answerEn ? reply.answerEn : reply.answer}</Text>
        </View>
      ) : null}
      {reply.kind === 'intent' ? (
        <View>
          <Text data-testid='chat-intent' data-intent={reply.intent}>{reason(reply.message)}</Text>
          <View className='svc-bubble__actions'>
            {reply.orderId ? (
              <Text className='svc-panel__link' data-testid='chat-view-order' onClick={() => void Taro.navigateTo({ url: routes.orderDetail(reply.orderId!) })}>
                {t('assistant.viewOrder')}
              </Text>
            ) : null}
            {reply.intent === 'returnOrder' && reply.orderId && reply.message.key === 'assistant.return.how' ? (
              <Text className='svc-panel__link' onClick={() => void Taro.navigateTo({ url: routes.afterSaleRequest(reply.orderId!) })}>
                {t('assistant.requestAfterSale')}
              </Text>
            ) : null}
          </View>
          {reply.choices?.length ? (
            <View className='svc-bubble__actions'>
              <Text className='svc-panel__muted'>{t('assistant.otherOrders')}</Text>
              {reply.choices.map((c) => (
                <Text key={c.orderId} className='svc-chips__chip' data-testid='chat-order-choice' onClick={() => onAsk(asked, c.orderId)}>
                  {c.orderNo} {c.title}
                </Text>
              ))}
            </View>
          ) : null}
        </View>
      ) : null}
      {reply.kind === 'unsure' ? (
        <View>
          <Text data-testid='chat-unsure'>{t('assistant.unsure')}</Text>
          {reply.suggestions.length ? (
            <View className='svc-bubble__actions'>
              <Text className='svc-panel__muted'>{t('assistant.related')}</Text>
              {reply.suggestions.map((s) => (
                <Text key={s.faqId} className='svc-chips__chip' data-testid='chat-suggestion' onClick={() => onAsk(s.question)}>
                  {english && s.questionEn ? s.questionEn : s.question}
                </Text>
              ))}
            </View>
          ) : null}
          <View className='svc-bubble__actions'>
            <Button type='primary' size='small' data-testid='chat-unsure-handoff' onClick={onHandoff}>
              {t('assistant.handoff')}
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  )
}
