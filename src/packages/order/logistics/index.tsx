import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useState } from 'react'
import type { OrderTrackingOutput, ParcelTracking } from '@cloud/contracts/logistics'
import { carrierOf } from '@cloud/domain/logistics/carriers'
import { callAction, type ClientError } from '../../../api'
import { EmptyState, ErrorState, LoadingSkeleton } from '../../../components'
import { ActionError, formatTime } from '../../../components/order-card'
import { localCarrierName } from '../../../components/order-card/localised-labels'
import { applyChrome, useLocale } from '../../../state/locale'
import type { Remote } from '../../../state/useRemote'
import './index.scss'

/** A parcel's carrier as a round badge in its colour with the first character of its name. */
function CarrierLogo({ code }: { code: string }) {
  const carrier = carrierOf(code)
  return (
    <View className='logistics__logo' style={{ background: carrier?.color ?? '#8a6cc7' }} data-testid='carrier-logo'>
      <Text>{(carrier?.name ?? code).slice(0, 1)}</Text>
    </View>
  )
}

function ParcelView({ parcel }: { parcel: ParcelTracking }) {
  const { t, reason } = useLocale()
  const copy = () => {
    void Taro.setClipboardData({ data: parcel.waybillNo }).then(
      () => Taro.showToast({ title: t('logistics.copied'), icon: 'none' }),
      () => undefined,
    )
  }
  return (
    <View className='logistics__parcel' data-testid='parcel' data-parcel-no={parcel.parcelNo} data-state={parcel.state}>
      <View className='logistics__head'>
        <CarrierLogo code={parcel.carrierCode} />
        <View className='logistics__head-body'>
          <Text className='logistics__status' data-testid='parcel-status'>
            {t(`logistics.status.${parcel.state}`)}
          </Text>
          <View className='logistics__waybill'>
            <Text data-testid='parcel-waybill'>
              {localCarrierName(t, parcel.carrierCode)} {parcel.waybillNo}
            </Text>
            <Text className='logistics__copy' data-testid='copy-waybill' onClick={copy}>
              {t('logistics.copy')}
            </Text>
          </View>
          {parcel.itemDesc ? <Text className='logistics__muted'>{t('logistics.holds', { items: parcel.itemDesc })}</Text> : null}
          {parcel.problem ? <Text className='logistics__problem'>{reason(parcel.problem)}</Text> : null}
        </View>
      </View>
      {parcel.events.length === 0 ? (
        <Text className='logistics__muted logistics__empty' data-testid='timeline-empty'>
          {t('logistics.noNodes')}
        </Text>
      ) : (
        <View className='logistics__timeline' data-testid='timeline'>
          {parcel.events.map((e, i) => (
            <View key={e.id} className={`logistics__node${i === 0 ? ' logistics__node--current' : ''}`} data-testid='timeline-node' data-status={e.status} data-current={i === 0 ? 'true' : 'false'}>
              <View className='logistics__dot' />
              <View className='logistics__node-body'>
                <Text className='logistics__node-status'>{t(`logistics.status.${e.status}`)}</Text>
                {/* The carrier's own words, as it wrote them. */}
                <Text className='logistics__node-text'>{e.text}</Text>
                <Text className='logistics__muted'>{formatTime(e.at)}</Text>
              </View>
            </View>
          ))}
        </View>
      )}
      {parcel.lastSyncAt ? <Text className='logistics__muted logistics__sync'>{t('logistics.lastSync', { time: formatTime(parcel.lastSyncAt) })}</Text> : null}
    </View>
  )
}

/** Where the parcels of an order are: one tab per parcel, a vertical timeline with the newest node highlighted. */
export default function LogisticsPage() {
  const orderId = useRouter().params.id ?? ''
  const { t } = useLocale()
  const [remote, setRemote] = useState<Remote<OrderTrackingOutput>>({ status: 'loading' })
  const [tab, setTab] = useState(0)
  const [refreshing, setRefreshing] = useState(false)
  const [actionError, setActionError] = useState<ClientError | null>(null)

  const load = async (refresh = false) => {
    if (!orderId) {
      setRemote({ status: 'failed', error: { code: 'INVALID_INPUT', key: 'order.missingId', message: 'order.missingId' } })
      return
    }
    const result = await callAction('shop', 'order.tracking', { orderId, refresh })
    if (result.ok) setRemote({ status: 'ready', data: result.data })
    else if (remote.status !== 'ready') setRemote({ status: 'failed', error: result.error })
    else setActionError(result.error)
  }
  useDidShow(() => {
    applyChrome('nav.logistics')
    void load()
  })

  const refresh = async () => {
    if (refreshing) return
    setRefreshing(true)
    setActionError(null)
    await load(true)
    setRefreshing(false)
  }

  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={remote.error.code === 'NOT_FOUND' ? undefined : () => void load()} />
  const { parcels } = remote.data
  if (parcels.length === 0) return <EmptyState title='logistics.noParcels' testId='logistics-empty' />
  const current = parcels[Math.min(tab, parcels.length - 1)]
  return (
    <View className='logistics' data-testid='logistics-page'>
      {parcels.length > 1 ? (
        <View className='logistics__tabs' data-testid='parcel-tabs'>
          {parcels.map((p, i) => (
            <View
              key={p.shipmentId}
              className={`logistics__tab${i === tab ? ' logistics__tab--active' : ''}`}
              data-testid='parcel-tab'
              data-active={i === tab ? 'true' : 'false'}
              onClick={() => setTab(i)}
            >
              <Text>{t('logistics.parcelTab', { n: p.parcelNo })}</Text>
              <Text className='logistics__tab-state'>{t(`logistics.status.${p.state}`)}</Text>
            </View>
          ))}
        </View>
      ) : null}
      <ActionError error={actionError} onDismiss={() => setActionError(null)} />
      <ParcelView parcel={current} />
      <View className='logistics__actions'>
        <Button size='small' loading={refreshing} disabled={refreshing} data-testid='refresh-tracking' onClick={() => void refresh()}>
          {t('logistics.refresh')}
        </Button>
      </View>
    </View>
  )
}
