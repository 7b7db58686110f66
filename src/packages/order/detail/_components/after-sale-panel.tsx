import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { AfterSale } from '@cloud/contracts/aftersale'
import { callAction, type ClientError } from '../../../../api'
import {
  ActionError,
  AFTER_SALE_KIND_LABELS,
  AFTER_SALE_STATE_LABELS,
  CARRIERS,
  carrierName,
  formatTime,
  isPlausibleWaybill,
} from '../../../../components/order-card'
import { Price } from '../../../../components'

interface AfterSalePanelProps {
  afterSale: AfterSale
  onChanged: () => void
}

/** A rejected request refunded nothing: its amount is what was asked for, and must say so. */
function refundLabel(state: AfterSale['state']): string {
  if (state === 'rejected') return '申请金额（未退款）/ Requested, not refunded'
  if (state === 'refunded') return '已退款 / Refunded'
  return '退款金额 / Refund'
}

/** One after-sale request: what was asked, where it stands, the merchant's note, and the return parcel form when it is the buyer's turn. */
export function AfterSalePanel({ afterSale, onChanged }: AfterSalePanelProps) {
  return (
    <View className='order-aftersale' data-testid='after-sale' data-state={afterSale.state} data-kind={afterSale.kind}>
      <View className='order-aftersale__head'>
        <Text className='order-aftersale__kind'>{AFTER_SALE_KIND_LABELS[afterSale.kind]}</Text>
        <Text className='order-aftersale__state' data-testid='after-sale-state'>
          {AFTER_SALE_STATE_LABELS[afterSale.state]}
        </Text>
      </View>
      {afterSale.lines.map((line) => (
        <View key={line.skuId} className='order-aftersale__line'>
          <Text>
            {line.title} {line.skuName} × {line.quantity}
          </Text>
          {line.refundAmount > 0 ? <Price fen={line.refundAmount} /> : null}
        </View>
      ))}
      <Text className='order-aftersale__meta'>原因 / Reason: {afterSale.reason}</Text>
      {afterSale.refundAmount > 0 ? (
        <View className='order-aftersale__line'>
          <Text>{refundLabel(afterSale.state)}</Text>
          <Price fen={afterSale.refundAmount} testId='after-sale-refund' />
        </View>
      ) : null}
      {afterSale.merchantNote ? <Text className='order-aftersale__meta'>商家备注 / Merchant: {afterSale.merchantNote}</Text> : null}
      {afterSale.returnWaybill ? (
        <Text className='order-aftersale__meta'>
          退货单号 / Return: {carrierName(afterSale.returnWaybill.carrierCode)} {afterSale.returnWaybill.waybillNo}
        </Text>
      ) : null}
      {afterSale.replacement ? (
        <Text className='order-aftersale__meta'>
          换货单号 / Replacement: {carrierName(afterSale.replacement.carrierCode)} {afterSale.replacement.waybillNo}
        </Text>
      ) : null}
      <Text className='order-aftersale__meta'>申请于 {formatTime(afterSale.createdAt)}</Text>
      {afterSale.state === 'awaiting_return' ? <ReturnWaybillForm afterSaleId={afterSale._id} onSent={onChanged} /> : null}
    </View>
  )
}

function ReturnWaybillForm({ afterSaleId, onSent }: { afterSaleId: string; onSent: () => void }) {
  const [carrierCode, setCarrierCode] = useState<string>(CARRIERS[0].code)
  const [waybillNo, setWaybillNo] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<ClientError | null>(null)

  const send = async () => {
    if (!isPlausibleWaybill(waybillNo)) {
      setError({ code: 'INVALID_INPUT', message: '请填写正确的快递单号（4–40 位字母或数字）/ enter the waybill number (4–40 letters or digits)' })
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
      <Text className='order-aftersale__meta'>请寄回商品并填写快递单号 / Send the item back and enter the waybill</Text>
      <View className='order-aftersale__carriers'>
        {CARRIERS.map((carrier) => (
          <Text
            key={carrier.code}
            className={`order-aftersale__carrier${carrier.code === carrierCode ? ' order-aftersale__carrier--on' : ''}`}
            onClick={() => setCarrierCode(carrier.code)}
          >
            {carrier.name}
          </Text>
        ))}
      </View>
      <Input className='order-aftersale__input' data-testid='return-waybill-input' value={waybillNo} placeholder='快递单号 / Waybill no.' onInput={(e) => setWaybillNo(e.detail.value)} />
      <ActionError error={error} onDismiss={() => setError(null)} />
      <Button type='primary' size='small' loading={sending} disabled={sending} data-testid='return-waybill-submit' onClick={() => void send()}>
        提交单号 / Submit
      </Button>
    </View>
  )
}
