import { defineAction } from '../../core/action'
import { CartGetInput } from '../../contracts/cart'
import { buyerOf } from '../../services/order/buyer'
import { cartView } from '../../services/cart.service'

export const cartGet = defineAction({
  name: 'cart.get',
  role: 'shopper',
  summary: "The shopper's cart, each line checked against live stock and listing",
  input: CartGetInput,
  owns: 'carts',
  handler: (_input, ctx) => cartView(buyerOf(ctx)),
})
