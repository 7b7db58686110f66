import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { PaymentMismatch } from '@cloud/contracts/admin-orders'
import { callAction, type ClientError } from '../../../api'
import { Price } from '../../../components'
import { ActionError, formatTime } from '../../../components/order-card'
import { useLocale } from '../../../state/locale'
import { routes } from '../../../routes'


/**
 * A payment the shop did not accept as-is: the order was not marked paid. The merchant either sends
 * the money back in full or closes the case with a note (e.g. settled with the buyer offline).
 */
export function MismatchItem({ mismatch, onChanged }: { mismatch: PaymentMismatch; onChanged: (next: PaymentMismatch) => void }) {
  const { t } = useLocale()
  const [note, setNote] = useState('')
  const [working, setWorking] = useState(false)
  const [error, setError] = useState<ClientError | null>(null)

  const resolve = async (resolution: 'refund' | 'dismiss') => {
    if (!note.trim()) {
      setError({ code: 'INVALID_INPUT', key: 'admin.mismatch.needsNote', message: 'admin.mismatch.needsNote' })
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
        <Text className='admin-panel__heading'>{t(`admin.mismatch.reason.${mismatch.reason}`)}</Text>
        <Text>{t(`admin.mismatch.state.${mismatch.state}`)}</Text>
      </View>
      <Text className='admin-panel__muted'>
        {t('admin.mismatch.tradeNo', { no: mismatch.outTradeNo, time: formatTime(mismatch.createdAt) })}
      </Text>
      <View className='admin-panel__row'>
        <Text>{t('admin.mismatch.expected')}</Text>
        {mismatch.expectedFee === null ? <Text>—</Text> : <Price fen={mismatch.expectedFee} />}
      </View>
      <View className='admin-panel__row'>
        <Text>{t('admin.mismatch.received')}</Text>
        <Price fen={mismatch.receivedFee} testId='mismatch-received' />
      </View>
      {mismatch.transactionId ? <Text className='admin-panel__muted'>{t('admin.mismatch.transaction', { id: mismatch.transactionId })}</Text> : null}
      {mismatch.payerOpenid ? <Text className='admin-panel__muted'>{t('admin.mismatch.payer', { openid: mismatch.payerOpenid })}</Text> : null}
      {mismatch.orderId ? (
        <Text className='admin-panel__muted' onClick={() => void Taro.navigateTo({ url: routes.adminOrderDetail(mismatch.orderId as string) })}>
          {t('admin.mismatch.viewOrder')}
        </Text>
      ) : null}
      {mismatch.note ? (
        <Text className='admin-panel__muted'>
          {t('admin.mismatch.note')}
          <Text data-product-data>{mismatch.note}</Text>
        </Text>
      ) : null}
      <ActionError error={error} onDismiss={() => setError(null)} />
      {mismatch.state === 'open' ? (
        <View>
          <Input className='admin-panel__input' data-testid='mismatch-note' value={note} maxlength={200} placeholder={t('admin.mismatch.notePlaceholder')} onInput={(e) => setNote(e.detail.value)} />
          <View className='admin-panel__actions'>
            <Button size='small' fill='outline' disabled={working} data-testid='mismatch-dismiss' onClick={() => void resolve('dismiss')}>
              {t('admin.mismatch.dismiss')}
            </Button>
            <Button size='small' type='primary' loading={working} disabled={working} data-testid='mismatch-refund' onClick={() => void resolve('refund')}>
              {t('admin.mismatch.refund')}
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  )
}
