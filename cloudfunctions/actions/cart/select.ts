import { defineAction } from '../../core/action'
import { CartSelectInput } from '../../contracts/cart'
import { buyerOf } from '../../services/order/buyer'
import { selectCartLines } from '../../services/cart.service'

export const cartSelect = defineAction({
  name: 'cart.select',
  role: 'shopper',
  summary: 'Selects or unselects some or all cart lines',
  input: CartSelectInput,
  owns: 'carts',
  handler: (input, ctx) => selectCartLines(buyerOf(ctx), input.lineIds, input.selected),
})
