import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { whenLinked } from '../../../../api/result'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useState } from 'react'
import type { AdminOrderDetail } from '@cloud/contracts/admin-orders'
import { callAction, type ClientError } from '../../../../api'
import { LoadingSkeleton, Price } from '../../../../components'
import { AddressCard } from '../../../../components/address-card'
import { ActionError, formatTime, localCarrierName, StateHistory } from '../../../../components/order-card'
import { applyChrome, useLocale } from '../../../../state/locale'
import { PriceLines } from '../../../../components/price-lines'
import { routes } from '../../../../routes'
import type { Remote } from '../../../../state/useRemote'
import { AdminLoadError } from '../_shared/staff-gate'
import { ShipForm } from './ship-form'
import '../_shared/admin.scss'
import { DiyPartSummary } from '../../../../components/diy-ring'


/** One order as the merchant sees it: buyer, money (payments, refunds), shipping, after-sales, history. */
export default function AdminOrderDetailPage() {
  const orderId = useRouter().params.id ?? ''
  const [remote, setRemote] = useState<Remote<AdminOrderDetail>>({ status: 'loading' })
  const [actionError, setActionError] = useState<ClientError | null>(null)
  const [working, setWorking] = useState(false)
  const { t, reason } = useLocale()

  const load = async () => {
    const result = await whenLinked(orderId, () => callAction('admin', 'adminOrders.get', { orderId }))
    if (result.ok) setRemote({ status: 'ready', data: result.data })
    else setRemote({ status: 'failed', error: result.error })
  }
  useDidShow(() => {
    applyChrome('nav.adminOrderDetail')
    void load()
  })

  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <AdminLoadError error={remote.error} onRetry={() => void load()} />
  const order = remote.data

  const markDelivered = async () => {
    setWorking(true)
    setActionError(null)
    const result = await callAction('admin', 'adminOrders.markDelivered', { orderId: order._id })
    setWorking(false)
    if (result.ok) setRemote({ status: 'ready', data: result.data })
    else setActionError(result.error)
  }

  return (
    <View className='admin-order' data-testid='admin-order-detail' data-state={order.state}>
      <View className='admin-panel'>
        <View className='admin-panel__row'>
          <Text className='admin-panel__heading' data-testid='admin-order-state'>
            {t(`orderState.${order.state}`)}
          </Text>
          <Text className='admin-panel__muted'>{order.orderNo}</Text>
        </View>
        <Text className='admin-panel__muted'>
          {t('admin.order.placed', { time: formatTime(order.createdAt), openid: order.openid })}
        </Text>
        {order.remark ? <Text className='admin-panel__muted'>
            {t('admin.order.remark')}
            <Text data-product-data>{order.remark}</Text>
          </Text> : null}
      </View>
      <ActionError error={actionError} onDismiss={() => setActionError(null)} />

      {order.state === 'paid' ? <ShipForm orderId={order._id} onShipped={(next) => setRemote({ status: 'ready', data: next })} /> : null}

      <View className='admin-panel'>
        <AddressCard address={order.address} testId='admin-order-address' />
      </View>

      {order.shipments.length > 0 || order.shippingInfoUpload ? (
        <View className='admin-panel' data-testid='admin-shipments'>
          <Text className='admin-panel__heading'>{t('admin.order.shipping')}</Text>
          {order.shipments.map((shipment) => (
            <View key={shipment.shipmentId} className='admin-panel__row'>
              <Text>{shipment.purpose === 'replacement' ? t('admin.order.replacement') : t('admin.order.parcel')}</Text>
              <Text>
                {localCarrierName(t, shipment.carrierCode)} {shipment.waybillNo} · {shipment.track && shipment.track.text ? t(`logistics.status.${shipment.track.status}`) : formatTime(shipment.shippedAt)}
              </Text>
            </View>
          ))}
          {order.logisticsAlert ? (
            <Text className='admin-panel__muted' data-testid='logistics-alert'>
              {t('admin.logisticsAlert', { reason: reason(order.logisticsAlert.reason) })} · {order.logisticsAlert.waybillNo}
            </Text>
          ) : null}
          {order.shippingInfoUpload ? (
            <Text className='admin-panel__muted'>
              {t(`admin.upload.${order.shippingInfoUpload.status}`)}
              {order.shippingInfoUpload.problem ? ` · ${reason(order.shippingInfoUpload.problem)}` : ''}
            </Text>
          ) : null}
          {order.state === 'shipped' ? (
            <View className='admin-panel__actions'>
              <Button size='small' fill='outline' loading={working} data-testid='mark-delivered' onClick={() => void markDelivered()}>
                {t('admin.order.markDelivered')}
              </Button>
            </View>
          ) : null}
        </View>
      ) : null}

      <View className='admin-panel'>
        <Text className='admin-panel__heading'>{t('admin.order.itemsMoney')}</Text>
        {order.items.map((item) => (
          <View key={item.skuId} className='admin-panel__row'>
            <Text>
              <Text data-product-data>
                {item.diy ? `${t('diy.lineTitle')} · ` : ''}
                {item.title} {item.skuName}
              </Text>{' '}
              {item.diy ? <DiyPartSummary part={item.diy} box={48} testId='admin-diy-part' /> : null}
              × {item.quantity}
              {item.refundedQuantity > 0 ? t('admin.order.refundedQty', { count: item.refundedQuantity }) : ''}
            </Text>
            <Text className='admin-panel__muted'>
              {t('admin.order.paidShare')} <Price fen={item.paidShare} />
            </Text>
          </View>
        ))}
        <PriceLines lines={order.lines} payable={order.payable} payableLabel={t('admin.order.payable')} refunded={order.refundedAmount} />
      </View>

      <View className='admin-panel' data-testid='admin-payments'>
        <Text className='admin-panel__heading'>{t('admin.order.payments')}</Text>
        {order.payments.length === 0 ? <Text className='admin-panel__muted'>{t('admin.order.noPayment')}</Text> : null}
        {order.payments.map((payment) => (
          <View key={payment._id} className='admin-panel__row'>
            <Text className='admin-panel__muted'>{payment.outTradeNo}</Text>
            <Text>
              {t(`admin.payment.${payment.state}`)} <Price fen={payment.totalFee} />
            </Text>
          </View>
        ))}
        {order.refunds.map((refund) => (
          <View key={refund._id} className='admin-panel__row' data-testid='admin-refund'>
            <Text className='admin-panel__muted'>
              {t('admin.order.refund', { no: refund.outRefundNo })}
              {refund.reason ? ` · ${reason(refund.reason)}` : ''}
            </Text>
            <Text>
              {t(`admin.refund.${refund.state}`)} <Price fen={refund.refundFee} />
            </Text>
          </View>
        ))}
      </View>

      {order.afterSales.length > 0 ? (
        <View className='admin-panel'>
          <Text className='admin-panel__heading'>{t('admin.order.afterSales')}</Text>
          {order.afterSales.map((afterSale) => (
            <View key={afterSale._id} className='admin-panel__row'>
              <Text>
                {t(`afterSaleKind.${afterSale.kind}`)} · {t(`afterSaleState.${afterSale.state}`)}
              </Text>
              <Price fen={afterSale.refundAmount} />
            </View>
          ))}
          <View className='admin-panel__actions'>
            <Button size='small' fill='outline' onClick={() => void Taro.navigateTo({ url: routes.adminAfterSales() })}>
              {t('admin.order.afterSalesQueue')}
            </Button>
          </View>
        </View>
      ) : null}

      <View className='admin-panel'>
        <Text className='admin-panel__heading'>{t('admin.order.history')}</Text>
        <StateHistory log={order.stateLog} />
      </View>
    </View>
  )
}
