/** A refund asked of WeChat Pay: requested → success | failed (WeChat's notification decides). */
import { defineMachine } from './machine'

export const REFUND_STATES = ['requested', 'success', 'failed'] as const
export type RefundState = (typeof REFUND_STATES)[number]

export const refundMachine = defineMachine({
  name: 'refund',
  states: REFUND_STATES,
  initial: ['requested'],
  terminal: ['success', 'failed'],
  events: {
    settle: { from: ['requested'], to: 'success' },
    fail: { from: ['requested'], to: 'failed' },
  },
})
export type RefundEvent = keyof typeof refundMachine.events

/**
 * What a refund is for; settlement tells that owner through this, so the refund code never imports
 * the after-sale or order code.
 */
export type RefundPurpose =
  | { kind: 'afterSale'; orderId: string; afterSaleId: string }
  | { kind: 'latePayment'; orderId: string; paymentId: string }
  | { kind: 'mismatch'; paymentId: string }
  | { kind: 'groupFailed'; orderId: string; groupId: string }
