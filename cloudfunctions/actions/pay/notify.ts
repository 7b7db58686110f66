import { defineAction } from '../../core/action'
import { PayNotification } from '../../contracts/pay'
import { recordPayNotification } from '../../services/payment.service'

export const payNotify = defineAction({
  name: 'pay.notify',
  role: 'system',
  summary: 'WeChat Pay success notification: recorded once per transaction (orders settle on it later)',
  input: PayNotification,
  handler: (input, ctx) => recordPayNotification(input, ctx.now()),
})
