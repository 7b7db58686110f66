import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { AdminOrderMarkDeliveredInput } from '../../contracts/admin-orders'
import { getOrderForAdmin } from '../../services/order/order.service'
import { markDelivered } from '../../services/shipment.service'

export const adminOrdersMarkDelivered = defineAction({
  name: 'adminOrders.markDelivered',
  role: 'staff',
  permission: 'orders.ship',
  summary: 'Marks a shipped order as signed for (auto-complete counts from here)',
  input: AdminOrderMarkDeliveredInput,
  handler: (input, ctx) => markDelivered(input.orderId, actorOf(ctx.caller), ctx.now()).then(() => getOrderForAdmin(input.orderId, ctx.now())),
})
