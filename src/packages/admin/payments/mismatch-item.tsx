import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { PaymentMismatch } from '@cloud/contracts/admin-orders'
import { callAction, type ClientError } from '../../../api'
import { Price } from '../../../components'
import { ActionError, formatTime } from '../../../components/order-card'
import { routes } from '../../../routes'

const REASON_LABELS = {
  amount_mismatch: '金额与订单不符 / amount differs from the order',
  unknown_trade: '找不到对应订单 / no order for this trade number',
} as const
const STATE_LABELS = { open: '待处理', refunded: '已原路退款', dismissed: '已忽略' } as const

/**
 * A payment the shop did not accept as-is: the order was not marked paid. The merchant either sends
 * the money back in full or closes the case with a note (e.g. settled with the buyer offline).
 */
export function MismatchItem({ mismatch, onChanged }: { mismatch: PaymentMismatch; onChanged: (next: PaymentMismatch) => void }) {
  const [note, setNote] = useState('')
  const [working, setWorking] = useState(false)
  const [error, setError] = useState<ClientError | null>(null)

  const resolve = async (resolution: 'refund' | 'dismiss') => {
    if (!note.trim()) {
      setError({ code: 'INVALID_INPUT', message: '请写明处理说明 / write a note on how this was handled' })
      return
    }
    if (working) return
    setWorking(true)
    setError(null)
    const result = await callAction('admin', 'payments.resolveMismatch', { id: mismatch._id, resolution, note: note.trim() })
    setWorking(false)
    if (result.ok) onChanged(result.data)
    else setError(result.error)
  }

  return (
    <View className='admin-panel' data-testid='payment-mismatch' data-state={mismatch.state}>
      <View className='admin-panel__row'>
        <Text className='admin-panel__heading'>{REASON_LABELS[mismatch.reason]}</Text>
        <Text>{STATE_LABELS[mismatch.state]}</Text>
      </View>
      <Text className='admin-panel__muted'>
        商户单号 {mismatch.outTradeNo} · {formatTime(mismatch.createdAt)}
      </Text>
      <View className='admin-panel__row'>
        <Text>应收 / Expected</Text>
        {mismatch.expectedFee === null ? <Text>—</Text> : <Price fen={mismatch.expectedFee} />}
      </View>
      <View className='admin-panel__row'>
        <Text>实收 / Received</Text>
        <Price fen={mismatch.receivedFee} testId='mismatch-received' />
      </View>
      {mismatch.transactionId ? <Text className='admin-panel__muted'>微信支付单号 {mismatch.transactionId}</Text> : null}
      {mismatch.payerOpenid ? <Text className='admin-panel__muted'>付款人 {mismatch.payerOpenid}</Text> : null}
      {mismatch.orderId ? (
        <Text className='admin-panel__muted' onClick={() => void Taro.navigateTo({ url: routes.adminOrderDetail(mismatch.orderId as string) })}>
          查看订单 ›
        </Text>
      ) : null}
      {mismatch.note ? <Text className='admin-panel__muted'>处理说明 / Note: {mismatch.note}</Text> : null}
      <ActionError error={error} onDismiss={() => setError(null)} />
      {mismatch.state === 'open' ? (
        <View>
          <Input className='admin-panel__input' data-testid='mismatch-note' value={note} maxlength={200} placeholder='处理说明（必填）/ note (required)' onInput={(e) => setNote(e.detail.value)} />
          <View className='admin-panel__actions'>
            <Button size='small' fill='outline' disabled={working} data-testid='mismatch-dismiss' onClick={() => void resolve('dismiss')}>
              忽略 / Dismiss
            </Button>
            <Button size='small' type='primary' loading={working} disabled={working} data-testid='mismatch-refund' onClick={() => void resolve('refund')}>
              全额退回 / Refund in full
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  )
}
