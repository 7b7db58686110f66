import '@/i18n/all-messages'
import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { formatShanghai } from '@cloud/domain/time'
import type { PointsEntryKind } from '@cloud/contracts/member'
import { callAction } from '../../../api'
import { EmptyState, ErrorState, LoadingSkeleton } from '../../../components'
import { applyChrome, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import '../member.scss'

const KIND_KEYS: Record<PointsEntryKind, `ledger.kind.${PointsEntryKind}`> = {
  earn: 'ledger.kind.earn',
  reverse: 'ledger.kind.reverse',
  redeem: 'ledger.kind.redeem',
  release: 'ledger.kind.release',
  return: 'ledger.kind.return',
  expire: 'ledger.kind.expire',
}

/** The points balance and every ledger entry with its reason, newest first. */
export default function PointsLedgerPage() {
  const { t, reason } = useLocale()
  const { remote, reload } = useRemote(() => callAction('shop', 'me.ledger', { pageSize: 100 }), [])
  useDidShow(() => {
    applyChrome('nav.memberLedger')
    if (remote.status !== 'loading') void reload()
  })
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={reload} />
  const { balance, nextExpiryAt, items } = remote.data
  return (
    <View className='member' data-testid='ledger-page'>
      <View className='member__card'>
        <Text className='member__muted'>{t('ledger.balance')}</Text>
        <Text className='member__big' data-testid='ledger-balance'>{balance}</Text>
        {nextExpiryAt ? <Text className='member__muted'>{t('ledger.expiry', { date: formatShanghai(nextExpiryAt, 'YYYY-MM-DD') })}</Text> : null}
      </View>
      {items.length === 0 ? (
        <EmptyState title={t('ledger.empty')} testId='ledger-empty' />
      ) : (
        <View className='member__card'>
          {items.map((e) => (
            <View key={e._id} className='member__row' data-testid='ledger-entry' data-kind={e.kind}>
              <View className='member__grow'>
                <Text>{t(KIND_KEYS[e.kind])} · {reason(e.reason)}</Text>
                <Text className='member__muted'>
                  {formatShanghai(e.createdAt, 'YYYY-MM-DD HH:mm')} · {t('ledger.balanceAfter', { balance: e.balanceAfter })}
                </Text>
              </View>
              <Text className={e.points > 0 ? 'member__plus' : 'member__minus'} data-testid='ledger-points'>
                {e.points > 0 ? `+${e.points}` : e.points}
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
