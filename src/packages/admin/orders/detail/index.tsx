import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useState } from 'react'
import type { AdminOrderDetail } from '@cloud/contracts/admin-orders'
import { callAction, type ClientError } from '../../../../api'
import { LoadingSkeleton, Price } from '../../../../components'
import { AddressCard } from '../../../../components/address-card'
import {
  ActionError,
  AFTER_SALE_KIND_LABELS,
  AFTER_SALE_STATE_LABELS,
  carrierName,
  formatTime,
  ORDER_STATE_LABELS,
  StateHistory,
} from '../../../../components/order-card'
import { PriceLines } from '../../../../components/price-lines'
import { routes } from '../../../../routes'
import type { Remote } from '../../../../state/useRemote'
import { AdminLoadError } from '../_shared/staff-gate'
import { ShipForm } from './ship-form'
import '../_shared/admin.scss'

const PAYMENT_STATE_LABELS = { prepaid: '待支付', paid: '已支付', closed: '已关闭', mismatch: '金额不符', refunded: '已退款' } as const
const REFUND_STATE_LABELS = { requested: '退款中', success: '已到账', failed: '失败' } as const
const UPLOAD_LABELS = { uploaded: '已同步微信 / synced to WeChat', failed: '同步失败 / sync failed', skipped: '未同步 / skipped' } as const

/** One order as the merchant sees it: buyer, money (payments, refunds), shipping, after-sales, history. */
export default function AdminOrderDetailPage() {
  const orderId = useRouter().params.id ?? ''
  const [remote, setRemote] = useState<Remote<AdminOrderDetail>>({ status: 'loading' })
  const [actionError, setActionError] = useState<ClientError | null>(null)
  const [working, setWorking] = useState(false)

  const load = async () => {
    const result = await callAction('admin', 'adminOrders.get', { orderId })
    if (result.ok) setRemote({ status: 'ready', data: result.data })
    else setRemote({ status: 'failed', error: result.error })
  }
  useDidShow(() => {
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
            {ORDER_STATE_LABELS[order.state]}
          </Text>
          <Text className='admin-panel__muted'>{order.orderNo}</Text>
        </View>
        <Text className='admin-panel__muted'>
          下单 {formatTime(order.createdAt)} · 买家 {order.openid}
        </Text>
        {order.remark ? <Text className='admin-panel__muted'>备注 / Remark: {order.remark}</Text> : null}
      </View>
      <ActionError error={actionError} onDismiss={() => setActionError(null)} />

      {order.state === 'paid' ? <ShipForm orderId={order._id} onShipped={(next) => setRemote({ status: 'ready', data: next })} /> : null}

      <View className='admin-panel'>
        <AddressCard address={order.address} testId='admin-order-address' />
      </View>

      {order.shipments.length > 0 || order.shippingInfoUpload ? (
        <View className='admin-panel' data-testid='admin-shipments'>
          <Text className='admin-panel__heading'>物流 / Shipping</Text>
          {order.shipments.map((shipment) => (
            <View key={shipment.shipmentId} className='admin-panel__row'>
              <Text>{shipment.purpose === 'replacement' ? '换货 / Replacement' : '发货 / Parcel'}</Text>
              <Text>
                {carrierName(shipment.carrierCode)} {shipment.waybillNo} · {formatTime(shipment.shippedAt)}
              </Text>
            </View>
          ))}
          {order.shippingInfoUpload ? (
            <Text className='admin-panel__muted'>
              {UPLOAD_LABELS[order.shippingInfoUpload.status]}
              {order.shippingInfoUpload.note ? ` · ${order.shippingInfoUpload.note}` : ''}
            </Text>
          ) : null}
          {order.state === 'shipped' ? (
            <View className='admin-panel__actions'>
              <Button size='small' fill='outline' loading={working} data-testid='mark-delivered' onClick={() => void markDelivered()}>
                标记已签收 / Mark delivered
              </Button>
            </View>
          ) : null}
        </View>
      ) : null}

      <View className='admin-panel'>
        <Text className='admin-panel__heading'>商品与金额 / Items & money</Text>
        {order.items.map((item) => (
          <View key={item.skuId} className='admin-panel__row'>
            <Text>
              {item.title} {item.skuName} × {item.quantity}
              {item.refundedQuantity > 0 ? `（已退 ${item.refundedQuantity}）` : ''}
            </Text>
            <Text className='admin-panel__muted'>
              实付分摊 <Price fen={item.paidShare} />
            </Text>
          </View>
        ))}
        <PriceLines lines={order.lines} payable={order.payable} payableLabel='应收 / Payable' refunded={order.refundedAmount} />
      </View>

      <View className='admin-panel' data-testid='admin-payments'>
        <Text className='admin-panel__heading'>支付与退款 / Payments & refunds</Text>
        {order.payments.length === 0 ? <Text className='admin-panel__muted'>暂无支付记录 / no payment yet</Text> : null}
        {order.payments.map((payment) => (
          <View key={payment._id} className='admin-panel__row'>
            <Text className='admin-panel__muted'>{payment.outTradeNo}</Text>
            <Text>
              {PAYMENT_STATE_LABELS[payment.state]} <Price fen={payment.totalFee} />
            </Text>
          </View>
        ))}
        {order.refunds.map((refund) => (
          <View key={refund._id} className='admin-panel__row' data-testid='admin-refund'>
            <Text className='admin-panel__muted'>退款 {refund.outRefundNo}</Text>
            <Text>
              {REFUND_STATE_LABELS[refund.state]} <Price fen={refund.refundFee} />
            </Text>
          </View>
        ))}
      </View>

      {order.afterSales.length > 0 ? (
        <View className='admin-panel'>
          <Text className='admin-panel__heading'>售后 / After-sales</Text>
          {order.afterSales.map((afterSale) => (
            <View key={afterSale._id} className='admin-panel__row'>
              <Text>
                {AFTER_SALE_KIND_LABELS[afterSale.kind]} · {AFTER_SALE_STATE_LABELS[afterSale.state]}
              </Text>
              <Price fen={afterSale.refundAmount} />
            </View>
          ))}
          <View className='admin-panel__actions'>
            <Button size='small' fill='outline' onClick={() => void Taro.navigateTo({ url: routes.adminAfterSales() })}>
              去售后队列 / After-sales queue
            </Button>
          </View>
        </View>
      ) : null}

      <View className='admin-panel'>
        <Text className='admin-panel__heading'>订单进度 / History</Text>
        <StateHistory log={order.stateLog} />
      </View>
    </View>
  )
}
