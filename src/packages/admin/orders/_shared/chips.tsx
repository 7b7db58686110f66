import { Text, View } from '@tarojs/components'

interface ChipsProps<K extends string> {
  options: readonly K[]
  labels: Record<K, string>
  value: K
  onChange: (next: K) => void
  testIdPrefix: string
}

/** A row of single-choice chips (state filter, date preset, carrier). */
export function Chips<K extends string>({ options, labels, value, onChange, testIdPrefix }: ChipsProps<K>) {
  return (
    <View className='admin-chips'>
      {options.map((option) => (
        <Text
          key={option}
          className={`admin-chips__chip${option === value ? ' admin-chips__chip--on' : ''}`}
          data-testid={`${testIdPrefix}-${option}`}
          onClick={() => onChange(option)}
        >
          {labels[option]}
        </Text>
      ))}
    </View>
  )
}
