import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { CouponBenefitInput } from '@cloud/contracts/promotion'
import { fenToYuanText } from '@cloud/domain/money'
import { formatShanghai } from '@cloud/domain/time'
import { useLocale } from '../../../state/locale'
import './coupon-card.scss'

export const yuan = (fen: number) => fenToYuanText(fen).replace(/\.00$/, '')

export interface CouponCardProps {
  name: string
  benefit: CouponBenefitInput
  thresholdFen: number
  freeShipping: boolean
  /** Fixed end, or "N days after claim". */
  expiresAt?: number
  validDays?: number
  scopeAll: boolean
  dim?: boolean
  testId?: string
  children?: ReactNode
}

/** One coupon as a ticket: value on the left, conditions and validity on the right, an action slot. */
export function CouponCard(p: CouponCardProps) {
  const { t } = useLocale()
  const value = p.benefit.kind === 'amountOff' ? t('coupon.amountOff', { amount: yuan(p.benefit.amountOffFen) }) : t('coupon.percentOff', { percent: String(p.benefit.percent / 10) })
  return (
    <View className={`jf-coupon${p.dim ? ' jf-coupon--dim' : ''}`} data-testid={p.testId ?? 'coupon-card'}>
      <View className='jf-coupon__value'>
        <Text className='jf-coupon__amount'>{value}</Text>
        <Text className='jf-coupon__threshold'>{p.thresholdFen > 0 ? t('coupon.threshold', { threshold: yuan(p.thresholdFen) }) : t('coupon.noThreshold')}</Text>
      </View>
      <View className='jf-coupon__body'>
        {/* the merchant's own name for the coupon */}
        <Text className='jf-coupon__name' data-product-data>
          {p.name || value}
        </Text>
        <Text className='jf-coupon__meta'>
          {p.scopeAll ? t('coupon.scope.all') : t('coupon.scope.some')}
          {p.benefit.kind === 'percentOff' ? ` · ${t('coupon.cap', { cap: yuan(p.benefit.capFen) })}` : ''}
          {p.freeShipping ? ` · ${t('coupon.freeShipping')}` : ''}
        </Text>
        <Text className='jf-coupon__meta'>
          {p.expiresAt !== undefined ? t('coupon.until', { date: formatShanghai(p.expiresAt, 'YYYY-MM-DD HH:mm') }) : t('coupon.validDays', { days: p.validDays ?? 0 })}
        </Text>
      </View>
      {p.children ? <View className='jf-coupon__action'>{p.children}</View> : null}
    </View>
  )
}
