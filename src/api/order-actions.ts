/**
 * The cart, checkout, order and after-sales actions as the app sees them, kept beside actions.ts so
 * that file stays a short map. Names come from the contracts' *_ACTIONS constants; types only.
 */
import type { z } from 'zod'
import type { OutboxListInput, OutboxListOutput, OutboxRetryInput, OutboxRetryOutput } from '@cloud/contracts/outbox'
import type {
  AddressListOutput,
  AddressRemoveInput,
  AddressRemoveOutput,
  AddressSaveInput,
  AddressSaveOutput,
  AddressSetDefaultInput,
  AddressSetDefaultOutput,
} from '@cloud/contracts/address'
import type {
  AdminOrderGetInput,
  AdminOrderGetOutput,
  AdminOrderListInput,
  AdminOrderListOutput,
  AdminOrderMarkDeliveredInput,
  AdminOrderMarkDeliveredOutput,
  AdminOrderShipInput,
  AdminOrderShipOutput,
  AfterSalesApproveInput,
  AfterSalesApproveOutput,
  AfterSalesConfirmReturnInput,
  AfterSalesConfirmReturnOutput,
  AfterSalesListInput,
  AfterSalesListOutput,
  AfterSalesRejectInput,
  AfterSalesRejectOutput,
  PaymentMismatchListInput,
  PaymentMismatchListOutput,
  PaymentMismatchResolveInput,
  PaymentMismatchResolveOutput,
} from '@cloud/contracts/admin-orders'
import type {
  AfterSaleGetInput,
  AfterSaleGetOutput,
  AfterSaleListInput,
  AfterSaleListOutput,
  AfterSaleRequestInput,
  AfterSaleRequestOutput,
  AfterSaleReturnWaybillInput,
  AfterSaleReturnWaybillOutput,
} from '@cloud/contracts/aftersale'
import type {
  CartAddInput,
  CartAddOutput,
  CartCountOutput,
  CartGetOutput,
  CartRemoveInput,
  CartRemoveOutput,
  CartSelectInput,
  CartSelectOutput,
  CartUpdateInput,
  CartUpdateOutput,
} from '@cloud/contracts/cart'
import type { CheckoutQuoteInput, CheckoutQuoteOutput } from '@cloud/contracts/checkout'
import type {
  OrderCancelInput,
  OrderCancelOutput,
  OrderConfirmReceiptInput,
  OrderConfirmReceiptOutput,
  OrderCreateInput,
  OrderCreateOutput,
  OrderGetInput,
  OrderGetOutput,
  OrderListInput,
  OrderListOutput,
  OrderPayInput,
  OrderPayOutput,
} from '@cloud/contracts/order'
import type { Empty, Signature } from './signature'

export type ShopOrderActions = {
  'cart.get': Signature<Empty, CartGetOutput>
  'cart.add': Signature<CartAddInput, CartAddOutput>
  'cart.update': Signature<CartUpdateInput, CartUpdateOutput>
  'cart.remove': Signature<CartRemoveInput, CartRemoveOutput>
  'cart.select': Signature<CartSelectInput, CartSelectOutput>
  'cart.count': Signature<Empty, CartCountOutput>
  'address.list': Signature<Empty, AddressListOutput>
  'address.save': Signature<AddressSaveInput, AddressSaveOutput>
  'address.remove': Signature<AddressRemoveInput, AddressRemoveOutput>
  'address.setDefault': Signature<AddressSetDefaultInput, AddressSetDefaultOutput>
  'checkout.quote': Signature<CheckoutQuoteInput, CheckoutQuoteOutput>
  'order.create': Signature<OrderCreateInput, OrderCreateOutput>
  'order.pay': Signature<OrderPayInput, OrderPayOutput>
  'order.list': Signature<OrderListInput, OrderListOutput>
  'order.get': Signature<OrderGetInput, OrderGetOutput>
  'order.cancel': Signature<OrderCancelInput, OrderCancelOutput>
  'order.confirmReceipt': Signature<OrderConfirmReceiptInput, OrderConfirmReceiptOutput>
  'aftersale.request': Signature<AfterSaleRequestInput, AfterSaleRequestOutput>
  'aftersale.submitReturnWaybill': Signature<AfterSaleReturnWaybillInput, AfterSaleReturnWaybillOutput>
  'aftersale.list': Signature<AfterSaleListInput, AfterSaleListOutput>
  'aftersale.get': Signature<AfterSaleGetInput, AfterSaleGetOutput>
}

export type AdminOrderActions = {
  'adminOrders.list': Signature<AdminOrderListInput, AdminOrderListOutput>
  'adminOrders.get': Signature<z.input<typeof AdminOrderGetInput>, AdminOrderGetOutput>
  'adminOrders.ship': Signature<AdminOrderShipInput, AdminOrderShipOutput>
  'adminOrders.markDelivered': Signature<z.input<typeof AdminOrderMarkDeliveredInput>, AdminOrderMarkDeliveredOutput>
  'afterSales.list': Signature<AfterSalesListInput, AfterSalesListOutput>
  'afterSales.approve': Signature<AfterSalesApproveInput, AfterSalesApproveOutput>
  'afterSales.reject': Signature<AfterSalesRejectInput, AfterSalesRejectOutput>
  'afterSales.confirmReturn': Signature<AfterSalesConfirmReturnInput, AfterSalesConfirmReturnOutput>
  'payments.mismatches': Signature<PaymentMismatchListInput, PaymentMismatchListOutput>
  'payments.resolveMismatch': Signature<PaymentMismatchResolveInput, PaymentMismatchResolveOutput>
  'outbox.list': Signature<OutboxListInput, OutboxListOutput>
  'outbox.retry': Signature<OutboxRetryInput, OutboxRetryOutput>
}
