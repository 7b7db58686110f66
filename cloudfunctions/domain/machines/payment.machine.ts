/**
 * A WeChat Pay trade (one per prepay): prepaid → paid | closed | mismatch; paid → refunded when the
 * money of a cancelled or doubly paid order went back. A mismatch waits for the owner's review.
 */
import { defineMachine } from './machine'

export const PAYMENT_STATES = ['prepaid', 'paid', 'closed', 'mismatch', 'refunded'] as const
export type PaymentState = (typeof PAYMENT_STATES)[number]

export const paymentMachine = defineMachine({
  name: 'payment',
  states: PAYMENT_STATES,
  initial: ['prepaid', 'mismatch'],
  terminal: ['closed', 'refunded'],
  events: {
    settle: { from: ['prepaid'], to: 'paid' },
    close: { from: ['prepaid'], to: 'closed' },
    flagMismatch: { from: ['prepaid'], to: 'mismatch' },
    refundSettled: { from: ['paid'], to: 'refunded' },
  },
})
export type PaymentEvent = keyof typeof paymentMachine.events

export const MISMATCH_REVIEW_STATES = ['open', 'refunded', 'dismissed'] as const
export type MismatchReviewState = (typeof MISMATCH_REVIEW_STATES)[number]

/** The owner's decision on money that could not settle its order. */
export const mismatchReviewMachine = defineMachine({
  name: 'mismatch',
  states: MISMATCH_REVIEW_STATES,
  initial: ['open'],
  terminal: ['refunded', 'dismissed'],
  events: {
    refund: { from: ['open'], to: 'refunded' },
    dismiss: { from: ['open'], to: 'dismissed' },
  },
})
export type MismatchReviewEvent = keyof typeof mismatchReviewMachine.events
