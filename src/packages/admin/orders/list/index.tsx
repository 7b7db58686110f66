import '@/i18n/all-messages'
import Taro, { useDidShow, useReachBottom, useRouter } from '@tarojs/taro'
import { applyChrome, useLocale } from '../../../../state/locale'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useRef, useState } from 'react'
import type { AdminOrderSummary } from '@cloud/contracts/admin-orders'
import type { OrderState } from '@cloud/contracts/order'
import { callAction } from '../../../../api'
import { EmptyState, LoadingSkeleton } from '../../../../components'
import { OrderCard } from '../../../../components/order-card'
import { routes } from '../../../../routes'
import { isEmpty } from '../../../../state/paging'
import { usePagedList } from '../../../../state/usePagedList'
import { Chips } from '../_shared/chips'
import { DATE_PRESETS, listInput, type OrderFilters } from '../_shared/filters'
import { AdminLoadError } from '../_shared/staff-gate'
import '../_shared/admin.scss'
import './index.scss'

const STATE_OPTIONS = ['all', 'paid', 'pending_payment', 'shipped', 'delivered', 'completed', 'after_sale', 'refunded', 'cancelled'] as const

/** Every order of the shop, filtered by state, date and keyword (order number, recipient, phone). */
export default function AdminOrderListPage() {
  const { t, error: describe } = useLocale()
  const alert = useRouter().params.alert === 'logistics' ? 'logistics' : undefined
  const [filters, setFilters] = useState<OrderFilters>(alert ? { state: 'all', date: 'all', keyword: '', alert } : { state: 'paid', date: 'all', keyword: '' })
  const stateLabels = Object.fromEntries(STATE_OPTIONS.map((s) => [s, s === 'all' ? t('admin.orders.all') : t(`orderState.${s}`)])) as Record<(typeof STATE_OPTIONS)[number], string>
  const dateLabels = Object.fromEntries(DATE_PRESETS.map((d) => [d, t(`admin.date.${d}`)])) as Record<(typeof DATE_PRESETS)[number], string>
  const [draftKeyword, setDraftKeyword] = useState('')
  const [visit, setVisit] = useState(0)
  const firstShow = useRef(true)
  // Back from shipping an order: the list must show its new state.
  useDidShow(() => {
    applyChrome('nav.adminOrders')
    if (firstShow.current) firstShow.current = false
    else setVisit((n) => n + 1)
  })
  const { state, loadMore } = usePagedList<AdminOrderSummary>(`${JSON.stringify(filters)}:${visit}`, (page) =>
    callAction('admin', 'adminOrders.list', listInput(filters, page, Date.now())),
  )
  useReachBottom(() => void loadMore())

  if (state.status === 'failedFirst' && state.error && (state.error.code === 'FORBIDDEN' || state.error.code === 'UNAUTHENTICATED')) {
    return <AdminLoadError error={state.error} onRetry={() => void loadMore()} />
  }

  return (
    <View className='admin-orders' data-testid='admin-orders'>
      <View className='admin-orders__filters'>
        <Chips
          options={STATE_OPTIONS}
          labels={stateLabels}
          value={filters.state}
          onChange={(next) => setFilters({ ...filters, state: next as OrderState | 'all' })}
          testIdPrefix='filter-state'
        />
        {filters.alert ? (
          <View className='admin-orders__search' data-testid='filter-alert' onClick={() => setFilters({ ...filters, alert: undefined })}>
            <Text>{t('console.todo.logistics')} ✕</Text>
          </View>
        ) : null}
        <Chips options={DATE_PRESETS} labels={dateLabels} value={filters.date} onChange={(date) => setFilters({ ...filters, date })} testIdPrefix='filter-date' />
        <View className='admin-orders__search'>
          <Input
            className='admin-panel__input'
            data-testid='filter-keyword'
            value={draftKeyword}
            maxlength={40}
            placeholder={t('admin.orders.keyword')}
            confirmType='search'
            onInput={(event) => setDraftKeyword(event.detail.value)}
            onConfirm={() => setFilters({ ...filters, keyword: draftKeyword })}
          />
          <Button size='small' type='primary' data-testid='filter-search' onClick={() => setFilters({ ...filters, keyword: draftKeyword })}>
            {t('admin.search')}
          </Button>
        </View>
      </View>

      {state.status === 'idle' || state.status === 'loadingFirst' ? <LoadingSkeleton variant='detail' /> : null}
      {state.status === 'failedFirst' && state.error ? <AdminLoadError error={state.error} onRetry={() => void loadMore()} /> : null}
      {isEmpty(state) ? <EmptyState testId='admin-orders-empty' title={t('admin.orders.empty')} hint={t('admin.orders.emptyHint')} /> : null}
      {state.items.map((order) => (
        <OrderCard
          key={order._id}
          order={order}
          subtitle={`${order.addressName} ${order.addressPhone}`}
          onOpen={(id) => void Taro.navigateTo({ url: routes.adminOrderDetail(id) })}
        />
      ))}
      {state.status === 'loadingMore' ? <Text className='jf-list-footer'>{t('admin.loading')}</Text> : null}
      {state.status === 'failedMore' ? (
        <View className='jf-list-footer'>
          <Text>{state.error ? describe(state.error) : ''}</Text>
          <Button size='small' fill='outline' onClick={() => void loadMore()}>
            {t('admin.retry')}
          </Button>
        </View>
      ) : null}
      {state.status === 'ready' && state.items.length > 0 && !state.hasMore ? <Text className='jf-list-footer'>{t('admin.orders.total', { total: state.total })}</Text> : null}
    </View>
  )
}
