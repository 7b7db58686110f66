import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useRef, useState } from 'react'
import type { OrderDetail } from '@cloud/contracts/order'
import { callAction, type ClientError, type ClientResult } from '../../../api'
import { ErrorState, LoadingSkeleton, Price } from '../../../components'
import { AddressCard } from '../../../components/address-card'
import { Countdown } from '../../../components/countdown'
import { ActionError, formatTime, StateHistory } from '../../../components/order-card'
import { localCarrierName } from '../../../components/order-card/localised-labels'
import { applyChrome, useLocale } from '../../../state/locale'
import { PriceLines } from '../../../components/price-lines'
import { routes } from '../../../routes'
import type { Remote } from '../../../state/useRemote'
import { usePayFlow } from '../_shared/use-pay-flow'
import { AfterSalePanel } from './_components/after-sale-panel'
import { DiyPartSummary } from '../../../components/diy-ring'
import './index.scss'

type Pending = 'cancel' | 'confirmReceipt' | null

/** One order: where it stands, what it cost line by line, what was refunded, and the buyer's next step. */
export default function OrderDetailPage() {
  const orderId = useRouter().params.id ?? ''
  const { t, reason } = useLocale()
  const [remote, setRemote] = useState<Remote<OrderDetail>>({ status: 'loading' })
  const [asking, setAsking] = useState<Pending>(null)
  const [working, setWorking] = useState(false)
  const [actionError, setActionError] = useState<ClientError | null>(null)
  const busy = useRef(false)
  const pay = usePayFlow({ onAbandon: () => void load() })

  const load = async () => {
    if (!orderId) {
      setRemote({ status: 'failed', error: { code: 'INVALID_INPUT', key: 'order.missingId', message: 'order.missingId' } })
      return
    }
    const result = await callAction('shop', 'order.get', { orderId })
    if (result.ok) setRemote({ status: 'ready', data: result.data })
    else if (remote.status !== 'ready') setRemote({ status: 'failed', error: result.error })
    else setActionError(result.error)
  }
  // Back from the after-sale form or the pay result: show the order as it is now.
  useDidShow(() => {
    applyChrome('nav.orderDetail')
    void load()
  })

  const act = async (request: () => Promise<ClientResult<OrderDetail>>) => {
    if (busy.current) return
    busy.current = true
    setWorking(true)
    setActionError(null)
    const result = await request()
    busy.current = false
    setWorking(false)
    setAsking(null)
    if (result.ok) setRemote({ status: 'ready', data: result.data })
    else {
      setActionError(result.error)
      // The order may have moved on (paid by the timeout's race, shipped…): show where it is now.
      if (result.error.code === 'CONFLICT') void load()
    }
  }

  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') {
    const final = remote.error.code === 'NOT_FOUND' || remote.error.code === 'INVALID_INPUT'
    const notFound = remote.error.code === 'NOT_FOUND'
    // The server's NOT_FOUND text would repeat the title: point to where the shopper's orders are instead.
    const error = notFound ? { code: remote.error.code, key: 'order.notFoundHint', message: 'order.notFoundHint' } : remote.error
    return <ErrorState error={error} title={notFound ? t('order.notFound') : undefined} onRetry={final ? undefined : () => void load()} />
  }

  const order = remote.data
  return (
    <View className='order-detail' data-testid='order-detail' data-state={order.state}>
      <View className={`order-detail__banner order-detail__banner--${order.state}`}>
        <Text className='order-detail__state' data-testid='order-detail-state'>
          {t(`orderState.${order.state}`)}
        </Text>
        {order.state === 'pending_payment' && order.payDeadline ? (
          <Countdown deadline={order.payDeadline} prefix={t('order.payWithin')} onExpire={() => void load()} testId='pay-countdown' />
        ) : null}
        {order.cancelReason ? <Text className='order-detail__note'>{t('order.cancelReason', { reason: reason(order.cancelReason) })}</Text> : null}
      </View>

      <ActionError error={actionError} onDismiss={() => setActionError(null)} />
      <ActionError error={pay.error} onDismiss={pay.clearError} />

      {order.group ? (
        <View className='order-detail__section' data-testid='order-group' data-formed={order.group.formed ? 'yes' : 'no'}>
          <View className='order-detail__row'>
            <Text>
              {order.group.seat === 'rejected'
                ? t('group.seat.rejected')
                : order.group.formed
                  ? t('group.orderLine', { state: t('group.state.formed') })
                  : order.state === 'refunded'
                    ? t('group.orderLine', { state: t('group.state.failed') })
                    : order.group.seat === 'taken'
                      ? t('group.waiting')
                      : order.paidAt
                        ? t('group.seat.pending')
                        : t('group.orderLine', { state: t('group.state.forming') })}
            </Text>
            {order.group.seat === 'taken' ? (
              <Text className='order-detail__link' data-testid='order-group-link' onClick={() => void Taro.navigateTo({ url: routes.groupDetail(order.group!.groupId) })}>
                {t('group.viewGroup')}
              </Text>
            ) : null}
          </View>
        </View>
      ) : null}
      {order.flashSaleId ? (
        <View className='order-detail__section' data-testid='order-flash'>
          <Text>{t('flash.orderLine')}</Text>
        </View>
      ) : null}

      <View className='order-detail__section'>
        <AddressCard address={order.address} testId='order-address' />
      </View>

      {order.shipments.length > 0 ? (
        <View className='order-detail__section' data-testid='order-shipments' onClick={() => void Taro.navigateTo({ url: routes.orderTracking(order._id) })}>
          {order.shipments.map((shipment) => (
            <View key={shipment.shipmentId} className='order-detail__parcel'>
              <View className='order-detail__row'>
                <Text>{shipment.purpose === 'replacement' ? t('order.replacementParcel') : t('order.parcel')}</Text>
                <Text data-testid='shipment-waybill'>
                  {localCarrierName(t, shipment.carrierCode)} {shipment.waybillNo}
                </Text>
              </View>
              {shipment.track && shipment.track.text ? (
                <View className='order-detail__track' data-testid='shipment-latest-track' data-status={shipment.track.status}>
                  <Text className='order-detail__track-status'>{t(`logistics.status.${shipment.track.status}`)}</Text>
                  {/* The carrier's own words. */}
                  <Text className='order-detail__muted'>{shipment.track.text}</Text>
                </View>
              ) : null}
            </View>
          ))}
          <View className='order-detail__row order-detail__track-link'>
            <Text data-testid='view-tracking'>{t('order.viewTracking')} ›</Text>
          </View>
        </View>
      ) : null}

      <View className='order-detail__section'>
        {order.items.map((item) => (
          <View key={item.skuId} className='order-detail__item' data-testid='order-item' data-sku-id={item.skuId}>
            <Image className='order-detail__cover' src={item.cover} mode='aspectFill' />
            <View className='order-detail__item-body'>
              <Text className='order-detail__item-title' data-product-data>
                {item.diy ? `${t('diy.lineTitle')} · ` : ''}
                {item.title}
              </Text>
              <Text className='order-detail__muted' data-product-data>
                {item.skuName}
              </Text>
              {item.diy ? <DiyPartSummary part={item.diy} /> : null}
              {item.refundedAmount > 0 ? (
                <Text className='order-detail__refunded' data-testid='order-item-refunded'>
                  {t('order.itemRefunded', { quantity: item.refundedQuantity })} <Price fen={item.refundedAmount} />
                </Text>
              ) : null}
            </View>
            <View className='order-detail__item-price'>
              <Price fen={item.unitPrice} />
              <Text className='order-detail__muted'>× {item.quantity}</Text>
            </View>
          </View>
        ))}
      </View>

      <View className='order-detail__section'>
        <PriceLines lines={order.lines} payable={order.payable} payableLabel={t(order.paidAt ? 'amount.paid' : order.state === 'cancelled' ? 'amount.orderTotal' : 'amount.toPay')} refunded={order.refundedAmount} />
      </View>

      {order.afterSales.length > 0 ? (
        <View className='order-detail__section'>
          <Text className='order-detail__heading'>{t('order.afterSales')}</Text>
          {order.afterSales.map((afterSale) => (
            <AfterSalePanel key={afterSale._id} afterSale={afterSale} onChanged={() => void load()} />
          ))}
        </View>
      ) : null}

      <View className='order-detail__section'>
        <View className='order-detail__row'>
          <Text className='order-detail__muted'>{t('order.no')}</Text>
          <Text data-testid='order-no'>{order.orderNo}</Text>
        </View>
        <View className='order-detail__row'>
          <Text className='order-detail__muted'>{t('order.placedAt')}</Text>
          <Text>{formatTime(order.createdAt)}</Text>
        </View>
        {order.paidAt ? (
          <View className='order-detail__row'>
            <Text className='order-detail__muted'>{t('order.paidAt')}</Text>
            <Text>{formatTime(order.paidAt)}</Text>
          </View>
        ) : null}
        {order.remark ? (
          <View className='order-detail__row'>
            <Text className='order-detail__muted'>{t('order.remark')}</Text>
            <Text data-product-data>{order.remark}</Text>
          </View>
        ) : null}
      </View>

      <View className='order-detail__section'>
        <Text className='order-detail__heading'>{t('order.history')}</Text>
        <StateHistory log={order.stateLog} />
      </View>

      {asking ? (
        <View className='order-detail__confirm' data-testid='confirm-prompt'>
          <Text>{asking === 'cancel' ? t('order.askCancel') : t('order.askReceipt')}</Text>
          <View className='order-detail__confirm-actions'>
            <Button size='small' fill='outline' onClick={() => setAsking(null)}>
              {t('order.back')}
            </Button>
            <Button
              size='small'
              type='primary'
              loading={working}
              data-testid='confirm-yes'
              onClick={() =>
                void act(() =>
                  asking === 'cancel' ? callAction('shop', 'order.cancel', { orderId: order._id }) : callAction('shop', 'order.confirmReceipt', { orderId: order._id }),
                )
              }
            >
              {t('order.yes')}
            </Button>
          </View>
        </View>
      ) : null}

      <View className='order-detail__bar'>
        <Button size='small' fill='outline' data-testid='order-contact-service' onClick={() => void Taro.navigateTo({ url: routes.serviceCenter(order._id) })}>
          {t('me.service')}
        </Button>
        {order.can.cancel ? (
          <Button size='small' fill='outline' data-testid='order-cancel' disabled={working} onClick={() => setAsking('cancel')}>
            {t('order.cancel')}
          </Button>
        ) : null}
        {order.can.requestAfterSale ? (
          <Button size='small' fill='outline' data-testid='order-aftersale' onClick={() => void Taro.navigateTo({ url: routes.afterSaleRequest(order._id) })}>
            {t('order.requestAfterSale')}
          </Button>
        ) : null}
        {order.can.confirmReceipt ? (
          <Button size='small' type='primary' data-testid='order-confirm-receipt' disabled={working} onClick={() => setAsking('confirmReceipt')}>
            {t('order.confirmReceipt')}
          </Button>
        ) : null}
        {order.can.pay ? (
          <Button
            size='small'
            type='primary'
            data-testid='order-pay'
            loading={pay.starting}
            disabled={pay.starting}
            onClick={() => void pay.start({ orderId: order._id, orderNo: order.orderNo, payable: order.payable })}
          >
            {t('order.pay')}
          </Button>
        ) : null}
      </View>
      {pay.sheetElement}
    </View>
  )
}
