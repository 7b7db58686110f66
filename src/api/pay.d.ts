/**
 * Declaration for the per-platform payment step: pay.weapp.ts opens WeChat's payment sheet with the
 * parameters cloudPay returned; pay.h5.ts asks the local cloud's pay fake to settle the prepay (the
 * browser has no WeChat Pay). Either way the order only becomes paid when payNotify hears about it, so
 * callers poll order.get afterwards instead of trusting this result.
 */
import type { WxPaymentParams } from '@cloud/contracts/order'

export interface PaymentTicket {
  outTradeNo: string
  payment: WxPaymentParams
}

export type PayOutcome = { status: 'paid' } | { status: 'cancelled' } | { status: 'failed'; message: string }

/** True where the app must show its own confirm sheet first (H5); WeChat shows its own on weapp. */
export const PAY_NEEDS_CONFIRM_SHEET: boolean

export function requestPayment(ticket: PaymentTicket): Promise<PayOutcome>
