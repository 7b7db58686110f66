import { defineAction } from '../../core/action'
import { OrderGetInput } from '../../contracts/order'
import { buyerOf } from '../../services/order/buyer'
import { getOwnOrder } from '../../services/order/order.service'

export const orderGet = defineAction({
  name: 'order.get',
  role: 'shopper',
  summary: 'One order of the shopper with price lines, state history and after-sales',
  input: OrderGetInput,
  owns: 'orders',
  handler: (input, ctx) => getOwnOrder(buyerOf(ctx), input.orderId, ctx.now()),
})
