import { defineAction } from '../../core/action'
import { CartCountInput } from '../../contracts/cart'
import { buyerOf } from '../../services/order/buyer'
import { cartBadge } from '../../services/cart.service'

export const cartCount = defineAction({
  name: 'cart.count',
  role: 'shopper',
  summary: 'Units in the cart, for the tab badge',
  input: CartCountInput,
  owns: 'carts',
  handler: (_input, ctx) => cartBadge(buyerOf(ctx)),
})
