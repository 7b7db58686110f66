import { defineAction } from '../../core/action'
import { OrderCancelInput } from '../../contracts/order'
import { buyerOf } from '../../services/order/buyer'
import { buyerCancel } from '../../services/order/order.service'

export const orderCancel = defineAction({
  name: 'order.cancel',
  role: 'shopper',
  summary: 'Cancels an unpaid order and releases its stock',
  input: OrderCancelInput,
  owns: 'orders',
  handler: (input, ctx) => buyerCancel(buyerOf(ctx), input.orderId, input.reason, ctx.now()),
})
