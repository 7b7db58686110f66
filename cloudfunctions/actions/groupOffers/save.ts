import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { GroupOfferSaveInput } from '../../contracts/specials'
import { saveGroupOffer } from '../../services/group/group-offer.service'

export const groupOffersSave = defineAction({
  name: 'groupOffers.save',
  role: 'staff',
  permission: 'promotions.write',
  summary: "Create or edit a 拼团 offer: group price, size, hours to fill, window (audited)",
  input: GroupOfferSaveInput,
  handler: (input, ctx) => saveGroupOffer(input, { by: actorOf(ctx.caller), now: ctx.now() }),
})
