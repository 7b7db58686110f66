import { defineAction } from '../../core/action'
import { AddressSaveInput } from '../../contracts/address'
import { buyerOf } from '../../services/order/buyer'
import { saveAddress } from '../../services/address.service'

export const addressSave = defineAction({
  name: 'address.save',
  role: 'shopper',
  summary: 'Creates or edits an address; the first one becomes the default',
  input: AddressSaveInput,
  owns: 'addresses',
  handler: (input, ctx) => saveAddress(buyerOf(ctx), input, ctx.now()),
})
