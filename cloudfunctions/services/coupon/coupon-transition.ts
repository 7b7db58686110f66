/**
 * The one writer of a coupon's `status` (domain/machines/coupon.machine.ts): conditional updates on the
 * state read, each appending a log entry with the actor. Order-driven moves (use at pay, release on
 * cancel / timeout) select the coupon by the order that locked it, so a repeat finds nothing to do.
 */
import type { Actor } from '../../contracts/common'
import { AppError } from '../../core/errors'
import { couponMachine, type CouponEvent, type CouponState } from '../../domain/machines'
import { db } from '../../platform/cloud'
import { coupons, type CouponLogEntry } from './coupon-record'

function entry(from: CouponState, event: CouponEvent, actor: Actor, now: number, orderId?: string): CouponLogEntry {
  const verdict = couponMachine.can(from, event)
  if (!verdict.ok) throw new AppError('CONFLICT', verdict.key, verdict.params)
  return { from, to: verdict.to, event, at: now, actor, ...(orderId ? { orderId } : {}) }
}

/**
 * Locks the shopper's coupon for an unpaid order until its pay deadline. Also takes over a lock a crash
 * left behind (its deadline passed with no order to release it). CONFLICT when the coupon is not usable.
 */
export async function lockCoupon(openid: string, couponId: string, orderId: string, lockedUntil: number, actor: Actor, now: number): Promise<void> {
  const _ = db().command
  const e = entry('available', 'lock', actor, now, orderId)
  const data = { status: 'locked', orderId, lockedUntil, updatedAt: now, log: _.push([e]) }
  for (const where of [
    { _id: couponId, openid, status: 'available', startAt: _.lte(now), expiresAt: _.gt(now) },
    { _id: couponId, openid, status: 'locked', lockedUntil: _.lte(now), expiresAt: _.gt(now) },
  ]) {
    if ((await coupons().where(where).update({ data })).stats.updated === 1) return
  }
  throw new AppError('CONFLICT', 'error.coupon.unavailable', {}, { couponId })
}

/** locked → used / available for the coupon `orderId` holds; 0 or 1 coupons move. */
export async function transitionCouponOfOrder(orderId: string, event: 'use' | 'release', actor: Actor, now: number): Promise<number> {
  const _ = db().command
  const e = entry('locked', event, actor, now, orderId)
  const set = event === 'use' ? { usedAt: now } : { orderId: null, lockedUntil: null }
  const r = await coupons()
    .where({ orderId, status: 'locked' })
    .update({ data: { ...set, status: e.to, updatedAt: now, log: _.push([e]) } })
  return r.stats.updated
}
