import Taro from '@tarojs/taro'
import { Image, Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { AfterSale } from '@cloud/contracts/aftersale'
import { callAction, type ClientError, type ClientResult } from '../../../api'
import { Price } from '../../../components'
import { ActionError, AFTER_SALE_KIND_LABELS, AFTER_SALE_STATE_LABELS, CARRIERS, carrierName, formatTime, isPlausibleWaybill } from '../../../components/order-card'
import { routes } from '../../../routes'
import { Chips } from '../orders/_shared/chips'

const CARRIER_CODES = CARRIERS.map((c) => c.code)
const CARRIER_LABELS = Object.fromEntries(CARRIERS.map((c) => [c.code, c.name])) as Record<string, string>

interface AfterSaleItemProps {
  afterSale: AfterSale
  onChanged: (next: AfterSale) => void
}

/** One request in the queue with the decision the merchant can take now (approve / reject / confirm the return). */
export function AfterSaleItem({ afterSale, onChanged }: AfterSaleItemProps) {
  const [note, setNote] = useState('')
  const [replacementCarrier, setReplacementCarrier] = useState(CARRIER_CODES[0])
  const [replacementWaybill, setReplacementWaybill] = useState('')
  const [working, setWorking] = useState(false)
  const [error, setError] = useState<ClientError | null>(null)

  const decide = async (request: () => Promise<ClientResult<AfterSale>>) => {
    if (working) return
    setWorking(true)
    setError(null)
    const result = await request()
    setWorking(false)
    if (result.ok) onChanged(result.data)
    else setError(result.error)
  }

  const reject = () => {
    if (!note.trim()) {
      setError({ code: 'INVALID_INPUT', message: '拒绝时请写明原因，买家会看到 / give the buyer a reason for rejecting' })
      return
    }
    void decide(() => callAction('admin', 'afterSales.reject', { id: afterSale._id, note: note.trim() }))
  }

  const confirmReturn = () => {
    if (afterSale.kind === 'exchange' && !isPlausibleWaybill(replacementWaybill)) {
      setError({ code: 'INVALID_INPUT', message: '换货需填写补发运单号 / enter the waybill of the replacement parcel' })
      return
    }
    void decide(() =>
      callAction('admin', 'afterSales.confirmReturn', {
        id: afterSale._id,
        ...(afterSale.kind === 'exchange' ? { replacement: { carrierCode: replacementCarrier, waybillNo: replacementWaybill.trim() } } : {}),
      }),
    )
  }

  return (
    <View className='admin-panel' data-testid='admin-after-sale' data-id={afterSale._id} data-state={afterSale.state}>
      <View className='admin-panel__row'>
        <Text className='admin-panel__heading'>{AFTER_SALE_KIND_LABELS[afterSale.kind]}</Text>
        <Text data-testid='admin-after-sale-state'>{AFTER_SALE_STATE_LABELS[afterSale.state]}</Text>
      </View>
      <Text className='admin-panel__muted' onClick={() => void Taro.navigateTo({ url: routes.adminOrderDetail(afterSale.orderId) })}>
        订单 {afterSale.orderNo} › · {formatTime(afterSale.createdAt)}
      </Text>
      {afterSale.lines.map((line) => (
        <View key={line.skuId} className='admin-panel__row'>
          <Text>
            {line.title} {line.skuName} × {line.quantity}
          </Text>
          <Price fen={line.refundAmount} />
        </View>
      ))}
      <View className='admin-panel__row'>
        <Text>{afterSale.state === 'rejected' ? '申请金额（未退款）/ Requested, not refunded' : '退款合计 / Refund'}</Text>
        <Price fen={afterSale.refundAmount} testId='admin-after-sale-refund' />
      </View>
      <Text className='admin-panel__muted'>原因 / Reason: {afterSale.reason}</Text>
      {afterSale.photos.length > 0 ? (
        <View className='admin-panel__row'>
          {afterSale.photos.map((src) => (
            <Image key={src} src={src} mode='aspectFill' style={{ width: '80px', height: '80px', borderRadius: '8px' }} onClick={() => void Taro.previewImage({ urls: afterSale.photos, current: src })} />
          ))}
        </View>
      ) : null}
      {afterSale.returnWaybill ? (
        <Text className='admin-panel__muted'>
          买家退货 / Return parcel: {carrierName(afterSale.returnWaybill.carrierCode)} {afterSale.returnWaybill.waybillNo}
        </Text>
      ) : null}
      {afterSale.merchantNote ? <Text className='admin-panel__muted'>备注 / Note: {afterSale.merchantNote}</Text> : null}

      <ActionError error={error} onDismiss={() => setError(null)} />

      {afterSale.state === 'pending' ? (
        <View>
          <Input className='admin-panel__input' data-testid='after-sale-note' value={note} maxlength={200} placeholder='备注（拒绝时必填）/ note (required to reject)' onInput={(e) => setNote(e.detail.value)} />
          <View className='admin-panel__actions'>
            <Button size='small' fill='outline' disabled={working} data-testid='after-sale-reject' onClick={reject}>
              拒绝 / Reject
            </Button>
            <Button
              size='small'
              type='primary'
              loading={working}
              disabled={working}
              data-testid='after-sale-approve'
              onClick={() => void decide(() => callAction('admin', 'afterSales.approve', { id: afterSale._id, ...(note.trim() ? { note: note.trim() } : {}) }))}
            >
              {afterSale.kind === 'refund_only' ? '同意并退款 / Approve & refund' : '同意 / Approve'}
            </Button>
          </View>
        </View>
      ) : null}

      {afterSale.state === 'returning' ? (
        <View>
          {afterSale.kind === 'exchange' ? (
            <View>
              <Chips options={CARRIER_CODES} labels={CARRIER_LABELS} value={replacementCarrier} onChange={setReplacementCarrier} testIdPrefix='replacement-carrier' />
              <Input className='admin-panel__input' value={replacementWaybill} placeholder='补发运单号 / replacement waybill' onInput={(e) => setReplacementWaybill(e.detail.value)} />
            </View>
          ) : null}
          <View className='admin-panel__actions'>
            <Button size='small' type='primary' loading={working} disabled={working} data-testid='after-sale-confirm-return' onClick={confirmReturn}>
              {afterSale.kind === 'exchange' ? '已收到退货，补发 / Received, ship replacement' : '已收到退货，退款 / Received, refund'}
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  )
}
