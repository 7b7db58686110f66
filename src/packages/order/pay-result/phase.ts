import type { OrderState } from '@cloud/contracts/order'

/**
 * What the pay-result page says about an order: still waiting for WeChat's notification, paid (any
 * state past payment counts — the merchant may already have shipped), or closed without payment.
 */
export type PayPhase = 'waiting' | 'paid' | 'closed'

export function payPhase(state: OrderState): PayPhase {
  if (state === 'pending_payment') return 'waiting'
  if (state === 'cancelled') return 'closed'
  return 'paid'
}

/** Poll every 1.5 s for up to 30 s; after that the page offers a manual refresh instead of spinning forever. */
export const POLL_INTERVAL_MS = 1500
export const POLL_LIMIT_MS = 30_000
