import '@/i18n/all-messages'
import { useDidShow, useReachBottom } from '@tarojs/taro'
import { applyChrome, useLocale } from '../../../state/locale'
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

/** Payments WeChat reported that did not match an order (wrong amount, unknown trade number). */
export default function AdminPaymentsPage() {
  const { t, error: describe } = useLocale()
  useDidShow(() => applyChrome('nav.adminPayments'))
  const filterLabels = Object.fromEntries(FILTERS.map((f) => [f, t(`admin.mismatch.filter.${f}`)])) as Record<Filter, string>
  const [filter, setFilter] = useState<Filter>('open')
  const [changed, setChanged] = useState<Record<string, PaymentMismatch>>({})
  const { state, loadMore } = usePagedList<PaymentMismatch>(filter, (page) => callAction('admin', 'payments.mismatches', { page, pageSize: 20, state: filter }))
  useReachBottom(() => void loadMore())

  return (
    <View data-testid='admin-payments-page'>
      <View className='admin-panel'>
        <Chips options={FILTERS} labels={filterLabels} value={filter} onChange={setFilter} testIdPrefix='mismatch-filter' />
      </View>
      {state.status === 'idle' || state.status === 'loadingFirst' ? <LoadingSkeleton variant='detail' /> : null}
      {state.status === 'failedFirst' && state.error ? <AdminLoadError error={state.error} onRetry={() => void loadMore()} /> : null}
      {isEmpty(state) ? <EmptyState testId='mismatches-empty' title={t('admin.mismatch.empty')} hint={t('admin.mismatch.emptyHint')} /> : null}
      {state.items.map((item) => (
        <MismatchItem key={item._id} mismatch={changed[item._id] ?? item} onChanged={(next) => setChanged((all) => ({ ...all, [next._id]: next }))} />
      ))}
      {state.status === 'failedMore' ? <Text className='jf-list-footer'>{state.error ? describe(state.error) : ''}</Text> : null}
    </View>
  )
}
