import { defineAction } from '../../core/action'
import { OrderListInput } from '../../contracts/order'
import { buyerOf } from '../../services/order/buyer'
import { listOwnOrders } from '../../services/order/order.service'

export const orderList = defineAction({
  name: 'order.list',
  role: 'shopper',
  summary: "The shopper's orders by tab, newest first",
  input: OrderListInput,
  owns: 'orders',
  handler: (input, ctx) => listOwnOrders(buyerOf(ctx), input.tab, input.page, input.pageSize),
})
