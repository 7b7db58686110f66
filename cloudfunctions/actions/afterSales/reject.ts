import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { AfterSalesRejectInput } from '../../contracts/admin-orders'
import { rejectAfterSale } from '../../services/aftersale.service'

export const afterSalesReject = defineAction({
  name: 'afterSales.reject',
  role: 'staff',
  permission: 'aftersales.decide',
  summary: 'Rejects an after-sale with a note; the order returns to its previous state',
  input: AfterSalesRejectInput,
  handler: (input, ctx) => rejectAfterSale(input.id, input.note, actorOf(ctx.caller), ctx.now()),
})
