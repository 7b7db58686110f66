/**
 * Dictionary keys for order and after-sale states, shared by the shopper's and the merchant's pages
 * (both subpackages may use the main package, not each other). Pages show them through t(), so the
 * words follow the chosen language; the words themselves live in src/i18n/order-messages.ts.
 */
import type { AfterSaleKind, AfterSaleState } from '@cloud/contracts/aftersale'
import type { OrderState, OrderTab } from '@cloud/contracts/order'
import type { MessageKey } from '../../i18n/dictionaries'

export const ORDER_STATE_KEYS: Record<OrderState, MessageKey> = {
  pending_payment: 'orderState.pending_payment',
  paid: 'orderState.paid',
  shipped: 'orderState.shipped',
  delivered: 'orderState.delivered',
  completed: 'orderState.completed',
  cancelled: 'orderState.cancelled',
  after_sale: 'orderState.after_sale',
  refunded: 'orderState.refunded',
}

export const ORDER_TAB_KEYS: Record<OrderTab, MessageKey> = {
  all: 'orders.tab.all',
  pending_payment: 'orders.tab.pending_payment',
  to_ship: 'orders.tab.to_ship',
  to_receive: 'orders.tab.to_receive',
  completed: 'orders.tab.completed',
  after_sale: 'orders.tab.after_sale',
}

export const AFTER_SALE_KIND_KEYS: Record<AfterSaleKind, MessageKey> = {
  refund_only: 'afterSaleKind.refund_only',
  return_refund: 'afterSaleKind.return_refund',
  exchange: 'afterSaleKind.exchange',
}

export const AFTER_SALE_STATE_KEYS: Record<AfterSaleState, MessageKey> = {
  pending: 'afterSaleState.pending',
  awaiting_return: 'afterSaleState.awaiting_return',
  returning: 'afterSaleState.returning',
  refunding: 'afterSaleState.refunding',
  refunded: 'afterSaleState.refunded',
  exchanged: 'afterSaleState.exchanged',
  rejected: 'afterSaleState.rejected',
  closed: 'afterSaleState.closed',
}
