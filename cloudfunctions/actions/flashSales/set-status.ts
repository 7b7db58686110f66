import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { FlashSaleStatusInput } from '../../contracts/specials'
import { setFlashSaleStatus } from '../../services/flash/flash-admin.service'

export const flashSalesSetStatus = defineAction({
  name: 'flashSales.setStatus',
  role: 'staff',
  permission: 'promotions.write',
  summary: "Pause or resume a flash sale (audited)",
  input: FlashSaleStatusInput,
  handler: (input, ctx) => setFlashSaleStatus(input.id, input.status, { by: actorOf(ctx.caller), now: ctx.now() }),
})
