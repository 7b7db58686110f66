import { defineAction } from '../../core/action'
import { AdminOrderGetInput } from '../../contracts/admin-orders'
import { getOrderForAdmin } from '../../services/order/order.service'

export const adminOrdersGet = defineAction({
  name: 'adminOrders.get',
  role: 'staff',
  permission: 'orders.read',
  summary: 'One order with payments, refunds, parcels and after-sales',
  input: AdminOrderGetInput,
  handler: (input, ctx) => getOrderForAdmin(input.orderId, ctx.now()),
})
