import { Text } from '@tarojs/components'
import type { RemindersListOutput } from '@cloud/contracts/reminder'
import { REMINDER_KINDS, REMINDER_PAGE } from '@cloud/domain/reminders'
import { callAction } from '../../../api'
import { useRemote } from '../../../state/useRemote'

/** Active reminders handled by the page at `url` (e.g. routes.adminAfterSales()): the sum over the kinds that page handles. */
export function reminderCountFor(url: string, counts: RemindersListOutput['counts'] | undefined): number {
  if (!counts) return 0
  const path = url.replace(/^\//, '').split('?')[0]
  return REMINDER_KINDS.filter((k) => REMINDER_PAGE[k] === path).reduce((n, k) => n + (counts[k] ?? 0), 0)
}

/** The counts once per page view (one `reminders.list` call), for badges on admin links. */
export function useReminderCounts(): RemindersListOutput['counts'] | undefined {
  const { remote } = useRemote(() => callAction('admin', 'reminders.list', {}), [])
  return remote.status === 'ready' ? remote.data.counts : undefined
}

/** A red count after a link's title; nothing when zero. */
export function ReminderBadge({ count, testId }: { count: number; testId?: string }) {
  if (count <= 0) return null
  return (
    <Text className='jf-reminder-badge' data-testid={testId ?? 'reminder-badge'} data-count={count} style={{ marginLeft: '8px', padding: '0 6px', borderRadius: '8px', background: '#e4393c', color: '#fff', fontSize: '12px' }}>
      {count > 99 ? '99+' : String(count)}
    </Text>
  )
}
