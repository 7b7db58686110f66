import { defineAction } from '../../core/action'
import { OrderConfirmReceiptInput } from '../../contracts/order'
import { buyerOf } from '../../services/order/buyer'
import { confirmReceipt } from '../../services/order/order.service'

export const orderConfirmReceipt = defineAction({
  name: 'order.confirmReceipt',
  role: 'shopper',
  summary: 'The shopper confirms the parcel arrived: the order completes',
  input: OrderConfirmReceiptInput,
  owns: 'orders',
  handler: (input, ctx) => confirmReceipt(buyerOf(ctx), input.orderId, ctx.now()),
})
