import { defineAction } from '../../core/action'
import { AddressListInput } from '../../contracts/address'
import { buyerOf } from '../../services/order/buyer'
import { listAddresses } from '../../services/address.service'

export const addressList = defineAction({
  name: 'address.list',
  role: 'shopper',
  summary: "The shopper's address book, default first",
  input: AddressListInput,
  owns: 'addresses',
  handler: (_input, ctx) => listAddresses(buyerOf(ctx)),
})
