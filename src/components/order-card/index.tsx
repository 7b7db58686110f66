import { Image, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { OrderSummary } from '@cloud/contracts/order'
import type { MessageKey } from '../../i18n/dictionaries'
import { Price } from '../price'
import { formatTime } from './format-time'
import { useLocale } from '../../state/locale'
import './index.scss'

interface OrderCardProps {
  order: OrderSummary
  onOpen: (orderId: string) => void
  /** Extra line under the header, e.g. the buyer's name on the merchant's list. */
  subtitle?: string
  /** Buttons for the shopper's next step (pay, confirm receipt) at the bottom right. */
  actions?: ReactNode
}

/** An unpaid or cancelled order was never paid: calling its amount 实付 (paid) would be untrue. */
function amountKey(state: OrderSummary['state']): MessageKey {
  if (state === 'pending_payment') return 'amount.toPay'
  if (state === 'cancelled') return 'amount.orderTotal'
  return 'amount.paid'
}

/** The short state on the card's tag: a delivered parcel still reads "to receive" there. */
function stateTagKey(state: OrderSummary['state']): MessageKey {
  return state === 'delivered' ? 'orderTag.delivered' : `orderState.${state}`
}

/** One order in a list: number, state, what was bought, what was paid (and refunded). */
export function OrderCard({ order, onOpen, subtitle, actions }: OrderCardProps) {
  const { t } = useLocale()
  return (
    <View className='jf-order-card' data-testid='order-card' data-id={order._id} data-state={order.state} onClick={() => onOpen(order._id)}>
      <View className='jf-order-card__head'>
        <Text className='jf-order-card__no'>{t('orderCard.no', { orderNo: order.orderNo })}</Text>
        <Text className={`jf-order-card__state jf-order-card__state--${order.state}`} data-testid='order-state'>
          {t(stateTagKey(order.state))}
        </Text>
      </View>
      {subtitle ? <Text className='jf-order-card__subtitle'>{subtitle}</Text> : null}
      {order.latestTrack ? (
        <View className='jf-order-card__track' data-testid='order-latest-track' data-status={order.latestTrack.status}>
          <Text className='jf-order-card__track-status'>{t(`logistics.status.${order.latestTrack.status}`)}</Text>
          {/* The carrier's own words for the newest node. */}
          <Text className='jf-order-card__track-text'>{order.latestTrack.text}</Text>
        </View>
      ) : null}
      {order.items.map((item) => (
        <View key={item.skuId} className='jf-order-card__item'>
          <Image className='jf-order-card__cover' src={item.cover} mode='aspectFill' lazyLoad />
          <View className='jf-order-card__what'>
            <Text className='jf-order-card__title' data-product-data>
              {item.productId === 'diy' ? `${t('diy.lineTitle')} · ` : ''}
              {item.title}
            </Text>
            <Text className='jf-order-card__sku' data-product-data>
              {item.skuName}
            </Text>
          </View>
          <View className='jf-order-card__qty'>
            <Price fen={item.unitPrice} />
            <Text className='jf-order-card__count'>× {item.quantity}</Text>
          </View>
        </View>
      ))}
      <View className='jf-order-card__foot'>
        <Text className='jf-order-card__time'>{formatTime(order.createdAt)}</Text>
        <View className='jf-order-card__total'>
          <Text>
            {t('orderCard.count', { count: order.itemCount })} · {t(amountKey(order.state))}{' '}
          </Text>
          <Price fen={order.payable} testId='order-payable' />
        </View>
      </View>
      {order.refundedAmount > 0 ? (
        <View className='jf-order-card__refund'>
          <Text>{t('amount.refunded')} </Text>
          <Price fen={order.refundedAmount} />
        </View>
      ) : null}
      {actions ? (
        <View className='jf-order-card__actions' onClick={(event) => event.stopPropagation()}>
          {actions}
        </View>
      ) : null}
    </View>
  )
}

export { ORDER_STATE_KEYS, ORDER_TAB_KEYS, AFTER_SALE_KIND_KEYS, AFTER_SALE_STATE_KEYS } from './order-labels'
export { localActorLabel, localCarrierName } from './localised-labels'
export { CARRIERS, carrierName, isPlausibleWaybill } from './carriers'
export { formatTime } from './format-time'
export { AfterSaleTimerLine } from './after-sale-timer'
export { ActionError } from './action-error'
export { StateHistory } from './state-history'
