import { defineAction } from '../../core/action'
import { PayNotification } from '../../contracts/pay'
import { recordPayNotification, settlePayment } from '../../services/payment/payment.service'

export const payNotify = defineAction({
  name: 'pay.notify',
  role: 'system',
  summary: 'WeChat Pay success notification: recorded, amount checked against the order, order settled exactly once',
  input: PayNotification,
  handler: async (input, ctx) => {
    const { duplicate } = await recordPayNotification(input, ctx.now())
    const outcome = await settlePayment(input, ctx.now())
    return { duplicate, outcome }
  },
})
