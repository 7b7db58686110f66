import { Text, View } from '@tarojs/components'
import type { AfterSaleTimer } from '@cloud/contracts/aftersale'
import { formatShanghai } from '@cloud/domain/time'
import { useLocale } from '../../state/locale'

const at = (ms: number) => formatShanghai(ms, 'YYYY-MM-DD HH:mm')

/**
 * The request's running timer with its deadline (computed by the server from the shop's settings, the
 * same for both sides), in Beijing time. The merchant also sees when they are reminded.
 */
export function AfterSaleTimerLine({ timer, side }: { timer: AfterSaleTimer | null | undefined; side: 'shopper' | 'merchant' }) {
  const { t } = useLocale()
  if (!timer) return null
  const time = at(timer.deadline)
  return (
    <View className='jf-after-sale-timer' data-testid='after-sale-timer' data-kind={timer.kind} data-deadline={timer.deadline}>
      <Text>{side === 'shopper' ? t(`afterSaleTimer.${timer.kind}.shopper`, { time }) : t(`afterSaleTimer.${timer.kind}`, { time })}</Text>
      {side === 'merchant' && timer.remindAt !== null ? <Text className='jf-after-sale-timer__remind'> · {t('afterSaleTimer.remindAt', { time: at(timer.remindAt) })}</Text> : null}
    </View>
  )
}
