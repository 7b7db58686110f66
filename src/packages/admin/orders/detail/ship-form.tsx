import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { AdminOrderDetail } from '@cloud/contracts/admin-orders'
import { guessCarrier } from '@cloud/domain/logistics/carriers'
import { callAction, type ClientError } from '../../../../api'
import { ActionError, CARRIERS, isPlausibleWaybill, localCarrierName } from '../../../../components/order-card'
import { useLocale } from '../../../../state/locale'
import { Chips } from '../_shared/chips'

const CARRIER_CODES = CARRIERS.map((c) => c.code)
const MAX_PARCELS = 5

interface ShipFormProps {
  orderId: string
  onShipped: (order: AdminOrderDetail) => void
}

interface ParcelDraft {
  carrierCode: string
  waybillNo: string
  /** Set when the carrier was recognised from the number (the merchant can still change it). */
  guessed: boolean
}

/**
 * Hand the order to carriers: per parcel pick the carrier (recognised from the waybill number when
 * only one carrier issues numbers like it) and type the waybill; a split shipment adds parcels.
 */
export function ShipForm({ orderId, onShipped }: ShipFormProps) {
  const { t } = useLocale()
  const carrierLabels = Object.fromEntries(CARRIER_CODES.map((code) => [code, localCarrierName(t, code)])) as Record<string, string>
  const [parcels, setParcels] = useState<ParcelDraft[]>([{ carrierCode: CARRIER_CODES[0], waybillNo: '', guessed: false }])
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<ClientError | null>(null)

  const update = (i: number, patch: Partial<ParcelDraft>) => setParcels((all) => all.map((p, k) => (k === i ? { ...p, ...patch } : p)))
  const typeWaybill = (i: number, text: string) => {
    const guess = guessCarrier(text)
    update(i, guess ? { waybillNo: text, carrierCode: guess, guessed: true } : { waybillNo: text, guessed: false })
  }

  const ship = async () => {
    if (parcels.some((p) => !isPlausibleWaybill(p.waybillNo))) {
      setError({ code: 'INVALID_INPUT', key: 'admin.ship.badWaybill', message: 'admin.ship.badWaybill' })
      return
    }
    if (sending) return
    setSending(true)
    setError(null)
    const [first, ...more] = parcels.map((p) => ({ carrierCode: p.carrierCode, waybillNo: p.waybillNo.trim() }))
    const result = await callAction('admin', 'adminOrders.ship', { orderId, ...first, ...(more.length ? { moreParcels: more } : {}) })
    setSending(false)
    if (result.ok) onShipped(result.data)
    else setError(result.error)
  }

  return (
    <View className='admin-panel' data-testid='ship-form'>
      <Text className='admin-panel__heading'>{t('admin.ship.title')}</Text>
      {parcels.map((parcel, i) => (
        <View key={i} data-testid='ship-parcel' data-parcel={i + 1}>
          {parcels.length > 1 ? (
            <View className='admin-panel__row'>
              <Text>{t('admin.ship.parcelN', { n: i + 1 })}</Text>
              <Text data-testid='ship-remove-parcel' onClick={() => setParcels((all) => all.filter((_, k) => k !== i))}>
                {t('admin.ship.removeParcel')}
              </Text>
            </View>
          ) : null}
          <Chips
            options={CARRIER_CODES}
            labels={carrierLabels}
            value={parcel.carrierCode}
            onChange={(code) => update(i, { carrierCode: code, guessed: false })}
            testIdPrefix={i === 0 ? 'carrier' : `carrier-${i + 1}`}
          />
          <View className='admin-panel__row'>
            <Input
              className='admin-panel__input'
              data-testid={i === 0 ? 'ship-waybill' : `ship-waybill-${i + 1}`}
              value={parcel.waybillNo}
              maxlength={40}
              placeholder={t('admin.ship.waybill')}
              onInput={(event) => typeWaybill(i, event.detail.value)}
            />
          </View>
          {parcel.guessed ? <Text className='admin-panel__muted' data-testid='ship-guessed'>{t('admin.ship.guessed', { carrier: carrierLabels[parcel.carrierCode] ?? parcel.carrierCode })}</Text> : null}
        </View>
      ))}
      <ActionError error={error} onDismiss={() => setError(null)} />
      <View className='admin-panel__actions'>
        {parcels.length < MAX_PARCELS ? (
          <Button size='small' data-testid='ship-add-parcel' onClick={() => setParcels((all) => [...all, { carrierCode: CARRIER_CODES[0], waybillNo: '', guessed: false }])}>
            {t('admin.ship.addParcel')}
          </Button>
        ) : null}
        <Button type='primary' size='small' loading={sending} disabled={sending} data-testid='ship-submit' onClick={() => void ship()}>
          {t('admin.ship.submit')}
        </Button>
      </View>
    </View>
  )
}
