import { Text } from '@tarojs/components'
import { formatCny } from '@cloud/domain/money'
import './index.scss'

interface PriceProps {
  /** Integer fen, as every amount on the wire. */
  fen: number
  /** "From" prices (lowest SKU) get a trailing 起. */
  from?: boolean
  size?: 'normal' | 'large'
  testId?: string
}

/** ¥12.30 from 1230; formatting is the shared money rule, so client and server never disagree. */
export function Price({ fen, from = false, size = 'normal', testId }: PriceProps) {
  return (
    <Text className={`jf-price jf-price--${size}`} data-testid={testId}>
      {formatCny(fen)}
      {from ? <Text className='jf-price__from'>起</Text> : null}
    </Text>
  )
}
