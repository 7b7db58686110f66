import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { AdminOrderDetail } from '@cloud/contracts/admin-orders'
import { callAction, type ClientError } from '../../../../api'
import { ActionError, CARRIERS, isPlausibleWaybill, localCarrierName } from '../../../../components/order-card'
import { useLocale } from '../../../../state/locale'
import { Chips } from '../_shared/chips'

const CARRIER_CODES = CARRIERS.map((c) => c.code)

interface ShipFormProps {
  orderId: string
  onShipped: (order: AdminOrderDetail) => void
}

/** Hand the parcel to a carrier: pick the carrier, type the waybill number, ship. */
export function ShipForm({ orderId, onShipped }: ShipFormProps) {
  const { t } = useLocale()
  const carrierLabels = Object.fromEntries(CARRIER_CODES.map((code) => [code, localCarrierName(t, code)])) as Record<string, string>
  const [carrierCode, setCarrierCode] = useState(CARRIER_CODES[0])
  const [waybillNo, setWaybillNo] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<ClientError | null>(null)

  const ship = async () => {
    if (!isPlausibleWaybill(waybillNo)) {
      setError({ code: 'INVALID_INPUT', key: 'admin.ship.badWaybill', message: 'admin.ship.badWaybill' })
      return
    }
    if (sending) return
    setSending(true)
    setError(null)
    const result = await callAction('admin', 'adminOrders.ship', { orderId, carrierCode, waybillNo: waybillNo.trim() })
    setSending(false)
    if (result.ok) onShipped(result.data)
    else setError(result.error)
  }

  return (
    <View className='admin-panel' data-testid='ship-form'>
      <Text className='admin-panel__heading'>{t('admin.ship.title')}</Text>
      <Chips options={CARRIER_CODES} labels={carrierLabels} value={carrierCode} onChange={setCarrierCode} testIdPrefix='carrier' />
      <View className='admin-panel__row'>
        <Input
          className='admin-panel__input'
          data-testid='ship-waybill'
          value={waybillNo}
          maxlength={40}
          placeholder={t('admin.ship.waybill')}
          onInput={(event) => setWaybillNo(event.detail.value)}
        />
      </View>
      <ActionError error={error} onDismiss={() => setError(null)} />
      <View className='admin-panel__actions'>
        <Button type='primary' size='small' loading={sending} disabled={sending} data-testid='ship-submit' onClick={() => void ship()}>
          {t('admin.ship.submit')}
        </Button>
      </View>
    </View>
  )
}
