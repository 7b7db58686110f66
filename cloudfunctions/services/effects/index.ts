/** Every effect a transition hook may ask for, and the code that carries it out. */
import type { EffectName } from '../../domain/machines'
import { registerEffectHandlers, type EffectHandler } from '../outbox/outbox-runner'
import { uploadShippingInfoOf } from '../shipment.service'
import { applyRefundToPurpose } from './refund-purpose.effect'
import { releaseCouponOfOrder, useCouponOfOrder } from '../coupon/coupon-effects'

export const EFFECT_HANDLERS: Record<EffectName, EffectHandler> = {
  'wechat.uploadShippingInfo': (entry, now) => uploadShippingInfoOf(String(entry.payload.orderId), now),
  'refund.applyToPurpose': applyRefundToPurpose,
  'coupon.useForOrder': useCouponOfOrder,
  'coupon.releaseForOrder': releaseCouponOfOrder,
}

export function registerEffects(): void {
  registerEffectHandlers(EFFECT_HANDLERS)
}
