import '@/i18n/all-messages'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useState } from 'react'
import type { ReminderView } from '@cloud/contracts/reminder'
import { REMINDER_KINDS, type ReminderKind } from '@cloud/domain/reminders'
import { formatShanghai } from '@cloud/domain/time'
import { callAction } from '../../../api'
import { askConsent } from '../../../api/notice'
import { EmptyState, LoadingSkeleton } from '../../../components'
import { useRemote } from '../../../state/useRemote'
import { applyChrome, useLocale } from '../../../state/locale'
import { AdminLoadError } from '../orders/_shared/staff-gate'
import { QualitySection } from './quality-section'
import { ReminderBadge } from './reminder-badge'
import '../orders/_shared/admin.scss'

const at = (ms: number) => formatShanghai(ms, 'YYYY-MM-DD HH:mm')
const permille = (n: number) => `${(n / 10).toFixed(1)}%`

/**
 * What needs a person now, raised by cron (one per condition until it clears): low stock, orders not
 * shipped in time, after-sales near their deadline, tickets waiting, payment problems. Each links to
 * the page that handles it; staff can subscribe to a WeChat message per new reminder.
 */
export default function AdminRemindersPage() {
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.adminReminders'))
  const { remote, reload } = useRemote(() => callAction('admin', 'reminders.list', {}), [])
  usePullDownRefresh(() => {
    reload()
    void Taro.stopPullDownRefresh()
  })
  const [subscribed, setSubscribed] = useState<'idle' | 'ok' | 'failed'>('idle')
  const subscribe = async () => {
    const remaining = await askConsent(['staffReminder'])
    setSubscribed(remaining.staffReminder ? 'ok' : 'failed')
  }

  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <AdminLoadError error={remote.error} onRetry={reload} />
  const { items, counts, checkedAt } = remote.data
  const byKind = REMINDER_KINDS.filter((k) => counts[k] > 0)
  return (
    <View data-testid='admin-reminders-page'>
      <View className='admin-panel'>
        <View className='admin-panel__row'>
          <Text className='admin-panel__muted' data-testid='reminders-checked'>
            {checkedAt ? t('reminders.checkedAt', { time: at(checkedAt) }) : t('reminders.neverChecked')}
          </Text>
          <Button size='small' fill='outline' data-testid='reminders-subscribe' onClick={() => void subscribe()}>
            {t('reminders.subscribe')}
          </Button>
        </View>
        {subscribed !== 'idle' ? <Text className='admin-panel__muted'>{t(subscribed === 'ok' ? 'reminders.subscribed' : 'reminders.subscribeFailed')}</Text> : null}
        {byKind.length > 0 ? (
          <View className='admin-panel__row' data-testid='reminders-counts'>
            {byKind.map((k) => (
              <Text key={k} data-testid={`reminders-count-${k}`} data-count={counts[k]}>
                {t(`reminders.kind.${k}`)}
                <ReminderBadge count={counts[k]} />
              </Text>
            ))}
          </View>
        ) : null}
      </View>
      {items.length === 0 ? <EmptyState testId='reminders-empty' title={t('reminders.empty')} hint={t('reminders.emptyHint')} /> : null}
      {items.map((r) => (
        <ReminderItem key={r.id} reminder={r} />
      ))}
      <QualitySection />
    </View>
  )
}

function detail(t: ReturnType<typeof useLocale>['t'], r: ReminderView): string {
  const p = r.params
  const kind: ReminderKind = r.kind
  switch (kind) {
    case 'lowStock':
      return t('reminders.detail.lowStock', { title: String(p.title), sku: String(p.sku), stock: Number(p.stock) })
    case 'unshipped':
      return t('reminders.detail.unshipped', { orderNo: String(p.orderNo) })
    case 'afterSaleApprove':
      return t('reminders.detail.afterSaleApprove', { orderNo: String(p.orderNo), time: at(Number(p.deadline)) })
    case 'returnConfirm':
      return t('reminders.detail.returnConfirm', { orderNo: String(p.orderNo), time: at(Number(p.deadline)) })
    case 'ticketsOverdue':
      return t('reminders.detail.ticketsOverdue', { count: Number(p.count) })
    case 'paymentMismatch':
      return t('reminders.detail.paymentMismatch', { outTradeNo: String(p.outTradeNo) })
    case 'quality':
      return t('reminders.detail.quality', { title: String(p.title), rate: permille(Number(p.ratePermille)) })
  }
  return ''
}

function ReminderItem({ reminder }: { reminder: ReminderView }) {
  const { t } = useLocale()
  return (
    <View className='admin-panel' data-testid='reminder' data-kind={reminder.kind} data-key={reminder.key}>
      <View className='admin-panel__row'>
        <Text className='admin-panel__heading'>{t(`reminders.kind.${reminder.kind}`)}</Text>
        <Button size='small' type='primary' data-testid='reminder-open' onClick={() => void Taro.navigateTo({ url: `/${reminder.page}` })}>
          {t('reminders.open')}
        </Button>
      </View>
      <Text data-product-data>{detail(t, reminder)}</Text>
      <Text className='admin-panel__muted'>
        {t('reminders.since', { time: at(reminder.raisedAt) })}
        {reminder.occurrence > 1 ? ` · ${t('reminders.again', { n: reminder.occurrence })}` : ''}
      </Text>
    </View>
  )
}
