import { defineAction } from '../../core/action'
import { RefundNotification } from '../../contracts/pay'
import { settleRefund } from '../../services/refund/refund.service'

export const payRefundNotify = defineAction({
  name: 'pay.refundNotify',
  role: 'system',
  summary: 'WeChat Pay refund notification: the refund settles once and what it was for is applied',
  input: RefundNotification,
  handler: async (input, ctx) => ({ outcome: await settleRefund(input, ctx.now()) }),
})
