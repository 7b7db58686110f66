/**
 * Claiming and granting coupons, and the shopper's coupon centre. A claimed coupon copies its template's
 * terms (what the merchant promised at claim time holds even if the template changes later). Limits:
 * per shopper by deterministic record ids (slot n of `perUserLimit` — a second claim of the same slot
 * fails on the unique _id), in total by a conditional counter on the template.
 */
import type { Actor } from '../../contracts/common'
import type { ClaimableCoupon, CouponCentreOutput, MyCoupon } from '../../contracts/promotion'
import { AppError, notFound } from '../../core/errors'
import { memberPricingOf } from '../../domain/membership/member-pricing'
import type { CouponTemplateDef, CouponView } from '../../domain/promotions/model'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { pricingConfig } from '../promotion/promotion-config'
import { recordKey } from '../record-key'
import { coupons, DAY_MS, type CouponDoc } from './coupon-record'

const promotions = () => db().collection<CouponTemplateDef & { claimed?: number }>(COLLECTION.promotions)

/**
 * Every shopper who holds a coupon has a `members` record (checkout finds the coupons through it,
 * services/promotion/checkout-pricing.ts). Creates a bare one if there is none; never changes one.
 */
export async function ensureMemberRecord(openid: string, now: number): Promise<void> {
  const members = db().collection(COLLECTION.members)
  await members.add({ data: { _id: openid, openid, createdAt: now, updatedAt: now } }).catch(async (err) => {
    if (!(await members.doc(openid).get()).data) throw err
  })
}

export function couponFromTemplate(t: CouponTemplateDef, id: string, openid: string, actor: Actor, now: number, extra: Partial<CouponDoc> = {}): CouponDoc {
  const [startAt, expiresAt] = t.validity.kind === 'fixed' ? [t.validity.startAt, t.validity.endAt] : [now, now + t.validity.days * DAY_MS]
  return {
    _id: id,
    openid,
    templateId: t._id,
    name: t.name,
    status: 'available',
    benefit: t.benefit,
    thresholdFen: t.thresholdFen,
    scope: t.scope,
    freeShipping: !!t.freeShipping,
    startAt,
    expiresAt,
    orderId: null,
    lockedUntil: null,
    usedAt: null,
    grantId: null,
    reason: null,
    claimedAt: now,
    createdAt: now,
    updatedAt: now,
    log: [{ from: null, to: 'available', event: 'claim', at: now, actor }],
    ...extra,
  }
}

/** The state a shopper sees: an available coupon past its expiry is expired (stored lazily). */
export function couponStateNow(c: Pick<CouponView, 'status' | 'expiresAt'>, now: number): MyCoupon['state'] {
  return c.status === 'available' && c.expiresAt <= now ? 'expired' : c.status
}

function toMine(c: CouponDoc, now: number): MyCoupon {
  return {
    couponId: c._id,
    templateId: c.templateId,
    name: c.name,
    benefit: c.benefit,
    thresholdFen: c.thresholdFen,
    scope: c.scope,
    freeShipping: !!c.freeShipping,
    startAt: c.startAt,
    expiresAt: c.expiresAt,
    state: couponStateNow(c, now),
    reason: c.reason ?? null,
    orderId: c.orderId ?? null,
  }
}

export async function loadTemplate(templateId: string): Promise<CouponTemplateDef & { claimed?: number }> {
  const t = (await promotions().doc(templateId).get()).data
  if (!t || t.kind !== 'couponTemplate') throw notFound('couponTemplate', templateId)
  return t
}

export async function claimCoupon(openid: string, templateId: string, now: number): Promise<MyCoupon> {
  const t = await loadTemplate(templateId)
  if (t.status !== 'active' || !t.claimable || now < t.startAt || now >= t.endAt) throw new AppError('CONFLICT', 'error.coupon.notClaimable')
  if (t.segments?.length) {
    const member = (await db().collection(COLLECTION.members).doc(openid).get()).data
    const segment = memberPricingOf(member as never).segment
    if (!t.segments.includes(segment)) throw new AppError('FORBIDDEN', 'error.coupon.notForYou')
  }
  const held = (await coupons().where({ templateId, openid }).count()).total
  if (held >= t.perUserLimit) throw new AppError('CONFLICT', 'error.coupon.limitReached', { limit: t.perUserLimit })
  const _ = db().command
  const where = t.totalQuantity > 0 ? { _id: templateId, claimed: _.lt(t.totalQuantity) } : { _id: templateId }
  // Templates saved before the counter existed start from 0.
  if (t.claimed === undefined) await promotions().where({ _id: templateId, claimed: _.exists(false) }).update({ data: { claimed: 0 } })
  if ((await promotions().where(where).update({ data: { claimed: _.inc(1) } })).stats.updated !== 1) throw new AppError('CONFLICT', 'error.coupon.soldOut')
  await ensureMemberRecord(openid, now)
  for (let slot = held + 1; slot <= t.perUserLimit; slot++) {
    const doc = couponFromTemplate(t, recordKey('cp', templateId, openid, String(slot)), openid, { kind: 'buyer', openid }, now)
    try {
      await coupons().add({ data: doc as unknown as Record<string, unknown> })
      return toMine(doc, now)
    } catch (err) {
      if (!(await coupons().doc(doc._id).get()).data) {
        await promotions().where({ _id: templateId }).update({ data: { claimed: _.inc(-1) } })
        throw err
      }
      // a concurrent claim took this slot: try the next
    }
  }
  await promotions().where({ _id: templateId }).update({ data: { claimed: _.inc(-1) } })
  throw new AppError('CONFLICT', 'error.coupon.limitReached', { limit: t.perUserLimit })
}

const SHOWN_STATES: MyCoupon['state'][] = ['available', 'locked', 'used', 'expired']

/** Coupon centre: templates claimable now (with how many more this shopper may take) and the shopper's coupons. */
export async function couponCentre(openid: string, now: number): Promise<CouponCentreOutput> {
  const config = await pricingConfig(now)
  const { data } = await coupons().where({ openid }).orderBy('createdAt', 'desc').limit(100).get()
  const mine = data.map((c) => toMine(c, now)).sort((a, b) => SHOWN_STATES.indexOf(a.state) - SHOWN_STATES.indexOf(b.state) || a.expiresAt - b.expiresAt)
  const heldBy = new Map<string, number>()
  for (const c of data) heldBy.set(c.templateId, (heldBy.get(c.templateId) ?? 0) + (c.grantId ? 0 : 1))
  const claimable: ClaimableCoupon[] = config.templates
    .filter((t) => t.status === 'active' && t.claimable && now >= t.startAt && now < t.endAt)
    .map((t) => {
      const claimed = (t as { claimed?: number }).claimed ?? 0
      return {
        templateId: t._id,
        name: t.name,
        benefit: t.benefit,
        thresholdFen: t.thresholdFen,
        scope: t.scope,
        freeShipping: !!t.freeShipping,
        validity: t.validity,
        left: Math.max(0, t.perUserLimit - (heldBy.get(t._id) ?? 0)),
        inStock: t.totalQuantity === 0 || claimed < t.totalQuantity,
      }
    })
  return { claimable, mine }
}
