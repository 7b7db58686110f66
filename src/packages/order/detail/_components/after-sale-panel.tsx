import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { AfterSale } from '@cloud/contracts/aftersale'
import { callAction, type ClientError } from '../../../../api'
import { ActionError, AfterSaleTimerLine, CARRIERS, formatTime, isPlausibleWaybill } from '../../../../components/order-card'
import { localCarrierName } from '../../../../components/order-card/localised-labels'
import type { MessageKey } from '../../../../i18n/dictionaries'
import { useLocale } from '../../../../state/locale'
import { Price } from '../../../../components'

interface AfterSalePanelProps {
  afterSale: AfterSale
  onChanged: () => void
}

/** A rejected request refunded nothing: its amount is what was asked for, and must say so. */
function refundLabelKey(state: AfterSale['state']): MessageKey {
  if (state === 'rejected') return 'afterSale.requested'
  if (state === 'refunded') return 'afterSale.refunded'
  return 'afterSale.refund'
}

/** One after-sale request: what was asked, where it stands, the merchant's note, and the return parcel form when it is the buyer's turn. */
export function AfterSalePanel({ afterSale, onChanged }: AfterSalePanelProps) {
  const { t } = useLocale()
  return (
    <View className='order-aftersale' data-testid='after-sale' data-state={afterSale.state} data-kind={afterSale.kind}>
      <View className='order-aftersale__head'>
        <Text className='order-aftersale__kind'>{t(`afterSaleKind.${afterSale.kind}`)}</Text>
        <Text className='order-aftersale__state' data-testid='after-sale-state'>
          {t(`afterSaleState.${afterSale.state}`)}
        </Text>
      </View>
      {afterSale.lines.map((line) => (
        <View key={line.skuId} className='order-aftersale__line'>
          <Text data-product-data>
            {line.title} {line.skuName} × {line.quantity}
          </Text>
          {line.refundAmount > 0 ? <Price fen={line.refundAmount} /> : null}
        </View>
      ))}
      <Text className='order-aftersale__meta'>
        {t('afterSale.reasonLabel')}
        <Text data-product-data>{afterSale.reason}</Text>
      </Text>
      {afterSale.refundAmount > 0 ? (
        <View className='order-aftersale__line'>
          <Text>{t(refundLabelKey(afterSale.state))}</Text>
          <Price fen={afterSale.refundAmount} testId='after-sale-refund' />
        </View>
      ) : null}
      {afterSale.merchantNote ? (
        <Text className='order-aftersale__meta'>
          {t('afterSale.merchantNoteLabel')}
          <Text data-product-data>{afterSale.merchantNote}</Text>
        </Text>
      ) : null}
      {afterSale.returnWaybill ? (
        <Text className='order-aftersale__meta'>
          {t('afterSale.returnWaybill')} {localCarrierName(t, afterSale.returnWaybill.carrierCode)} {afterSale.returnWaybill.waybillNo}
        </Text>
      ) : null}
      {afterSale.replacement ? (
        <Text className='order-aftersale__meta'>
          {t('afterSale.replacementWaybill')} {localCarrierName(t, afterSale.replacement.carrierCode)} {afterSale.replacement.waybillNo}
        </Text>
      ) : null}
      <Text className='order-aftersale__meta'>{t('afterSale.requestedAt', { time: formatTime(afterSale.createdAt) })}</Text>
      <AfterSaleTimerLine timer={afterSale.timer} side='shopper' />
      {afterSale.state === 'awaiting_return' ? <ReturnWaybillForm afterSaleId={afterSale._id} onSent={onChanged} /> : null}
    </View>
  )
}

function ReturnWaybillForm({ afterSaleId, onSent }: { afterSaleId: string; onSent: () => void }) {
  const { t } = useLocale()
  const [carrierCode, setCarrierCode] = useState<string>(CARRIERS[0].code)
  const [waybillNo, setWaybillNo] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<ClientError | null>(null)

  const send = async () => {
    if (!isPlausibleWaybill(waybillNo)) {
      setError({ code: 'INVALID_INPUT', key: 'error.input.waybillNo', message: 'error.input.waybillNo' })
      return
    }
    setSending(true)
    setError(null)
    const result = await callAction('shop', 'aftersale.submitReturnWaybill', { id: afterSaleId, carrierCode, waybillNo: waybillNo.trim() })
    setSending(false)
    if (result.ok) onSent()
    else setError(result.error)
  }

  return (
    <View className='order-aftersale__return' data-testid='return-waybill-form'>
      <Text className='order-aftersale__meta'>{t('afterSale.sendBack')}</Text>
      <View className='order-aftersale__carriers'>
        {CARRIERS.map((carrier) => (
          <Text
            key={carrier.code}
            className={`order-aftersale__carrier${carrier.code === carrierCode ? ' order-aftersale__carrier--on' : ''}`}
            onClick={() => setCarrierCode(carrier.code)}
          >
            {localCarrierName(t, carrier.code)}
          </Text>
        ))}
      </View>
      <Input className='order-aftersale__input' data-testid='return-waybill-input' value={waybillNo} placeholder={t('afterSale.waybillPlaceholder')} onInput={(e) => setWaybillNo(e.detail.value)} />
      <ActionError error={error} onDismiss={() => setError(null)} />
      <Button type='primary' size='small' loading={sending} disabled={sending} data-testid='return-waybill-submit' onClick={() => void send()}>
        {t('afterSale.submitWaybill')}
      </Button>
    </View>
  )
}
