import { defineAction } from '../../core/action'
import { GroupOfferListInput } from '../../contracts/specials'
import { listGroupOffers } from '../../services/group/group-offer.service'

export const groupOffersList = defineAction({
  name: 'groupOffers.list',
  role: 'staff',
  permission: 'promotions.write',
  summary: "Group offers, newest first, with groups forming/formed/failed, paid orders and revenue",
  input: GroupOfferListInput,
  handler: (input, ctx) => listGroupOffers(input, ctx.now()),
})
