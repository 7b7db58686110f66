import { defineAction } from '../../core/action'
import { AddressSetDefaultInput } from '../../contracts/address'
import { buyerOf } from '../../services/order/buyer'
import { setDefaultAddress } from '../../services/address.service'

export const addressSetDefault = defineAction({
  name: 'address.setDefault',
  role: 'shopper',
  summary: 'Makes an address the default',
  input: AddressSetDefaultInput,
  owns: 'addresses',
  handler: (input, ctx) => setDefaultAddress(buyerOf(ctx), input.id, ctx.now()),
})
