import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { QuoteCoupons } from '@cloud/contracts/checkout'
import { fenToYuanText } from '@cloud/domain/money'
import { useLocale } from '../../../state/locale'

const yuan = (fen: number) => fenToYuanText(fen).replace(/\.00$/, '')

/** What the shopper asked for: undefined = the best (default), null = 不使用, an id = that coupon. */
export type CouponChoice = string | null | undefined

/**
 * The checkout's coupon row: the coupon the server's quote applies (the best by default), and on tap
 * every usable coupon with what it would save, "不使用", or another one. The quote decides; this only asks.
 */
export function CouponPicker({ coupons, onChoose }: { coupons: QuoteCoupons; onChoose: (choice: CouponChoice) => void }) {
  const { t } = useLocale()
  const [open, setOpen] = useState(false)
  const benefitText = (b: QuoteCoupons['options'][number]['benefit']) =>
    b.kind === 'amountOff' ? t('coupon.amountOff', { amount: yuan(b.amountOffFen) }) : t('coupon.percentOff', { percent: String(b.percent / 10) })
  const chosen = coupons.options.find((o) => o.couponId === coupons.chosenId)
  const usable = coupons.options.filter((o) => o.applicable).length
  const summary = chosen
    ? t('checkout.coupon.saving', { amount: fenToYuanText(chosen.saving) })
    : usable > 0
      ? t('checkout.coupon.count', { count: usable })
      : t('checkout.coupon.noneAvailable')
  const pick = (choice: CouponChoice) => {
    setOpen(false)
    onChoose(choice)
  }
  return (
    <View className='checkout-coupons' data-testid='checkout-coupons'>
      <View className='checkout-coupons__row' data-testid='checkout-coupon-row' onClick={() => setOpen(!open)}>
        <Text className='checkout-page__label'>{t('checkout.coupon')}</Text>
        <Text className={`checkout-coupons__summary${chosen ? ' checkout-coupons__summary--on' : ''}`} data-testid='checkout-coupon-summary'>
          {summary} ›
        </Text>
      </View>
      {coupons.rejected ? (
        <Text className='checkout-coupons__rejected' data-testid='checkout-coupon-rejected'>
          {t('checkout.coupon.rejected')}
        </Text>
      ) : null}
      {open ? (
        <View className='checkout-coupons__list' data-testid='checkout-coupon-list'>
          {coupons.options.map((o) => (
            <View
              key={o.couponId}
              className={`checkout-coupons__option${o.applicable ? '' : ' checkout-coupons__option--dim'}`}
              onClick={() => (o.applicable ? pick(o.couponId) : undefined)}
              data-testid='checkout-coupon-option'
              data-coupon-id={o.couponId}
            >
              <View className='checkout-coupons__what'>
                {/* the merchant's own name for the coupon */}
                <Text className='checkout-coupons__name' data-product-data>
                  {o.name || benefitText(o.benefit)}
                </Text>
                <Text className='checkout-coupons__terms'>
                  {benefitText(o.benefit)} · {o.thresholdFen > 0 ? t('coupon.threshold', { threshold: yuan(o.thresholdFen) }) : t('coupon.noThreshold')}
                </Text>
              </View>
              <Text className='checkout-coupons__mark'>
                {o.couponId === coupons.chosenId ? '✓ ' : ''}
                {o.applicable ? t('checkout.coupon.saving', { amount: fenToYuanText(o.saving) }) : t('checkout.coupon.notApplicable')}
                {o.couponId === coupons.bestId ? ` · ${t('checkout.coupon.best')}` : ''}
              </Text>
            </View>
          ))}
          <View className='checkout-coupons__none' data-testid='checkout-coupon-none' onClick={() => pick(null)}>
            <Text>
              {coupons.chosenId === null ? '✓ ' : ''}
              {t('checkout.coupon.none')}
            </Text>
          </View>
        </View>
      ) : null}
    </View>
  )
}
