import { Text, View } from '@tarojs/components'
import type { StateLogEntry } from '@cloud/contracts/order'
import { formatTime } from './format-time'
import { useLocale } from '../../state/locale'
import { localActorLabel } from './localised-labels'
import './state-history.scss'

/** Every state change of the order, newest first, with who made it, why (a Reason key) and a person's note. */
export function StateHistory({ log }: { log: StateLogEntry[] }) {
  const { t, reason } = useLocale()
  const newestFirst = [...log].sort((a, b) => b.at - a.at)
  return (
    <View className='order-history' data-testid='state-history'>
      {newestFirst.map((entry, index) => (
        <View key={`${entry.at}-${index}`} className={`order-history__entry${index === 0 ? ' order-history__entry--latest' : ''}`} data-testid='state-history-entry'>
          <View className='order-history__dot' />
          <View className='order-history__body'>
            <Text className='order-history__state'>{t(`orderState.${entry.to}`)}</Text>
            <Text className='order-history__meta'>
              {formatTime(entry.at)} · {localActorLabel(t, entry.actor)}
              {entry.reason ? ` · ${reason(entry.reason)}` : ''}
            </Text>
            {/* what a person typed (a buyer's cancel reason, a merchant's note) is their own words, not translated */}
            {entry.note ? (
              <Text className='order-history__meta' data-product-data>
                {entry.note}
              </Text>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  )
}
