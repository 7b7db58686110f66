import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { whenLinked } from '../../../api/result'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { OrderDetail } from '@cloud/contracts/order'
import { callAction, type ClientError } from '../../../api'
import { ErrorState, LoadingSkeleton, Price } from '../../../components'
import { routes, TAB_PAGES } from '../../../routes'
import { applyChrome, useLocale } from '../../../state/locale'
import { payPhase, POLL_INTERVAL_MS, POLL_LIMIT_MS } from './phase'
import './index.scss'

/**
 * After the payment sheet: the order is paid only once payNotify has heard from WeChat, so this page
 * asks the server until it says so, rather than trusting the sheet's "success".
 */
export default function PayResultPage() {
  const orderId = useRouter().params.id ?? ''
  const { t, error: describe } = useLocale()
  useDidShow(() => applyChrome('nav.payResult'))
  const [order, setOrder] = useState<OrderDetail | null>(null)
  const [error, setError] = useState<ClientError | null>(null)
  const [gaveUp, setGaveUp] = useState(false)
  const started = useRef(Date.now())

  const check = useCallback(async () => {
    const result = await whenLinked(orderId, () => callAction('shop', 'order.get', { orderId }))
    if (result.ok) {
      setOrder(result.data)
      setError(null)
      return payPhase(result.data.state) !== 'waiting'
    }
    setError(result.error)
    return result.error.code === 'NOT_FOUND' || result.error.code === 'FORBIDDEN'
  }, [orderId])

  const poll = useCallback(() => {
    started.current = Date.now()
    setGaveUp(false)
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const step = async () => {
      const done = await check()
      if (stopped || done) return
      if (Date.now() - started.current >= POLL_LIMIT_MS) setGaveUp(true)
      else timer = setTimeout(() => void step(), POLL_INTERVAL_MS)
    }
    void step()
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [check])

  useEffect(() => poll(), [poll])

  if (!order && error) return <ErrorState error={error} onRetry={() => void poll()} />
  if (!order) return <LoadingSkeleton variant='detail' />

  const phase = payPhase(order.state)
  return (
    <View className='pay-result' data-testid='pay-result' data-phase={phase}>
      <View className={`pay-result__icon pay-result__icon--${phase}`} />
      <Text className='pay-result__title' data-testid='pay-result-title'>
        {phase === 'paid' ? t('payResult.paid') : phase === 'closed' ? t('payResult.closed') : t('payResult.waiting')}
      </Text>
      <Price fen={order.payable} size='large' testId='pay-result-amount' />
      <Text className='pay-result__state'>{t(`orderState.${order.state}`)}</Text>
      {phase === 'waiting' && gaveUp ? (
        <View className='pay-result__hint' data-testid='pay-result-slow'>
          <Text>{t('payResult.slow')}</Text>
          <Button size='small' fill='outline' type='primary' onClick={() => void poll()}>
            {t('payResult.refresh')}
          </Button>
        </View>
      ) : null}
      {error ? <Text className='pay-result__error'>{describe(error)}</Text> : null}
      <View className='pay-result__actions'>
        <Button type='primary' data-testid='pay-result-view-order' onClick={() => void Taro.redirectTo({ url: routes.orderDetail(order._id) })}>
          {t('payResult.viewOrder')}
        </Button>
        <Button fill='outline' onClick={() => void Taro.switchTab({ url: `/${TAB_PAGES.home}` })}>
          {t('payResult.keepBrowsing')}
        </Button>
      </View>
    </View>
  )
}
