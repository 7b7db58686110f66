import Taro from '@tarojs/taro'
import { Image, Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { AfterSale } from '@cloud/contracts/aftersale'
import { callAction, type ClientError, type ClientResult } from '../../../api'
import { Price } from '../../../components'
import { ActionError, AfterSaleTimerLine, CARRIERS, formatTime, isPlausibleWaybill, localCarrierName } from '../../../components/order-card'
import { useLocale } from '../../../state/locale'
import { routes } from '../../../routes'
import { Chips } from '../orders/_shared/chips'

const CARRIER_CODES = CARRIERS.map((c) => c.code)

interface AfterSaleItemProps {
  afterSale: AfterSale
  onChanged: (next: AfterSale) => void
}

/** One request in the queue with the decision the merchant can take now (approve / reject / confirm the return). */
export function AfterSaleItem({ afterSale, onChanged }: AfterSaleItemProps) {
  const { t } = useLocale()
  const carrierLabels = Object.fromEntries(CARRIER_CODES.map((code) => [code, localCarrierName(t, code)])) as Record<string, string>
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
      setError({ code: 'INVALID_INPUT', key: 'admin.afterSale.rejectNeedsNote', message: 'admin.afterSale.rejectNeedsNote' })
      return
    }
    void decide(() => callAction('admin', 'afterSales.reject', { id: afterSale._id, note: note.trim() }))
  }

  const confirmReturn = () => {
    if (afterSale.kind === 'exchange' && !isPlausibleWaybill(replacementWaybill)) {
      setError({ code: 'INVALID_INPUT', key: 'admin.afterSale.exchangeNeedsWaybill', message: 'admin.afterSale.exchangeNeedsWaybill' })
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
        <Text className='admin-panel__heading'>{t(`afterSaleKind.${afterSale.kind}`)}</Text>
        <Text data-testid='admin-after-sale-state'>{t(`afterSaleState.${afterSale.state}`)}</Text>
      </View>
      <Text className='admin-panel__muted' onClick={() => void Taro.navigateTo({ url: routes.adminOrderDetail(afterSale.orderId) })}>
        {t('admin.afterSale.order', { orderNo: afterSale.orderNo, time: formatTime(afterSale.createdAt) })}
      </Text>
      {afterSale.lines.map((line) => (
        <View key={line.skuId} className='admin-panel__row'>
          <Text>
            <Text data-product-data>
              {line.title} {line.skuName}
            </Text>{' '}
            × {line.quantity}
          </Text>
          <Price fen={line.refundAmount} />
        </View>
      ))}
      <View className='admin-panel__row'>
        <Text>{afterSale.state === 'rejected' ? t('admin.afterSale.requestedNotRefunded') : t('admin.afterSale.refund')}</Text>
        <Price fen={afterSale.refundAmount} testId='admin-after-sale-refund' />
      </View>
      <Text className='admin-panel__muted'>
        {t('admin.afterSale.reason')}
        <Text data-product-data>{afterSale.reason}</Text>
      </Text>
      {afterSale.photos.length > 0 ? (
        <View className='admin-panel__row'>
          {afterSale.photos.map((src) => (
            <Image key={src} src={src} mode='aspectFill' style={{ width: '80px', height: '80px', borderRadius: '8px' }} onClick={() => void Taro.previewImage({ urls: afterSale.photos, current: src })} />
          ))}
        </View>
      ) : null}
      {afterSale.returnWaybill ? (
        <Text className='admin-panel__muted'>
          {t('admin.afterSale.returnParcel')}
          {localCarrierName(t, afterSale.returnWaybill.carrierCode)} {afterSale.returnWaybill.waybillNo}
        </Text>
      ) : null}
      {afterSale.merchantNote ? (
        <Text className='admin-panel__muted'>
          {t('admin.afterSale.note')}
          <Text data-product-data>{afterSale.merchantNote}</Text>
        </Text>
      ) : null}

      <AfterSaleTimerLine timer={afterSale.timer} side='merchant' />
      <ActionError error={error} onDismiss={() => setError(null)} />

      {afterSale.state === 'pending' ? (
        <View>
          <Input className='admin-panel__input' data-testid='after-sale-note' value={note} maxlength={200} placeholder={t('admin.afterSale.notePlaceholder')} onInput={(e) => setNote(e.detail.value)} />
          <View className='admin-panel__actions'>
            <Button size='small' fill='outline' disabled={working} data-testid='after-sale-reject' onClick={reject}>
              {t('admin.afterSale.reject')}
            </Button>
            <Button
              size='small'
              type='primary'
              loading={working}
              disabled={working}
              data-testid='after-sale-approve'
              onClick={() => void decide(() => callAction('admin', 'afterSales.approve', { id: afterSale._id, ...(note.trim() ? { note: note.trim() } : {}) }))}
            >
              {afterSale.kind === 'refund_only' ? t('admin.afterSale.approveRefund') : t('admin.afterSale.approve')}
            </Button>
          </View>
        </View>
      ) : null}

      {afterSale.state === 'returning' ? (
        <View>
          {afterSale.kind === 'exchange' ? (
            <View>
              <Chips options={CARRIER_CODES} labels={carrierLabels} value={replacementCarrier} onChange={setReplacementCarrier} testIdPrefix='replacement-carrier' />
              <Input className='admin-panel__input' value={replacementWaybill} placeholder={t('admin.afterSale.replacementWaybill')} onInput={(e) => setReplacementWaybill(e.detail.value)} />
            </View>
          ) : null}
          <View className='admin-panel__actions'>
            <Button size='small' type='primary' loading={working} disabled={working} data-testid='after-sale-confirm-return' onClick={confirmReturn}>
              {afterSale.kind === 'exchange' ? t('admin.afterSale.receivedShip') : t('admin.afterSale.receivedRefund')}
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  )
}
