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
import type { ShipmentEvent } from './shipment.machine'

export const EFFECTS = {
  /** Tell WeChat the order shipped, so the buyer's money is released to the merchant. */
  'wechat.uploadShippingInfo': { inline: true },
  /** A settled refund is applied to what it was for (after-sale lines, a late payment). */
  'refund.applyToPurpose': { inline: true },
  /** Register every parcel of a shipped order with the carrier's push (Kuaidi100 poll, simulated carrier). */
  'carrier.subscribe': { inline: true },
  /** A parcel was signed for: the order is delivered once every parcel of it is. */
  'shipment.signed': { inline: true },
  /** 疑难, 拒签, 退回 or no movement: the order is flagged for the merchant. */
  'shipment.exception': { inline: true },
  /** Subscribe messages to the buyer (services/notice): one per node, sent at most once each. */
  'notice.orderShipped': { inline: true },
  'notice.outForDelivery': { inline: true },
  'notice.parcelSigned': { inline: true },
} as const satisfies Record<string, { inline: boolean }>

export type EffectName = keyof typeof EFFECTS

export interface Hooks {
  order: Partial<Record<OrderEvent, readonly EffectName[]>>
  afterSale: Partial<Record<AfterSaleEvent, readonly EffectName[]>>
  payment: Partial<Record<PaymentEvent, readonly EffectName[]>>
  refund: Partial<Record<RefundEvent, readonly EffectName[]>>
  shipment: Partial<Record<ShipmentEvent, readonly EffectName[]>>
}

export const HOOKS: Hooks = {
  order: {
    ship: ['wechat.uploadShippingInfo', 'carrier.subscribe', 'notice.orderShipped'],
  },
  afterSale: {},
  payment: {},
  refund: {
    settle: ['refund.applyToPurpose'],
  },
  shipment: {
    dispatch: ['notice.outForDelivery'],
    sign: ['shipment.signed', 'notice.parcelSigned'],
    flag: ['shipment.exception'],
    return: ['shipment.exception'],
  },
}

export type MachineName = keyof Hooks

export function effectsOf<M extends MachineName>(machine: M, event: string): readonly EffectName[] {
  return (HOOKS[machine] as Record<string, readonly EffectName[] | undefined>)[event] ?? []
}
