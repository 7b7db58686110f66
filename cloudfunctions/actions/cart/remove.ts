import { defineAction } from '../../core/action'
import { CartRemoveInput } from '../../contracts/cart'
import { buyerOf } from '../../services/order/buyer'
import { removeCartLines } from '../../services/cart.service'

export const cartRemove = defineAction({
  name: 'cart.remove',
  role: 'shopper',
  summary: 'Removes cart lines',
  input: CartRemoveInput,
  owns: 'carts',
  handler: (input, ctx) => removeCartLines(buyerOf(ctx), input.lineIds),
})
