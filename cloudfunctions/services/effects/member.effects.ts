/** Outbox handlers of the membership effects (hooks.ts). Each tolerates a repeat: see the services. */
import type { OutboxEntry } from '../outbox/outbox-store'
import { syncOrderMembership } from '../member/order-membership'
import { releaseHeldPoints } from '../member/points-hold'
import { findOrder } from '../order/order-record'
import { birthdayCouponEffect, birthdayNoticeEffect, newArrivalEffect, segmentCouponEffect } from '../member/engagement.service'

export async function syncOrderEffect(entry: OutboxEntry, now: number): Promise<'done' | 'skipped'> {
  return syncOrderMembership(String(entry.payload.orderId), now)
}

export async function releasePointsEffect(entry: OutboxEntry, now: number): Promise<'done' | 'skipped'> {
  const order = await findOrder(String(entry.payload.orderId))
  if (!order) return 'skipped'
  await releaseHeldPoints(order.openid, order._id, now)
  return 'done'
}

export const MEMBER_EFFECT_HANDLERS = {
  'member.syncOrder': syncOrderEffect,
  'member.releasePoints': releasePointsEffect,
  'member.birthdayCoupon': birthdayCouponEffect,
  'member.birthdayNotice': birthdayNoticeEffect,
  'member.newArrivalNotice': newArrivalEffect,
  'member.segmentCoupon': segmentCouponEffect,
} as const
