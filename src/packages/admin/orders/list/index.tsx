import Taro, { useDidShow, useReachBottom } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useRef, useState } from 'react'
import type { AdminOrderSummary } from '@cloud/contracts/admin-orders'
import type { OrderState } from '@cloud/contracts/order'
import { callAction } from '../../../../api'
import { EmptyState, LoadingSkeleton } from '../../../../components'
import { OrderCard, ORDER_STATE_SHORT } from '../../../../components/order-card'
import { routes } from '../../../../routes'
import { isEmpty } from '../../../../state/paging'
import { usePagedList } from '../../../../state/usePagedList'
import { Chips } from '../_shared/chips'
import { DATE_PRESET_LABELS, listInput, type DatePreset, type OrderFilters } from '../_shared/filters'
import { AdminLoadError } from '../_shared/staff-gate'
import '../_shared/admin.scss'
import './index.scss'

const STATE_OPTIONS = ['all', 'paid', 'pending_payment', 'shipped', 'delivered', 'completed', 'after_sale', 'refunded', 'cancelled'] as const
const STATE_LABELS: Record<(typeof STATE_OPTIONS)[number], string> = { all: '全部', ...ORDER_STATE_SHORT, delivered: '已签收' }
const DATE_OPTIONS = Object.keys(DATE_PRESET_LABELS) as DatePreset[]

/** Every order of the shop, filtered by state, date and keyword (order number, recipient, phone). */
export default function AdminOrderListPage() {
  const [filters, setFilters] = useState<OrderFilters>({ state: 'paid', date: 'all', keyword: '' })
  const [draftKeyword, setDraftKeyword] = useState('')
  const [visit, setVisit] = useState(0)
  const firstShow = useRef(true)
  // Back from shipping an order: the list must show its new state.
  useDidShow(() => {
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
          labels={STATE_LABELS}
          value={filters.state}
          onChange={(next) => setFilters({ ...filters, state: next as OrderState | 'all' })}
          testIdPrefix='filter-state'
        />
        <Chips options={DATE_OPTIONS} labels={DATE_PRESET_LABELS} value={filters.date} onChange={(date) => setFilters({ ...filters, date })} testIdPrefix='filter-date' />
        <View className='admin-orders__search'>
          <Input
            className='admin-panel__input'
            data-testid='filter-keyword'
            value={draftKeyword}
            maxlength={40}
            placeholder='订单号 / 收货人 / 手机号'
            confirmType='search'
            onInput={(event) => setDraftKeyword(event.detail.value)}
            onConfirm={() => setFilters({ ...filters, keyword: draftKeyword })}
          />
          <Button size='small' type='primary' data-testid='filter-search' onClick={() => setFilters({ ...filters, keyword: draftKeyword })}>
            搜索
          </Button>
        </View>
      </View>

      {state.status === 'idle' || state.status === 'loadingFirst' ? <LoadingSkeleton variant='detail' /> : null}
      {state.status === 'failedFirst' && state.error ? <AdminLoadError error={state.error} onRetry={() => void loadMore()} /> : null}
      {isEmpty(state) ? <EmptyState testId='admin-orders-empty' title='没有符合条件的订单 / No matching orders' hint='换个筛选条件试试 / Try other filters' /> : null}
      {state.items.map((order) => (
        <OrderCard
          key={order._id}
          order={order}
          subtitle={`${order.addressName} ${order.addressPhone}`}
          onOpen={(id) => void Taro.navigateTo({ url: routes.adminOrderDetail(id) })}
        />
      ))}
      {state.status === 'loadingMore' ? <Text className='jf-list-footer'>加载中… / Loading…</Text> : null}
      {state.status === 'failedMore' ? (
        <View className='jf-list-footer'>
          <Text>{state.error?.message}</Text>
          <Button size='small' fill='outline' onClick={() => void loadMore()}>
            重试 / Retry
          </Button>
        </View>
      ) : null}
      {state.status === 'ready' && state.items.length > 0 && !state.hasMore ? <Text className='jf-list-footer'>共 {state.total} 单 / {state.total} orders</Text> : null}
    </View>
  )
}
