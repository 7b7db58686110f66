import { defineAction } from '../../core/action'
import { CartAddInput } from '../../contracts/cart'
import { buyerOf } from '../../services/order/buyer'
import { addToCart } from '../../services/cart.service'

export const cartAdd = defineAction({
  name: 'cart.add',
  role: 'shopper',
  summary: 'Adds units of a SKU to the cart (merged per SKU, capped by stock)',
  input: CartAddInput,
  owns: 'carts',
  handler: (input, ctx) => addToCart(buyerOf(ctx), input.productId, input.skuId, input.quantity, ctx.now()),
})
