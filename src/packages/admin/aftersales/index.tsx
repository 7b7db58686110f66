import '@/i18n/all-messages'
import { useDidShow, useReachBottom } from '@tarojs/taro'
import { applyChrome, useLocale } from '../../../state/locale'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useState } from 'react'
import type { AfterSale, AfterSaleState } from '@cloud/contracts/aftersale'
import { callAction } from '../../../api'
import { EmptyState, LoadingSkeleton } from '../../../components'
import { isEmpty } from '../../../state/paging'
import { usePagedList } from '../../../state/usePagedList'
import { Chips } from '../orders/_shared/chips'
import { AdminLoadError } from '../orders/_shared/staff-gate'
import { AfterSaleItem } from './after-sale-item'
import '../orders/_shared/admin.scss'

const FILTERS = ['pending', 'returning', 'awaiting_return', 'refunding', 'all'] as const
type Filter = (typeof FILTERS)[number]

/** The after-sales queue: requests waiting for the merchant first, each with its decision buttons. */
export default function AdminAfterSalesPage() {
  const { t, error: describe } = useLocale()
  useDidShow(() => applyChrome('nav.adminAfterSales'))
  const filterLabels = Object.fromEntries(FILTERS.map((f) => [f, t(`admin.afterSales.filter.${f}`)])) as Record<Filter, string>
  const [filter, setFilter] = useState<Filter>('pending')
  // Decisions update a card in place; the list is refetched only when the filter changes.
  const [changed, setChanged] = useState<Record<string, AfterSale>>({})
  const { state, loadMore } = usePagedList<AfterSale>(filter, (page) =>
    callAction('admin', 'afterSales.list', { page, pageSize: 20, ...(filter === 'all' ? {} : { state: filter as AfterSaleState }) }),
  )
  useReachBottom(() => void loadMore())

  return (
    <View className='admin-aftersales' data-testid='admin-aftersales'>
      <View className='admin-panel'>
        <Chips options={FILTERS} labels={filterLabels} value={filter} onChange={setFilter} testIdPrefix='aftersale-filter' />
      </View>
      {state.status === 'idle' || state.status === 'loadingFirst' ? <LoadingSkeleton variant='detail' /> : null}
      {state.status === 'failedFirst' && state.error ? <AdminLoadError error={state.error} onRetry={() => void loadMore()} /> : null}
      {isEmpty(state) ? <EmptyState testId='admin-aftersales-empty' title={t('admin.afterSales.empty')} hint={t('admin.afterSales.emptyHint', { filter: filterLabels[filter] })} /> : null}
      {state.items.map((item) => {
        const current = changed[item._id] ?? item
        return <AfterSaleItem key={item._id} afterSale={current} onChanged={(next) => setChanged((all) => ({ ...all, [next._id]: next }))} />
      })}
      {state.status === 'failedMore' ? (
        <View className='jf-list-footer'>
          <Text>{state.error ? describe(state.error) : ''}</Text>
          <Button size='small' fill='outline' onClick={() => void loadMore()}>
            {t('admin.retry')}
          </Button>
        </View>
      ) : null}
      {state.status === 'ready' && state.items.length > 0 && !state.hasMore ? (
<Text className='jf-list-footer'>{t('admin.afterSales.total', { total: state.total })}</Text>
      ) : null}
    </View>
  )
}
