import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { PaymentMismatchResolveInput } from '../../contracts/admin-orders'
import { resolveMismatch } from '../../services/payment/payment.service'

export const paymentsResolveMismatch = defineAction({
  name: 'payments.resolveMismatch',
  role: 'staff',
  permission: 'payments.resolve',
  summary: 'Refunds or dismisses a mismatched payment',
  input: PaymentMismatchResolveInput,
  handler: (input, ctx) => resolveMismatch(input.id, input.resolution, input.note, actorOf(ctx.caller), ctx.now()),
})
