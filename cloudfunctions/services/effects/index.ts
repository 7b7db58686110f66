/** Every effect a transition hook may ask for, and the code that carries it out. */
import type { EffectName } from '../../domain/machines'
import { registerEffectHandlers, type EffectHandler } from '../outbox/outbox-runner'
import { uploadShippingInfoOf } from '../shipment.service'
import { applyRefundToPurpose } from './refund-purpose.effect'
import { noticeTicketReply } from '../service/ticket.service'

export const EFFECT_HANDLERS: Record<EffectName, EffectHandler> = {
  'wechat.uploadShippingInfo': (entry, now) => uploadShippingInfoOf(String(entry.payload.orderId), now),
  'refund.applyToPurpose': applyRefundToPurpose,
  'notice.ticketReply': noticeTicketReply,
}

export function registerEffects(): void {
  registerEffectHandlers(EFFECT_HANDLERS)
}
