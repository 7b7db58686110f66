import { defineAction } from '../../core/action'
import { SpecialsForProductInput } from '../../contracts/specials'
import { specialsForProduct } from '../../services/group/group-offer.service'

export const specialsForProductAction = defineAction({
  name: 'specials.forProduct',
  role: 'anyone',
  summary: "A product's live 秒杀 flash sale (price, window, units left) and 拼团 offer (open groups)",
  input: SpecialsForProductInput,
  handler: ({ productId }, ctx) => specialsForProduct(productId, ctx.now()),
})
