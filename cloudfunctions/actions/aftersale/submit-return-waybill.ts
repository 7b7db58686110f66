import { defineAction } from '../../core/action'
import { AfterSaleReturnWaybillInput } from '../../contracts/aftersale'
import { buyerOf } from '../../services/order/buyer'
import { submitReturnWaybill } from '../../services/aftersale.service'

export const afterSaleSubmitReturnWaybill = defineAction({
  name: 'aftersale.submitReturnWaybill',
  role: 'shopper',
  summary: 'The shopper enters the waybill of the parcel sent back',
  input: AfterSaleReturnWaybillInput,
  owns: 'orders',
  handler: (input, ctx) => submitReturnWaybill(buyerOf(ctx), input.id, input.carrierCode, input.waybillNo, ctx.now()),
})
