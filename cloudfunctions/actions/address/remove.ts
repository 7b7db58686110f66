import { defineAction } from '../../core/action'
import { AddressRemoveInput } from '../../contracts/address'
import { buyerOf } from '../../services/order/buyer'
import { removeAddress } from '../../services/address.service'

export const addressRemove = defineAction({
  name: 'address.remove',
  role: 'shopper',
  summary: 'Deletes an address (a new default is chosen if needed)',
  input: AddressRemoveInput,
  owns: 'addresses',
  handler: (input, ctx) => removeAddress(buyerOf(ctx), input.id),
})
