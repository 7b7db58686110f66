import { defineAction } from '../../core/action'
import { AfterSaleGetInput } from '../../contracts/aftersale'
import { buyerOf } from '../../services/order/buyer'
import { getOwnAfterSale } from '../../services/aftersale.service'

export const afterSaleGet = defineAction({
  name: 'aftersale.get',
  role: 'shopper',
  summary: 'One after-sale request of the shopper',
  input: AfterSaleGetInput,
  owns: 'orders',
  handler: (input, ctx) => getOwnAfterSale(buyerOf(ctx), input.id),
})
