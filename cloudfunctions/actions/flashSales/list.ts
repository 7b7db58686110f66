import { defineAction } from '../../core/action'
import { FlashSaleListInput } from '../../contracts/specials'
import { listFlashSales } from '../../services/flash/flash-admin.service'

export const flashSalesList = defineAction({
  name: 'flashSales.list',
  role: 'staff',
  permission: 'promotions.write',
  summary: "Flash sales, newest first, with units left, sold, paid orders and revenue",
  input: FlashSaleListInput,
  handler: (input, ctx) => listFlashSales(input, ctx.now()),
})
