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

export const EFFECTS = {
  /** Tell WeChat the order shipped, so the buyer's money is released to the merchant. */
  'wechat.uploadShippingInfo': { inline: true },
  /** A settled refund is applied to what it was for (after-sale lines, a late payment). */
  'refund.applyToPurpose': { inline: true },
  /** The coupon an order locked becomes used when the order is paid. */
  'coupon.useForOrder': { inline: true },
  /** The coupon an unpaid order locked is given back when the order is cancelled or times out. */
  'coupon.releaseForOrder': { inline: true },
} as const satisfies Record<string, { inline: boolean }>

export type EffectName = keyof typeof EFFECTS

export interface Hooks {
  order: Partial<Record<OrderEvent, readonly EffectName[]>>
  afterSale: Partial<Record<AfterSaleEvent, readonly EffectName[]>>
  payment: Partial<Record<PaymentEvent, readonly EffectName[]>>
  refund: Partial<Record<RefundEvent, readonly EffectName[]>>
}

export const HOOKS: Hooks = {
  order: {
    ship: ['wechat.uploadShippingInfo'],
    pay: ['coupon.useForOrder'],
    cancel: ['coupon.releaseForOrder'],
    timeout: ['coupon.releaseForOrder'],
  },
  afterSale: {},
  payment: {},
  refund: {
    settle: ['refund.applyToPurpose'],
  },
}

export type MachineName = keyof Hooks

export function effectsOf<M extends MachineName>(machine: M, event: string): readonly EffectName[] {
  return (HOOKS[machine] as Record<string, readonly EffectName[] | undefined>)[event] ?? []
}
