/**
 * The one definition of "a coupon the shopper can still use" for counts outside checkout (me page,
 * assistant): unused (`available`) and not past its expiry — coupons expire lazily (couponStateNow), so
 * an `available` record past `expiresAt` is expired. Answered by the index (openid, status, expiresAt).
 */
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'

export function usableCouponsWhere(openid: string, now: number): Record<string, unknown> {
  return { openid, status: 'available', expiresAt: db().command.gt(now) }
}

/** How many usable coupons `openid` holds: one count request. */
export async function usableCouponCount(openid: string, now: number): Promise<number> {
  return (await db().collection(COLLECTION.coupons).where(usableCouponsWhere(openid, now)).count()).total
}
