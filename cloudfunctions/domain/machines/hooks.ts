/**
 * Transition hooks as data: the side effects each transition asks for. The transition writer records
 * them in the outbox in the same write as the state change, and the outbox carries each out exactly
 * once. A new feature (subscribe messages, points, coupon release) adds its effect here and a handler in
 * services/effects/; no transition code changes.
 *
 * `inline`: tried right after the transition in the same call (the caller sees the result at once);
 * the outbox still owns retries when that attempt fails or the function dies.
 */
import type { AfterSaleEvent } from './after-sale.machine'
import type { OrderEvent } from './order.machine'
import type { PaymentEvent } from './payment.machine'
import type { RefundEvent } from './refund.machine'
import type { TicketEvent } from './ticket.machine'

export const EFFECTS = {
  /** Tell WeChat the order shipped, so the buyer's money is released to the merchant. */
  'wechat.uploadShippingInfo': { inline: true },
  /** A settled refund is applied to what it was for (after-sale lines, a late payment). */
  'refund.applyToPurpose': { inline: true },
  /** A staff reply on a ticket: a subscribe message tells the shopper (tried at once, retried by cron). */
  'notice.ticketReply': { inline: true },
} as const satisfies Record<string, { inline: boolean }>

export type EffectName = keyof typeof EFFECTS

export interface Hooks {
  order: Partial<Record<OrderEvent, readonly EffectName[]>>
  afterSale: Partial<Record<AfterSaleEvent, readonly EffectName[]>>
  payment: Partial<Record<PaymentEvent, readonly EffectName[]>>
  refund: Partial<Record<RefundEvent, readonly EffectName[]>>
  ticket: Partial<Record<TicketEvent, readonly EffectName[]>>
}

export const HOOKS: Hooks = {
  order: {
    ship: ['wechat.uploadShippingInfo'],
  },
  afterSale: {},
  payment: {},
  refund: {
    settle: ['refund.applyToPurpose'],
  },
  ticket: {
    staffReply: ['notice.ticketReply'],
  },
}

export type MachineName = keyof Hooks

export function effectsOf<M extends MachineName>(machine: M, event: string): readonly EffectName[] {
  return (HOOKS[machine] as Record<string, readonly EffectName[] | undefined>)[event] ?? []
}
