import '@/i18n/all-messages'
import Taro, { useDidShow, useReachBottom, useRouter } from '@tarojs/taro'
import { ScrollView, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useRef, useState } from 'react'
import type { OrderSummary, OrderTab } from '@cloud/contracts/order'
import { callAction } from '../../../api'
import { EmptyState, ErrorState, LoadingSkeleton } from '../../../components'
import { OrderCard, ORDER_TAB_KEYS } from '../../../components/order-card'
import { routes } from '../../../routes'
import { isEmpty } from '../../../state/paging'
import { usePagedList } from '../../../state/usePagedList'
import { applyChrome, useLocale } from '../../../state/locale'
import './index.scss'

const TABS = Object.keys(ORDER_TAB_KEYS) as OrderTab[]

function tabFromQuery(value: string | undefined): OrderTab {
  return TABS.find((tab) => tab === value) ?? 'all'
}

/** My orders, by state tab (all, to pay, to ship, to receive, completed, after-sales). */
export default function OrderListPage() {
  const { t, error: describe } = useLocale()
  const [tab, setTab] = useState<OrderTab>(tabFromQuery(useRouter().params.tab))
  // Returning from an order (paid, cancelled, received) must show its new state: refetch on show.
  const [visit, setVisit] = useState(0)
  const firstShow = useRef(true)
  useDidShow(() => {
    applyChrome('nav.orderList')
    if (firstShow.current) firstShow.current = false
    else setVisit((n) => n + 1)
  })
  const { state, loadMore } = usePagedList<OrderSummary>(`${tab}:${visit}`, (page) => callAction('shop', 'order.list', { tab, page, pageSize: 10 }))
  useReachBottom(() => void loadMore())

  return (
    <View className='order-list' data-testid='order-list'>
      <ScrollView scrollX className='order-list__tabs' data-testid='order-tabs'>
        {TABS.map((key) => (
          <Text
            key={key}
            className={`order-list__tab${key === tab ? ' order-list__tab--on' : ''}`}
            data-testid={`order-tab-${key}`}
            onClick={() => setTab(key)}
          >
            {t(ORDER_TAB_KEYS[key])}
          </Text>
        ))}
      </ScrollView>

      {state.status === 'idle' || state.status === 'loadingFirst' ? <LoadingSkeleton variant='detail' /> : null}
      {state.status === 'failedFirst' && state.error ? <ErrorState error={state.error} onRetry={() => void loadMore()} /> : null}
      {isEmpty(state) ? (
        <EmptyState
          testId='orders-empty'
          title={tab === 'all' ? t('orders.empty') : t('orders.emptyTab', { tab: t(`orders.tab.${tab}`) })}
          hint={t('orders.emptyHint')}
        />
      ) : null}
      {state.items.map((order) => (
        <OrderCard key={order._id} order={order} onOpen={(id) => void Taro.navigateTo({ url: routes.orderDetail(id) })} />
      ))}
      {state.status === 'failedMore' ? (
        <View className='jf-list-footer' data-testid='load-more-failed'>
          <Text>{state.error ? describe(state.error) : t('common.loadFailed')}</Text>
          <Button size='small' fill='outline' type='primary' onClick={() => void loadMore()}>
            {t('common.retry')}
          </Button>
        </View>
      ) : null}
      {state.status === 'loadingMore' ? <Text className='jf-list-footer'>{t('common.loading')}</Text> : null}
      {state.status === 'ready' && state.items.length > 0 && !state.hasMore ? <Text className='jf-list-footer'>{t('orders.noMore')}</Text> : null}
    </View>
  )
}
