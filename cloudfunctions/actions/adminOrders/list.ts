import { defineAction } from '../../core/action'
import { AdminOrderListInput } from '../../contracts/admin-orders'
import { listOrdersForAdmin } from '../../services/order/order.service'

export const adminOrdersList = defineAction({
  name: 'adminOrders.list',
  role: 'staff',
  permission: 'orders.read',
  summary: 'Orders filtered by state, date and keyword',
  input: AdminOrderListInput,
  handler: (input) => listOrdersForAdmin(input),
})
