import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { AdminOrderDetail } from '@cloud/contracts/admin-orders'
import { callAction, type ClientError } from '../../../../api'
import { ActionError, CARRIERS, isPlausibleWaybill } from '../../../../components/order-card'
import { Chips } from '../_shared/chips'

const CARRIER_CODES = CARRIERS.map((c) => c.code)
const CARRIER_LABELS = Object.fromEntries(CARRIERS.map((c) => [c.code, c.name])) as Record<string, string>

interface ShipFormProps {
  orderId: string
  onShipped: (order: AdminOrderDetail) => void
}

/** Hand the parcel to a carrier: pick the carrier, type the waybill number, ship. */
export function ShipForm({ orderId, onShipped }: ShipFormProps) {
  const [carrierCode, setCarrierCode] = useState(CARRIER_CODES[0])
  const [waybillNo, setWaybillNo] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<ClientError | null>(null)

  const ship = async () => {
    if (!isPlausibleWaybill(waybillNo)) {
      setError({ code: 'INVALID_INPUT', message: '请填写正确的运单号（4–40 位字母、数字或 -）/ enter the waybill number (4–40 letters, digits or -)' })
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
      <Text className='admin-panel__heading'>发货 / Ship</Text>
      <Chips options={CARRIER_CODES} labels={CARRIER_LABELS} value={carrierCode} onChange={setCarrierCode} testIdPrefix='carrier' />
      <View className='admin-panel__row'>
        <Input
          className='admin-panel__input'
          data-testid='ship-waybill'
          value={waybillNo}
          maxlength={40}
          placeholder='运单号 / Waybill no.'
          onInput={(event) => setWaybillNo(event.detail.value)}
        />
      </View>
      <ActionError error={error} onDismiss={() => setError(null)} />
      <View className='admin-panel__actions'>
        <Button type='primary' size='small' loading={sending} disabled={sending} data-testid='ship-submit' onClick={() => void ship()}>
          确认发货 / Ship
        </Button>
      </View>
    </View>
  )
}
