import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { Price } from '../price'
import { useLocale } from '../../state/locale'
import './index.scss'

interface PaySheetProps {
  open: boolean
  /** What WeChat would show as the amount: the order's payable, from the server. */
  amountFen: number
  /** Order number shown under the amount so the payer knows what they pay for. */
  orderNo?: string
  busy?: boolean
  /** Why the last attempt failed, in words the payer can act on. */
  error?: string | null
  onConfirm: () => void
  onCancel: () => void
}

/**
 * H5 stand-in for WeChat's payment sheet. In the browser there is no WeChat Pay; confirming here asks
 * the local cloud's pay fake to settle the prepay, which then calls payNotify exactly as WeChat would.
 * The weapp build never renders it: Taro.requestPayment shows the real sheet there.
 */
export function PaySheet({ open, amountFen, orderNo, busy = false, error, onConfirm, onCancel }: PaySheetProps) {
  const { t, message } = useLocale()
  if (!open) return null
  return (
    <View className='jf-pay-sheet' data-testid='pay-sheet'>
      <View className='jf-pay-sheet__mask' onClick={busy ? undefined : onCancel} />
      <View className='jf-pay-sheet__panel'>
        <Text className='jf-pay-sheet__title'>{t('pay.sheetTitle')}</Text>
        <View className='jf-pay-sheet__amount'>
          <Price fen={amountFen} size='large' testId='pay-sheet-amount' />
        </View>
        {orderNo ? <Text className='jf-pay-sheet__order'>{t('pay.orderNo', { orderNo })}</Text> : null}
        <Text className='jf-pay-sheet__hint'>{t('pay.sheetHint')}</Text>
        {error ? (
          <Text className='jf-pay-sheet__error' data-testid='pay-sheet-error'>
            {message(error)}
          </Text>
        ) : null}
        <View className='jf-pay-sheet__actions'>
          <Button fill='outline' disabled={busy} data-testid='pay-sheet-cancel' onClick={onCancel}>
            {t('pay.cancel')}
          </Button>
          <Button type='primary' loading={busy} disabled={busy} data-testid='pay-sheet-confirm' onClick={onConfirm}>
            {t('pay.confirm')}
          </Button>
        </View>
      </View>
    </View>
  )
}
