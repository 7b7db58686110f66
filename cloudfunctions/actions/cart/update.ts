import { defineAction } from '../../core/action'
import { CartUpdateInput } from '../../contracts/cart'
import { buyerOf } from '../../services/order/buyer'
import { updateCartQuantity } from '../../services/cart.service'

export const cartUpdate = defineAction({
  name: 'cart.update',
  role: 'shopper',
  summary: 'Sets the quantity of a cart line (capped by stock)',
  input: CartUpdateInput,
  owns: 'carts',
  handler: (input, ctx) => updateCartQuantity(buyerOf(ctx), input.lineId, input.quantity, ctx.now()),
})
