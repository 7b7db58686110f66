import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { AfterSalesApproveInput } from '../../contracts/admin-orders'
import { approveAfterSale } from '../../services/aftersale.service'

export const afterSalesApprove = defineAction({
  name: 'afterSales.approve',
  role: 'staff',
  permission: 'aftersales.decide',
  summary: 'Approves an after-sale: refund at once, or wait for the returned parcel',
  input: AfterSalesApproveInput,
  handler: (input, ctx) => approveAfterSale(input.id, input.note, actorOf(ctx.caller), ctx.now()),
})
