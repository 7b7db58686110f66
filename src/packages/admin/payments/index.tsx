import { useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { PaymentMismatch } from '@cloud/contracts/admin-orders'
import { callAction } from '../../../api'
import { EmptyState, LoadingSkeleton } from '../../../components'
import { isEmpty } from '../../../state/paging'
import { usePagedList } from '../../../state/usePagedList'
import { Chips } from '../orders/_shared/chips'
import { AdminLoadError } from '../orders/_shared/staff-gate'
import { MismatchItem } from './mismatch-item'
import '../orders/_shared/admin.scss'

const FILTERS = ['open', 'refunded', 'dismissed'] as const
type Filter = (typeof FILTERS)[number]
const FILTER_LABELS: Record<Filter, string> = { open: '待处理', refunded: '已退款', dismissed: '已忽略' }

/** Payments WeChat reported that did not match an order (wrong amount, unknown trade number). */
export default function AdminPaymentsPage() {
  const [filter, setFilter] = useState<Filter>('open')
  const [changed, setChanged] = useState<Record<string, PaymentMismatch>>({})
  const { state, loadMore } = usePagedList<PaymentMismatch>(filter, (page) => callAction('admin', 'payments.mismatches', { page, pageSize: 20, state: filter }))
  useReachBottom(() => void loadMore())

  return (
    <View data-testid='admin-payments-page'>
      <View className='admin-panel'>
        <Chips options={FILTERS} labels={FILTER_LABELS} value={filter} onChange={setFilter} testIdPrefix='mismatch-filter' />
      </View>
      {state.status === 'idle' || state.status === 'loadingFirst' ? <LoadingSkeleton variant='detail' /> : null}
      {state.status === 'failedFirst' && state.error ? <AdminLoadError error={state.error} onRetry={() => void loadMore()} /> : null}
      {isEmpty(state) ? <EmptyState testId='mismatches-empty' title='没有支付异常 / No payment issues' hint='金额不符或找不到订单的付款会出现在这里 / Payments that do not match an order show up here' /> : null}
      {state.items.map((item) => (
        <MismatchItem key={item._id} mismatch={changed[item._id] ?? item} onChanged={(next) => setChanged((all) => ({ ...all, [next._id]: next }))} />
      ))}
      {state.status === 'failedMore' ? <Text className='jf-list-footer'>{state.error?.message}</Text> : null}
    </View>
  )
}
