/**
 * The cart, checkout, order and after-sales actions as the app sees them, kept beside actions.ts so
 * that file stays a short map. Names come from the contracts' *_ACTIONS constants; types only.
 */
import type { z } from 'zod'
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

type Empty = Record<string, never>

/** Same shape as actions.ts's Signature, so ActionInput/ActionOutput read these too. */
interface Sig<I, O> {
  input: I
  output: O
}

export type ShopOrderActions = {
  'cart.get': Sig<Empty, CartGetOutput>
  'cart.add': Sig<CartAddInput, CartAddOutput>
  'cart.update': Sig<CartUpdateInput, CartUpdateOutput>
  'cart.remove': Sig<CartRemoveInput, CartRemoveOutput>
  'cart.select': Sig<CartSelectInput, CartSelectOutput>
  'cart.count': Sig<Empty, CartCountOutput>
  'address.list': Sig<Empty, AddressListOutput>
  'address.save': Sig<AddressSaveInput, AddressSaveOutput>
  'address.remove': Sig<AddressRemoveInput, AddressRemoveOutput>
  'address.setDefault': Sig<AddressSetDefaultInput, AddressSetDefaultOutput>
  'checkout.quote': Sig<CheckoutQuoteInput, CheckoutQuoteOutput>
  'order.create': Sig<OrderCreateInput, OrderCreateOutput>
  'order.pay': Sig<OrderPayInput, OrderPayOutput>
  'order.list': Sig<OrderListInput, OrderListOutput>
  'order.get': Sig<OrderGetInput, OrderGetOutput>
  'order.cancel': Sig<OrderCancelInput, OrderCancelOutput>
  'order.confirmReceipt': Sig<OrderConfirmReceiptInput, OrderConfirmReceiptOutput>
  'aftersale.request': Sig<AfterSaleRequestInput, AfterSaleRequestOutput>
  'aftersale.submitReturnWaybill': Sig<AfterSaleReturnWaybillInput, AfterSaleReturnWaybillOutput>
  'aftersale.list': Sig<AfterSaleListInput, AfterSaleListOutput>
  'aftersale.get': Sig<AfterSaleGetInput, AfterSaleGetOutput>
}

export type AdminOrderActions = {
  'adminOrders.list': Sig<AdminOrderListInput, AdminOrderListOutput>
  'adminOrders.get': Sig<z.input<typeof AdminOrderGetInput>, AdminOrderGetOutput>
  'adminOrders.ship': Sig<AdminOrderShipInput, AdminOrderShipOutput>
  'adminOrders.markDelivered': Sig<z.input<typeof AdminOrderMarkDeliveredInput>, AdminOrderMarkDeliveredOutput>
  'afterSales.list': Sig<AfterSalesListInput, AfterSalesListOutput>
  'afterSales.approve': Sig<AfterSalesApproveInput, AfterSalesApproveOutput>
  'afterSales.reject': Sig<AfterSalesRejectInput, AfterSalesRejectOutput>
  'afterSales.confirmReturn': Sig<AfterSalesConfirmReturnInput, AfterSalesConfirmReturnOutput>
  'payments.mismatches': Sig<PaymentMismatchListInput, PaymentMismatchListOutput>
  'payments.resolveMismatch': Sig<PaymentMismatchResolveInput, PaymentMismatchResolveOutput>
}
