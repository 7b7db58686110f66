import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { AfterSalesConfirmReturnInput } from '../../contracts/admin-orders'
import { confirmReturn } from '../../services/aftersale.service'

export const afterSalesConfirmReturn = defineAction({
  name: 'afterSales.confirmReturn',
  role: 'staff',
  permission: 'aftersales.receive',
  summary: 'Returned parcel received: restock, then refund or ship the replacement',
  input: AfterSalesConfirmReturnInput,
  handler: (input, ctx) => confirmReturn(input.id, input.replacement, actorOf(ctx.caller), ctx.now()),
})
