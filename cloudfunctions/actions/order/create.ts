import { defineAction } from '../../core/action'
import { OrderCreateInput } from '../../contracts/order'
import { buyerOf } from '../../services/order/buyer'
import { createOrder } from '../../services/order/create-order.workflow'

export const orderCreate = defineAction({
  name: 'order.create',
  role: 'shopper',
  summary: 'Places an order: idempotent on clientRequestId, stock all-or-nothing, price snapshot',
  input: OrderCreateInput,
  owns: 'orders',
  handler: (input, ctx) => createOrder(buyerOf(ctx), input, ctx.now()),
})
