import { defineAction } from '../../core/action'
import { PaymentMismatchListInput } from '../../contracts/admin-orders'
import { listMismatches } from '../../services/payment/payment.service'

export const paymentsMismatches = defineAction({
  name: 'payments.mismatches',
  role: 'staff',
  permission: 'payments.read',
  summary: 'Payments that could not settle their order (wrong amount, unknown trade)',
  input: PaymentMismatchListInput,
  handler: (input) => listMismatches(input),
})
