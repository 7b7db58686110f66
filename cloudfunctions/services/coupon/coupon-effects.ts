/** Outbox handlers of the coupon hooks (domain/machines/hooks.ts): use at pay, release on cancel / timeout. */
import { systemActor } from '../../core/actor'
import type { EffectHandler } from '../outbox/outbox-runner'
import { transitionCouponOfOrder } from './coupon-transition'

export const useCouponOfOrder: EffectHandler = async (entry, now) =>
  (await transitionCouponOfOrder(String(entry.payload.orderId), 'use', systemActor('order.pay'), now)) ? 'done' : 'skipped'

export const releaseCouponOfOrder: EffectHandler = async (entry, now) =>
  (await transitionCouponOfOrder(String(entry.payload.orderId), 'release', systemActor(`order.${entry.event}`), now)) ? 'done' : 'skipped'

export const COUPON_EFFECT_HANDLERS = {
  'coupon.useForOrder': useCouponOfOrder,
  'coupon.releaseForOrder': releaseCouponOfOrder,
} as const
