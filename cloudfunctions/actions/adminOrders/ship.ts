import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { AdminOrderShipInput } from '../../contracts/admin-orders'
import { getOrderForAdmin } from '../../services/order/order.service'
import { shipOrder } from '../../services/shipment.service'

export const adminOrdersShip = defineAction({
  name: 'adminOrders.ship',
  role: 'staff',
  permission: 'orders.ship',
  summary: 'Ships a paid order: carrier + waybill per parcel (split shipment: several); WeChat shipping-info upload is attempted',
  input: AdminOrderShipInput,
  handler: (input, ctx) =>
    shipOrder(
      input.orderId,
      [{ carrierCode: input.carrierCode, waybillNo: input.waybillNo, skuIds: input.skuIds }, ...(input.moreParcels ?? [])],
      actorOf(ctx.caller),
      ctx.now(),
    ).then(() => getOrderForAdmin(input.orderId, ctx.now())),
})
