import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { FlashSaleSaveInput } from '../../contracts/specials'
import { saveFlashSale } from '../../services/flash/flash-admin.service'

export const flashSalesSave = defineAction({
  name: 'flashSales.save',
  role: 'staff',
  permission: 'promotions.write',
  summary: "Create a 秒杀 flash sale (reserving its units from the SKU's stock) or edit name, price, limit, window (audited)",
  input: FlashSaleSaveInput,
  handler: (input, ctx) => saveFlashSale(input, { by: actorOf(ctx.caller), now: ctx.now() }),
})
