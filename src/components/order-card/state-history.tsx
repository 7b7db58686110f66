import { Text, View } from '@tarojs/components'
import type { StateLogEntry } from '@cloud/contracts/order'
import { formatTime } from './format-time'
import { actorLabel, ORDER_STATE_LABELS } from './order-labels'
import './state-history.scss'

/** Every state change of the order, newest first, with who made it and any note. */
export function StateHistory({ log }: { log: StateLogEntry[] }) {
  const newestFirst = [...log].sort((a, b) => b.at - a.at)
  return (
    <View className='order-history' data-testid='state-history'>
      {newestFirst.map((entry, index) => (
        <View key={`${entry.at}-${index}`} className={`order-history__entry${index === 0 ? ' order-history__entry--latest' : ''}`} data-testid='state-history-entry'>
          <View className='order-history__dot' />
          <View className='order-history__body'>
            <Text className='order-history__state'>{ORDER_STATE_LABELS[entry.to]}</Text>
            <Text className='order-history__meta'>
              {formatTime(entry.at)} · {actorLabel(entry.by)}
              {entry.note ? ` · ${entry.note}` : ''}
            </Text>
          </View>
        </View>
      ))}
    </View>
  )
}
