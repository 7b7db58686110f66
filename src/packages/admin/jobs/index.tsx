import '@/i18n/all-messages'
import { useDidShow, useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useState } from 'react'
import type { TroubledEffect } from '@cloud/contracts/outbox'
import { callAction, type ClientError } from '../../../api'
import { EmptyState, LoadingSkeleton } from '../../../components'
import { ActionError, formatTime } from '../../../components/order-card'
import { isEmpty } from '../../../state/paging'
import { usePagedList } from '../../../state/usePagedList'
import { applyChrome, useLocale } from '../../../state/locale'
import { Chips } from '../orders/_shared/chips'
import { AdminLoadError } from '../orders/_shared/staff-gate'
import '../orders/_shared/admin.scss'

const FILTERS = ['dead', 'pending'] as const
type Filter = (typeof FILTERS)[number]

/**
 * Side effects of order changes (telling WeChat a parcel shipped, booking a refund) that keep failing:
 * cron retries them with growing pauses; after 8 attempts they stop and wait here for a retry.
 */
export default function AdminJobsPage() {
  const { t, error: describe } = useLocale()
  useDidShow(() => applyChrome('nav.adminJobs'))
  const labels = Object.fromEntries(FILTERS.map((f) => [f, t(`admin.jobs.filter.${f}`)])) as Record<Filter, string>
  const [filter, setFilter] = useState<Filter>('dead')
  const [changed, setChanged] = useState<Record<string, TroubledEffect>>({})
  const { state, loadMore } = usePagedList<TroubledEffect>(filter, (page) => callAction('admin', 'outbox.list', { page, pageSize: 20, state: filter }))
  useReachBottom(() => void loadMore())
  return (
    <View data-testid='admin-jobs-page'>
      <View className='admin-panel'>
        <Chips options={FILTERS} labels={labels} value={filter} onChange={setFilter} testIdPrefix='jobs-filter' />
      </View>
      {state.status === 'idle' || state.status === 'loadingFirst' ? <LoadingSkeleton variant='detail' /> : null}
      {state.status === 'failedFirst' && state.error ? <AdminLoadError error={state.error} onRetry={() => void loadMore()} /> : null}
      {isEmpty(state) ? <EmptyState testId='jobs-empty' title={t('admin.jobs.empty')} hint={t('admin.jobs.emptyHint')} /> : null}
      {state.items.map((item) => (
        <JobItem key={item._id} job={changed[item._id] ?? item} onChanged={(next) => setChanged((all) => ({ ...all, [next._id]: next }))} />
      ))}
      {state.status === 'failedMore' ? <Text className='jf-list-footer'>{state.error ? describe(state.error) : ''}</Text> : null}
    </View>
  )
}

function JobItem({ job, onChanged }: { job: TroubledEffect; onChanged: (next: TroubledEffect) => void }) {
  const { t } = useLocale()
  const [working, setWorking] = useState(false)
  const [error, setError] = useState<ClientError | null>(null)
  const retry = async () => {
    if (working) return
    setWorking(true)
    setError(null)
    const result = await callAction('admin', 'outbox.retry', { id: job._id })
    setWorking(false)
    if (result.ok) onChanged(result.data)
    else setError(result.error)
  }
  return (
    <View className='admin-panel' data-testid='admin-job' data-state={job.state}>
      <View className='admin-panel__row'>
        <Text className='admin-panel__heading'>{t(`effect.${job.effect}` as never)}</Text>
        <Text>{t(`admin.jobs.state.${job.state}` as never)}</Text>
      </View>
      <Text className='admin-panel__muted'>{t('admin.jobs.of', { machine: t(`admin.jobs.machine.${job.machine}` as never), id: job.entityId })}</Text>
      <Text className='admin-panel__muted'>{t('admin.jobs.attempts', { attempts: job.attempts, time: formatTime(job.updatedAt) })}</Text>
      {job.state === 'pending' ? <Text className='admin-panel__muted'>{t('admin.jobs.next', { time: formatTime(job.nextAttemptAt) })}</Text> : null}
      {job.lastError ? <Text className='admin-panel__muted' data-product-data='wechat-error'>{job.lastError}</Text> : null}
      {error ? <ActionError error={error} /> : null}
      {job.state === 'dead' ? (
        <Button type='primary' size='small' loading={working} data-testid='job-retry' onClick={() => void retry()}>
          {t('admin.jobs.retry')}
        </Button>
      ) : null}
    </View>
  )
}
