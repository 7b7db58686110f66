import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { Price } from '../price'
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
  if (!open) return null
  return (
    <View className='jf-pay-sheet' data-testid='pay-sheet'>
      <View className='jf-pay-sheet__mask' onClick={busy ? undefined : onCancel} />
      <View className='jf-pay-sheet__panel'>
        <Text className='jf-pay-sheet__title'>模拟微信支付 / Simulated WeChat Pay</Text>
        <View className='jf-pay-sheet__amount'>
          <Price fen={amountFen} size='large' testId='pay-sheet-amount' />
        </View>
        {orderNo ? <Text className='jf-pay-sheet__order'>订单号 / Order {orderNo}</Text> : null}
        <Text className='jf-pay-sheet__hint'>本地开发环境，不会产生真实扣款 / Local development: no real money moves</Text>
        {error ? (
          <Text className='jf-pay-sheet__error' data-testid='pay-sheet-error'>
            {error}
          </Text>
        ) : null}
        <View className='jf-pay-sheet__actions'>
          <Button fill='outline' disabled={busy} data-testid='pay-sheet-cancel' onClick={onCancel}>
            取消 / Cancel
          </Button>
          <Button type='primary' loading={busy} disabled={busy} data-testid='pay-sheet-confirm' onClick={onConfirm}>
            确认支付 / Pay
          </Button>
        </View>
      </View>
    </View>
  )
}
