import { defineAction } from '../../core/action'
import { AfterSaleRequestInput } from '../../contracts/aftersale'
import { buyerOf } from '../../services/order/buyer'
import { requestAfterSale } from '../../services/aftersale.service'

export const afterSaleRequest = defineAction({
  name: 'aftersale.request',
  role: 'shopper',
  summary: 'Asks for refund-only, return-and-refund or exchange of chosen order lines',
  input: AfterSaleRequestInput,
  owns: 'orders',
  handler: (input, ctx) => requestAfterSale(buyerOf(ctx), input, ctx.now()),
})
