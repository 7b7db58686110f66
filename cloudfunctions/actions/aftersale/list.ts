import { defineAction } from '../../core/action'
import { AfterSaleListInput } from '../../contracts/aftersale'
import { buyerOf } from '../../services/order/buyer'
import { listOwnAfterSales } from '../../services/aftersale.service'

export const afterSaleList = defineAction({
  name: 'aftersale.list',
  role: 'shopper',
  summary: "The shopper's after-sale requests (of one order, or all)",
  input: AfterSaleListInput,
  owns: 'orders',
  handler: (input, ctx) => listOwnAfterSales(buyerOf(ctx), input.orderId),
})
