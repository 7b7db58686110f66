import { defineAction } from '../../core/action'
import { OrderTrackingInput } from '../../contracts/logistics'
import { buyerOf } from '../../services/order/buyer'
import { trackingOf } from '../../services/shipment/tracking.service'

export const orderTracking = defineAction({
  name: 'order.tracking',
  role: 'shopper',
  summary: "The parcels of the shopper's order with their timelines; refresh asks the carrier (at most once per waybill per interval)",
  input: OrderTrackingInput,
  owns: 'orders',
  handler: (input, ctx) => trackingOf(buyerOf(ctx), input.orderId, input.refresh === true, ctx.now()),
})
