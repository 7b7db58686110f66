import { Text } from '@tarojs/components'
import { formatCny } from '@cloud/domain/money'
import { useApproxPrice } from '../../state/currency'
import { useLocale } from '../../state/locale'
import './index.scss'

interface PriceProps {
  /** Integer fen, as every amount on the wire. */
  fen: number
  /** "From" prices (lowest SKU) get a trailing 起. */
  from?: boolean
  size?: 'normal' | 'large'
  testId?: string
}

/**
 * ¥12.30 from 1230; formatting is the shared money rule, so client and server never disagree. When the
 * shopper chose another display currency, "≈ US$1.72" follows; the charged price stays CNY.
 */
export function Price({ fen, from = false, size = 'normal', testId }: PriceProps) {
  const { t } = useLocale()
  const approx = useApproxPrice(fen)
  return (
    <Text className={`jf-price jf-price--${size}`}>
      <Text data-testid={testId}>{formatCny(fen)}</Text>
      {from ? <Text className='jf-price__from'>{t('common.from')}</Text> : null}
      {approx ? <Text className='jf-price__approx' data-testid='price-approx'>{approx}</Text> : null}
    </Text>
  )
}
