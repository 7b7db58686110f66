import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { AdjustStockInput } from '../../contracts/stock'
import { adjustStock } from '../../services/stock-ledger.service'

export const productsAdjustStock = defineAction({
  name: 'products.adjustStock',
  role: 'staff',
  permission: 'catalog.write',
  summary: "Move one SKU's stock by +n / −n (never below 0) or set it to N while it is still the value seen; one ledger entry with actor and reason, idempotent per requestId",
  input: AdjustStockInput,
  handler: (input, ctx) => adjustStock(input, actorOf(ctx.caller), ctx.now()),
})
