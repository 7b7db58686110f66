/**
 * Giving a shopper a coupon without them claiming it (birthday, a segment campaign, a targeted offer).
 * CONTRACT between the membership / engagement code (callers) and the promotions code (which owns coupon
 * templates and claimed coupons and fills this in). Idempotent per `grantId`: the same grant twice gives
 * one coupon, so a cron that runs twice or dies midway never doubles a gift.
 */
import type { Actor, Reason } from '../../contracts/common'
import { AppError } from '../../core/errors'
import type { CouponTemplateDef } from '../../domain/promotions/model'
import { recordKey } from '../record-key'
import { coupons } from './coupon-record'
import { couponFromTemplate, ensureMemberRecord, loadTemplate } from './coupon.service'

export interface CouponGrant {
  /** Stable per gift, e.g. hash of ['birthday', openid, year]. */
  grantId: string
  openid: string
  /** A template the merchant made, or, for a one-off amount (birthday by level), an amount-off coupon. */
  template: { templateId: string } | { amountOffFen: number; thresholdFen: number; validDays: number }
  reason: Reason
}

export interface GrantedCoupon {
  couponId: string
  /** False when this grant had been made before (nothing new was given). */
  created: boolean
}

/** Idempotent per grantId through the record id (hash of the grant id). */
export async function grantCoupon(grant: CouponGrant, now: number): Promise<GrantedCoupon> {
  const id = recordKey('cg', grant.grantId)
  const existing = (await coupons().doc(id).get()).data
  if (existing) return { couponId: id, created: false }
  const actor: Actor = { kind: 'system', job: 'coupon.grant' }
  let template: CouponTemplateDef
  if ('templateId' in grant.template) {
    template = await loadTemplate(grant.template.templateId)
  } else {
    const g = grant.template
    if (!Number.isSafeInteger(g.amountOffFen) || g.amountOffFen < 1 || !Number.isSafeInteger(g.validDays) || g.validDays < 1) {
      throw new AppError('INVALID_INPUT', 'error.coupon.badGrant')
    }
    template = {
      _id: 'grant',
      kind: 'couponTemplate',
      name: '',
      status: 'active',
      benefit: { kind: 'amountOff', amountOffFen: g.amountOffFen },
      thresholdFen: Math.max(0, g.thresholdFen | 0),
      scope: { kind: 'all' },
      validity: { kind: 'afterClaim', days: g.validDays },
      perUserLimit: 1,
      totalQuantity: 0,
      claimable: false,
      startAt: now,
      endAt: now,
    }
  }
  await ensureMemberRecord(grant.openid, now)
  const doc = couponFromTemplate(template, id, grant.openid, actor, now, { grantId: grant.grantId, reason: grant.reason })
  doc.log = [{ from: null, to: 'available', event: 'grant', at: now, actor }]
  try {
    await coupons().add({ data: doc as unknown as Record<string, unknown> })
    return { couponId: id, created: true }
  } catch (err) {
    if ((await coupons().doc(id).get()).data) return { couponId: id, created: false }
    throw err
  }
}

