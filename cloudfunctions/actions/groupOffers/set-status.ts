import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { GroupOfferStatusInput } from '../../contracts/specials'
import { setGroupOfferStatus } from '../../services/group/group-offer.service'

export const groupOffersSetStatus = defineAction({
  name: 'groupOffers.setStatus',
  role: 'staff',
  permission: 'promotions.write',
  summary: "Pause or resume a group offer (audited)",
  input: GroupOfferStatusInput,
  handler: (input, ctx) => setGroupOfferStatus(input.id, input.status, { by: actorOf(ctx.caller), now: ctx.now() }),
})
