/**
 * Transition hooks as data: the side effects each transition asks for. The transition writer records
 * them in the outbox in the same write as the state change, and the outbox carries each out exactly
 * once. A new feature (subscribe messages, points, coupon release) adds its effect here and a handler in
 * services/effects/; no transition code changes.
 *
 * `inline`: tried right after the transition in the same call (the caller sees the result at once);
 * the outbox still owns retries when that attempt fails or the function dies.
 *
 * `when`: the effect is parked only on an entity (as read before the transition) for which it holds — an
 * order without a coupon parks no coupon effect, so its pay / cancel / timeout costs no outbox round trips
 * for nothing. Absent: always parked.
 */
import type { AfterSaleEvent } from './after-sale.machine'
import type { GroupEvent } from './group.machine'
import type { OrderEvent } from './order.machine'
import type { PaymentEvent } from './payment.machine'
import type { RefundEvent } from './refund.machine'
import type { ShipmentEvent } from './shipment.machine'
import type { TicketEvent } from './ticket.machine'
import type { ReminderEvent } from './reminder.machine'

/** What a `when` condition looks at: the entity's stored fields. */
export type HookEntity = Readonly<Record<string, unknown>>

export interface EffectDecl {
  inline: boolean
  when?: (entity: HookEntity) => boolean
}

/** An order locks at most one coupon and records it (`couponId`) in the same create. */
function hasCoupon(order: HookEntity): boolean {
  return typeof order.couponId === 'string' && order.couponId !== ''
}

/**
 * Points are held only when an order spends some (`pointsUsed` recorded at create). Orders stored without
 * the field keep the release, which is a no-op when nothing was held.
 */
function spentPoints(order: HookEntity): boolean {
  return order.pointsUsed === undefined || (typeof order.pointsUsed === 'number' && order.pointsUsed > 0)
}

export const EFFECTS = {
  /** Tell WeChat the order shipped, so the buyer's money is released to the merchant. */
  'wechat.uploadShippingInfo': { inline: true },
  /** A settled refund is applied to what it was for (after-sale lines, a late payment). */
  'refund.applyToPurpose': { inline: true },
  /** Membership: book what an order now contributes (paid count, spend, level, points; refunds reverse). */
  'member.syncOrder': { inline: true },
  /** Membership: points held at checkout go back when the unpaid order is cancelled or times out. */
  'member.releasePoints': { inline: true, when: spentPoints },
  /** Engagement (cron): the birthday coupon by level, then the birthday message — each once per member and year. */
  'member.birthdayCoupon': { inline: false },
  'member.birthdayNotice': { inline: false },
  /** Engagement: one new-arrival message to a follower (rate-limited per member per day). */
  'member.newArrivalNotice': { inline: false },
  /** Merchant campaign: a coupon to one member of a segment, once per (campaign, member). */
  'member.segmentCoupon': { inline: false },
  /** 拼团 filled: mark every member's order formed (so it may ship) and tell each member. */
  'group.formed': { inline: true },
  /** 拼团 ran out of time: refund every paid member exactly once (fixed out_refund_no per order). */
  'group.refundMembers': { inline: false },
  /** A member's group-failure refund settled: tell them (subscribe message 'groupResult'). */
  'group.notifyRefunded': { inline: true },
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
  /** A staff reply on a ticket: a subscribe message tells the shopper (tried at once, retried by cron). */
  'notice.ticketReply': { inline: true },
  /** The coupon an order locked becomes used when the order is paid. */
  'coupon.useForOrder': { inline: true, when: hasCoupon },
  /** The coupon an unpaid order locked is given back when the order is cancelled or times out. */
  'coupon.releaseForOrder': { inline: true, when: hasCoupon },
  /** A staff reminder was raised: one subscribe message to each staff member whose role handles it. */
  'notice.staffReminder': { inline: true },
} as const satisfies Record<string, EffectDecl>

export type EffectName = keyof typeof EFFECTS

export interface Hooks {
  order: Partial<Record<OrderEvent, readonly EffectName[]>>
  afterSale: Partial<Record<AfterSaleEvent, readonly EffectName[]>>
  payment: Partial<Record<PaymentEvent, readonly EffectName[]>>
  refund: Partial<Record<RefundEvent, readonly EffectName[]>>
  /** Membership engagement has no entity machine: cron and campaigns start these "events" per member. */
  engagement: Partial<Record<EngagementEvent, readonly EffectName[]>>
  group: Partial<Record<GroupEvent, readonly EffectName[]>>
  shipment: Partial<Record<ShipmentEvent, readonly EffectName[]>>
  ticket: Partial<Record<TicketEvent, readonly EffectName[]>>
  reminder: Partial<Record<ReminderEvent, readonly EffectName[]>>
}

/** Membership engagement "events": started by cron or a merchant campaign per member, not by a state machine. */
export const ENGAGEMENT_EVENTS = ['birthday', 'newArrival', 'segmentCoupon'] as const
export type EngagementEvent = (typeof ENGAGEMENT_EVENTS)[number]

export const HOOKS: Hooks = {
  order: {
    ship: ['wechat.uploadShippingInfo', 'carrier.subscribe', 'notice.orderShipped'],
    pay: ['member.syncOrder', 'coupon.useForOrder'],
    confirmReceipt: ['member.syncOrder'],
    autoComplete: ['member.syncOrder'],
    cancel: ['member.releasePoints', 'coupon.releaseForOrder'],
    timeout: ['member.releasePoints', 'coupon.releaseForOrder'],
    groupRefund: ['group.notifyRefunded'],
  },
  afterSale: {
    refundSettled: ['member.syncOrder'],
  },
  payment: {},
  refund: {
    settle: ['refund.applyToPurpose'],
  },
  engagement: {
    birthday: ['member.birthdayCoupon', 'member.birthdayNotice'],
    newArrival: ['member.newArrivalNotice'],
    segmentCoupon: ['member.segmentCoupon'],
  },
  group: {
    fill: ['group.formed'],
    expire: ['group.refundMembers'],
  },
  shipment: {
    dispatch: ['notice.outForDelivery'],
    sign: ['shipment.signed', 'notice.parcelSigned'],
    flag: ['shipment.exception'],
    return: ['shipment.exception'],
  },
  ticket: {
    staffReply: ['notice.ticketReply'],
  },
  reminder: {
    raise: ['notice.staffReminder'],
  },
}

export type MachineName = keyof Hooks

/** The effects `event` parks on `entity`; without an entity, every declared one (conditions unchecked). */
export function effectsOf<M extends MachineName>(machine: M, event: string, entity?: HookEntity): readonly EffectName[] {
  const declared = (HOOKS[machine] as Record<string, readonly EffectName[] | undefined>)[event] ?? []
  if (!entity) return declared
  return declared.filter((effect) => (EFFECTS[effect] as EffectDecl).when?.(entity) ?? true)
}
