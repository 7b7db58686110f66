import { Image, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { OrderSummary } from '@cloud/contracts/order'
import { Price } from '../price'
import { formatTime } from './format-time'
import { ORDER_STATE_SHORT } from './order-labels'
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
function amountLabel(state: OrderSummary['state']): string {
  if (state === 'pending_payment') return '应付'
  if (state === 'cancelled') return '订单金额'
  return '实付'
}

/** One order in a list: number, state, what was bought, what was paid (and refunded). */
export function OrderCard({ order, onOpen, subtitle, actions }: OrderCardProps) {
  return (
    <View className='jf-order-card' data-testid='order-card' data-id={order._id} data-state={order.state} onClick={() => onOpen(order._id)}>
      <View className='jf-order-card__head'>
        <Text className='jf-order-card__no'>订单 {order.orderNo}</Text>
        <Text className={`jf-order-card__state jf-order-card__state--${order.state}`} data-testid='order-state'>
          {ORDER_STATE_SHORT[order.state]}
        </Text>
      </View>
      {subtitle ? <Text className='jf-order-card__subtitle'>{subtitle}</Text> : null}
      {order.items.map((item) => (
        <View key={item.skuId} className='jf-order-card__item'>
          <Image className='jf-order-card__cover' src={item.cover} mode='aspectFill' lazyLoad />
          <View className='jf-order-card__what'>
            <Text className='jf-order-card__title'>{item.title}</Text>
            <Text className='jf-order-card__sku'>{item.skuName}</Text>
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
          <Text>共 {order.itemCount} 件 · {amountLabel(order.state)} </Text>
          <Price fen={order.payable} testId='order-payable' />
        </View>
      </View>
      {order.refundedAmount > 0 ? (
        <View className='jf-order-card__refund'>
          <Text>已退款 / Refunded </Text>
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

export { ORDER_STATE_LABELS, ORDER_STATE_SHORT, ORDER_TAB_LABELS, AFTER_SALE_KIND_LABELS, AFTER_SALE_STATE_LABELS, CART_INVALID_LABELS, actorLabel } from './order-labels'
export { CARRIERS, carrierName, isPlausibleWaybill } from './carriers'
export { formatTime } from './format-time'
export { ActionError } from './action-error'
export { StateHistory } from './state-history'
