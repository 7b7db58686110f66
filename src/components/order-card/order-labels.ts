/**
 * Words for order and after-sale states, shared by the shopper's and the merchant's pages (both
 * subpackages may use the main package, not each other). Chinese first, English after. The shopper's
 * pages use the dictionary keys (orderState.*, afterSaleKind.*, afterSaleState.*) and follow the language.
 */
import type { AfterSaleKind, AfterSaleState } from '@cloud/contracts/aftersale'
import type { OrderState, OrderTab } from '@cloud/contracts/order'

export const ORDER_STATE_LABELS: Record<OrderState, string> = {
  pending_payment: '待付款 / Awaiting payment',
  paid: '待发货 / Paid, to ship',
  shipped: '待收货 / Shipped',
  delivered: '已签收 / Delivered',
  completed: '已完成 / Completed',
  cancelled: '已取消 / Cancelled',
  after_sale: '售后中 / After-sales',
  refunded: '已退款 / Refunded',
}

/** Short Chinese state, for the coloured tag on a card where space is tight. */
export const ORDER_STATE_SHORT: Record<OrderState, string> = {
  pending_payment: '待付款',
  paid: '待发货',
  shipped: '待收货',
  delivered: '待收货',
  completed: '已完成',
  cancelled: '已取消',
  after_sale: '售后中',
  refunded: '已退款',
}

export const ORDER_TAB_LABELS: Record<OrderTab, string> = {
  all: '全部',
  pending_payment: '待付款',
  to_ship: '待发货',
  to_receive: '待收货',
  completed: '已完成',
  after_sale: '售后',
}

export const AFTER_SALE_KIND_LABELS: Record<AfterSaleKind, string> = {
  refund_only: '仅退款 / Refund only',
  return_refund: '退货退款 / Return & refund',
  exchange: '换货 / Exchange',
}

export const AFTER_SALE_STATE_LABELS: Record<AfterSaleState, string> = {
  pending: '待商家处理 / Awaiting merchant',
  awaiting_return: '待寄回 / Send the item back',
  returning: '退货运输中 / Return in transit',
  refunding: '退款中 / Refunding',
  refunded: '已退款 / Refunded',
  exchanged: '已换货 / Exchanged',
  rejected: '已拒绝 / Rejected',
}
