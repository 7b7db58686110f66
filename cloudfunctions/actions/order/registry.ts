/** Cart, checkout, orders and after-sales actions, grouped by the function that serves them. */
import type { AnyAction } from '../../core/action'
import { addressList } from '../address/list'
import { addressRemove } from '../address/remove'
import { addressSave } from '../address/save'
import { addressSetDefault } from '../address/set-default'
import { adminOrdersGet } from '../adminOrders/get'
import { adminOrdersList } from '../adminOrders/list'
import { adminOrdersMarkDelivered } from '../adminOrders/mark-delivered'
import { adminOrdersShip } from '../adminOrders/ship'
import { afterSaleGet } from '../aftersale/get'
import { afterSaleList } from '../aftersale/list'
import { afterSaleRequest } from '../aftersale/request'
import { afterSaleSubmitReturnWaybill } from '../aftersale/submit-return-waybill'
import { afterSalesApprove } from '../afterSales/approve'
import { afterSalesConfirmReturn } from '../afterSales/confirm-return'
import { afterSalesList } from '../afterSales/list'
import { afterSalesReject } from '../afterSales/reject'
import { cartAdd } from '../cart/add'
import { cartCount } from '../cart/count'
import { cartGet } from '../cart/get'
import { cartRemove } from '../cart/remove'
import { cartSelect } from '../cart/select'
import { cartUpdate } from '../cart/update'
import { checkoutQuoteAction } from '../checkout/quote'
import { paymentsMismatches } from '../payments/mismatches'
import { paymentsResolveMismatch } from '../payments/resolve-mismatch'
import { orderCancel } from './cancel'
import { orderConfirmReceipt } from './confirm-receipt'
import { orderCreate } from './create'
import { orderGet } from './get'
import { orderList } from './list'
import { orderPay } from './pay'

export const ORDER_SHOP_ACTIONS: AnyAction[] = [
  cartGet,
  cartCount,
  cartAdd,
  cartUpdate,
  cartRemove,
  cartSelect,
  addressList,
  addressSave,
  addressRemove,
  addressSetDefault,
  checkoutQuoteAction,
  orderCreate,
  orderPay,
  orderList,
  orderGet,
  orderCancel,
  orderConfirmReceipt,
  afterSaleRequest,
  afterSaleSubmitReturnWaybill,
  afterSaleList,
  afterSaleGet,
]

export const ORDER_ADMIN_ACTIONS: AnyAction[] = [
  adminOrdersList,
  adminOrdersGet,
  adminOrdersShip,
  adminOrdersMarkDelivered,
  afterSalesList,
  afterSalesApprove,
  afterSalesReject,
  afterSalesConfirmReturn,
  paymentsMismatches,
  paymentsResolveMismatch,
]
