import { defineAction } from '../../core/action'
import { OrderPayInput } from '../../contracts/order'
import { buyerOf } from '../../services/order/buyer'
import { payOrder } from '../../services/payment/payment.service'

export const orderPay = defineAction({
  name: 'order.pay',
  role: 'shopper',
  summary: 'Starts WeChat Pay for an unpaid order (or settles a zero-amount order)',
  input: OrderPayInput,
  owns: 'orders',
  handler: (input, ctx) => payOrder(buyerOf(ctx), input.orderId, ctx.now()),
})
