import { Text, View } from '@tarojs/components'
import { canDecrease, canIncrease, clampQuantity } from './clamp'
import './index.scss'

interface QuantityStepperProps {
  value: number
  /** Units available; + is disabled at this many. */
  stock: number
  disabled?: boolean
  onChange: (next: number) => void
  testId?: string
}

/** − n + with the bounds enforced by the buttons themselves (1 … stock). */
export function QuantityStepper({ value, stock, disabled = false, onChange, testId = 'quantity-stepper' }: QuantityStepperProps) {
  const minusEnabled = !disabled && canDecrease(value)
  const plusEnabled = !disabled && canIncrease(value, stock)
  return (
    <View className={`jf-stepper${disabled ? ' jf-stepper--disabled' : ''}`} data-testid={testId}>
      <View
        className={`jf-stepper__button${minusEnabled ? '' : ' jf-stepper__button--off'}`}
        data-testid='stepper-minus'
        aria-disabled={!minusEnabled}
        onClick={(event) => {
          event.stopPropagation()
          if (minusEnabled) onChange(clampQuantity(value - 1, stock))
        }}
      >
        <Text>−</Text>
      </View>
      <Text className='jf-stepper__value' data-testid='stepper-value'>{value}</Text>
      <View
        className={`jf-stepper__button${plusEnabled ? '' : ' jf-stepper__button--off'}`}
        data-testid='stepper-plus'
        aria-disabled={!plusEnabled}
        onClick={(event) => {
          event.stopPropagation()
          if (plusEnabled) onChange(clampQuantity(value + 1, stock))
        }}
      >
        <Text>+</Text>
      </View>
    </View>
  )
}
