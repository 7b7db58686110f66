import { Text, View } from '@tarojs/components'
import type { PriceLine } from '@cloud/contracts/checkout'
import { Price } from '../price'
import { useLocale } from '../../state/locale'
import './index.scss'

interface PriceLinesProps {
  /** The server's quote or the order's snapshot, shown as is: the client never adds money up. */
  lines: PriceLine[]
  payable: number
  /** Defaults to t('amount.toPay') in the current language. */
  payableLabel?: string
  /** Money already returned to the buyer (after-sales), shown under the total when above 0. */
  refunded?: number
}

/** Line-by-line price explanation: what each line is, why it is there, and the total the server computed. */
export function PriceLines({ lines, payable, payableLabel, refunded = 0 }: PriceLinesProps) {
  const { t, reason } = useLocale()
  return (
    <View className='jf-price-lines' data-testid='price-lines'>
      {lines.map((line, index) => (
        <View key={`${line.kind}-${line.skuId ?? line.sourceId ?? index}`} className={`jf-price-lines__row jf-price-lines__row--${line.kind}`} data-testid='price-line' data-kind={line.kind}>
          <View className='jf-price-lines__what'>
            {/* an item line names the product by its title and SKU (the merchant's words, params of the reason);
                the others are named by kind and explained by their reason key */}
            {line.kind === 'item' ? (
              <Text className='jf-price-lines__label' data-product-data>
                {reason(line.reason)}
              </Text>
            ) : (
              <Text className='jf-price-lines__label'>{reason({ key: `price.kind.${line.kind}` })}</Text>
            )}
            {line.kind !== 'item' ? (
              <Text className='jf-price-lines__reason'>
                {reason(line.reason)}
                {line.capped ? ` (${reason({ key: 'price.capped' })})` : ''}
              </Text>
            ) : null}
          </View>
          <Text className={`jf-price-lines__amount${line.amount < 0 ? ' jf-price-lines__amount--discount' : ''}`}>
            <Price fen={line.amount} />
          </Text>
        </View>
      ))}
      <View className='jf-price-lines__row jf-price-lines__row--total'>
        <Text className='jf-price-lines__label'>{payableLabel ?? t('amount.toPay')}</Text>
        <Price fen={payable} size='large' testId='payable' />
      </View>
      {refunded > 0 ? (
        <View className='jf-price-lines__row jf-price-lines__row--refund'>
          <Text className='jf-price-lines__label'>{t('amount.refunded')}</Text>
          <Price fen={refunded} testId='refunded-amount' />
        </View>
      ) : null}
    </View>
  )
}
