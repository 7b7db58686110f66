/** Claimed coupons (collection `coupons`): one record per coupon a shopper holds, moved only by coupon-transition.ts. */
import type { Actor, Reason } from '../../contracts/common'
import type { CouponState } from '../../domain/machines'
import type { CouponView } from '../../domain/promotions/model'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'

export interface CouponLogEntry {
  from: CouponState | null
  to: CouponState
  event: string
  at: number
  actor: Actor
  orderId?: string
}

export interface CouponDoc extends CouponView {
  openid: string
  /** Granted (birthday, targeted) rather than claimed: why, as a key. */
  grantId?: string | null
  reason?: Reason | null
  /** While locked: the order's pay deadline; a lock left behind by a crash lapses then. */
  lockedUntil?: number | null
  usedAt?: number | null
  claimedAt: number
  createdAt: number
  updatedAt: number
  log: CouponLogEntry[]
}

export const coupons = () => db().collection<CouponDoc>(COLLECTION.coupons)

/** Coupon record ids hash their parts (record-key.ts): per-claim slot or per-grant. */
export const DAY_MS = 86_400_000
