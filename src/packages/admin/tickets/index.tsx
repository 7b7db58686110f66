import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { TICKET_FILTERS } from '@cloud/domain/service'
import { callAction } from '../../../api'
import { EmptyState, LoadingSkeleton } from '../../../components'
import { formatTime } from '../../../components/order-card'
import { routes } from '../../../routes'
import { applyChrome, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import { Chips } from '../orders/_shared/chips'
import { AdminLoadError } from '../orders/_shared/staff-gate'
import '../orders/_shared/admin.scss'

type Filter = (typeof TICKET_FILTERS)[number]

/** The service desk's inbox: to answer (longest waiting first), waiting for the shopper, closed. */
export default function AdminTicketsPage() {
  const { t } = useLocale()
  const [filter, setFilter] = useState<Filter>('open')
  const { remote, reload } = useRemote(() => callAction('admin', 'tickets.inbox', { status: filter, page: 1, pageSize: 50 }), [filter])
  useDidShow(() => {
    applyChrome('nav.adminTickets')
    void reload()
  })
  const labels = Object.fromEntries(TICKET_FILTERS.map((f) => [f, t(`admin.tickets.filter.${f}`)])) as Record<Filter, string>
  return (
    <View data-testid='admin-tickets-page'>
      <View className='admin-panel'>
        <Chips options={TICKET_FILTERS} labels={labels} value={filter} onChange={setFilter} testIdPrefix='tickets-filter' />
      </View>
      {remote.status === 'loading' ? <LoadingSkeleton variant='detail' /> : null}
      {remote.status === 'failed' ? <AdminLoadError error={remote.error} onRetry={() => void reload()} /> : null}
      {remote.status === 'ready' && remote.data.overdue > 0 ? (
        <View className='admin-panel'>
          <Text data-testid='tickets-overdue'>{t('admin.tickets.overdue', { count: remote.data.overdue })}</Text>
        </View>
      ) : null}
      {remote.status === 'ready' && remote.data.items.length === 0 ? <EmptyState testId='tickets-empty' title={t('admin.tickets.empty')} /> : null}
      {remote.status === 'ready'
        ? remote.data.items.map((item) => (
            <View key={item._id} className='admin-panel' data-testid='admin-ticket' data-state={item.status} onClick={() => void Taro.navigateTo({ url: routes.adminTicketDetail(item._id) })}>
              <View className='admin-panel__row'>
                <Text className='admin-panel__heading' data-product-data='ticket-preview'>{item.preview}</Text>
                <Text className='admin-panel__muted'>{formatTime(item.updatedAt)}</Text>
              </View>
              {item.orderNo ? <Text className='admin-panel__muted'>{t('admin.tickets.order', { orderNo: item.orderNo })}</Text> : null}
              <Text className='admin-panel__muted'>{item.assignee ? t('admin.tickets.assignee', { who: item.assignee }) : t('admin.tickets.unassigned')}</Text>
              {item.waitingSince ? <Text className='admin-panel__muted'>{t('admin.tickets.waiting', { minutes: Math.max(0, Math.round((Date.now() - item.waitingSince) / 60_000)) })}</Text> : null}
            </View>
          ))
        : null}
    </View>
  )
}
