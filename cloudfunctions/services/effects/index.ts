/** Every effect a transition hook may ask for, and the code that carries it out. */
import type { EffectName } from '../../domain/machines'
import { registerEffectHandlers, type EffectHandler } from '../outbox/outbox-runner'
import { uploadShippingInfoOf } from '../shipment.service'
import { applyRefundToPurpose } from './refund-purpose.effect'
import { MEMBER_EFFECT_HANDLERS } from './member.effects'
import { groupFormedEffect, groupRefundedNoticeEffect } from './group.effects'
import { refundGroupMembers } from '../group/group-expire'
import { deliverIfAllSigned, flagShipmentException, followParcelsOf } from '../shipment/tracking.service'
import { noticeOrderShipped, noticeOutForDelivery, noticeParcelSigned } from './notice.effect'
import { noticeTicketReply } from '../service/ticket.service'
import { releaseCouponOfOrder, useCouponOfOrder } from '../coupon/coupon-effects'
import { noticeStaffReminder } from '../reminder/reminder-notice.effect'

export const EFFECT_HANDLERS: Record<EffectName, EffectHandler> = {
  'wechat.uploadShippingInfo': (entry, now) => uploadShippingInfoOf(String(entry.payload.orderId), now),
  'refund.applyToPurpose': applyRefundToPurpose,
  ...MEMBER_EFFECT_HANDLERS,
  'group.formed': groupFormedEffect,
  'group.refundMembers': refundGroupMembers,
  'group.notifyRefunded': groupRefundedNoticeEffect,
  'carrier.subscribe': (entry, now) => followParcelsOf(String(entry.payload.orderId), now),
  'shipment.signed': deliverIfAllSigned,
  'shipment.exception': flagShipmentException,
  'notice.orderShipped': noticeOrderShipped,
  'notice.outForDelivery': noticeOutForDelivery,
  'notice.parcelSigned': noticeParcelSigned,
  'notice.ticketReply': noticeTicketReply,
  'coupon.useForOrder': useCouponOfOrder,
  'coupon.releaseForOrder': releaseCouponOfOrder,
  'notice.staffReminder': noticeStaffReminder,
}

export function registerEffects(): void {
  registerEffectHandlers(EFFECT_HANDLERS)
}
