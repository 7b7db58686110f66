/**
 * Engagement: birthday gifts, new-arrival notices, segment coupons. Each gift or message is an outbox
 * effect whose id is a hash of what makes it unique (member and year, product and nothing else, campaign
 * and member), inserted on its own — so a cron that runs twice, or dies between two steps, finds the
 * entries already there and the outbox carries each out exactly once. Coupons go through grantCoupon
 * (idempotent per grantId), messages through sendNotice (idempotent per noticeId, spends one consent).
 */
import type { Member } from '../../contracts/member'
import type { Product } from '../../contracts/catalog'
import type { EngagementEvent } from '../../domain/machines'
import { levelForSpend, sortedLevels } from '../../domain/membership/levels'
import type { Segment } from '../../domain/membership/member-pricing'
import { birthdaysOn, shanghaiYear } from '../../domain/membership/profile'
import { amountOf, fitThing } from '../../domain/notice/template-fields'
import { formatShanghai, shanghaiDay } from '../../domain/time'
import { checkpoint } from '../../platform/checkpoint'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { grantCoupon, type CouponGrant } from '../coupon/grant-coupon'
import { sendNotice } from '../notice/notice'
import { outbox, type OutboxEntry } from '../outbox/outbox-store'
import { pendingEffectsFor, type PendingEffect } from '../outbox/pending-effect'
import { recordKey } from '../record-key'
import { members } from './member-ledger'
import { membershipSettings } from './membership-settings'

const BATCH = 100

/** Outbox entries for an engagement event that has no entity document to park them on. */
export async function enqueueEngagement(event: EngagementEvent, entityId: string, payload: Record<string, unknown>, now: number): Promise<PendingEffect[]> {
  const effects = pendingEffectsFor('engagement', entityId, event, 0, now, payload)
  for (const e of effects) {
    const { id, ...rest } = e
    const entry: OutboxEntry = { _id: id, ...rest, state: 'pending', attempts: 0, nextAttemptAt: now, leaseUntil: 0, lastError: null, createdAt: now, updatedAt: now, doneAt: null }
    await outbox()
      .add({ data: entry as unknown as Record<string, unknown> })
      .catch(async (err) => {
        if (!(await outbox().doc(id).get()).data) throw err // a duplicate id means: already queued
      })
  }
  return effects
}

export const birthdayEntity = (openid: string, year: number) => recordKey('bd', openid, String(year))

/** Cron, once per Beijing day: members whose birthday is today get their gift queued (once per year). */
export async function queueBirthdays(now: number): Promise<number> {
  const _ = db().command
  const year = shanghaiYear(now)
  const settings = await membershipSettings(now)
  let queued = 0
  let after = ''
  for (;;) {
    const { data } = await members()
      .where({ birthdayMd: _.in(birthdaysOn(now)), _id: _.gt(after) })
      .orderBy('_id', 'asc')
      .limit(BATCH)
      .get()
    for (const m of data) {
      const level = sortedLevels(settings.levels).find((l) => l.key === m.level) ?? levelForSpend(m.spentFen ?? 0, settings.levels)
      await enqueueEngagement('birthday', birthdayEntity(m._id, year), { openid: m._id, year, levelKey: level.key, couponFen: level.birthdayCouponFen }, now)
      checkpoint('member.birthdayQueued')
      queued++
    }
    if (data.length < BATCH) return queued
    after = data[data.length - 1]._id
  }
}

export const birthdayGrantId = (openid: string, year: number) => recordKey('gbd', openid, String(year))

export async function birthdayCouponEffect(entry: OutboxEntry, now: number): Promise<'done' | 'skipped'> {
  const { openid, year, couponFen } = entry.payload as { openid: string; year: number; couponFen: number }
  if (!(couponFen > 0)) return 'skipped'
  const grant: CouponGrant = {
    grantId: birthdayGrantId(openid, year),
    openid,
    template: { amountOffFen: couponFen, thresholdFen: 0, validDays: BIRTHDAY_NOTICE_VALID_DAYS },
    reason: { key: 'reason.coupon.birthday', params: { year } },
  }
  await grantCoupon(grant, now)
  checkpoint('member.birthdayCouponGranted')
  return 'done'
}

/** The birthday coupon's validity as the greeting states it (the coupon is granted with the same days). */
const BIRTHDAY_NOTICE_VALID_DAYS = 30

/** The greeting follows the gift: it waits until the coupon effect of the same birthday is done. */
export async function birthdayNoticeEffect(entry: OutboxEntry, now: number): Promise<'done' | 'skipped'> {
  const { openid, year, couponFen } = entry.payload as { openid: string; year: number; couponFen: number }
  const couponEntryId = pendingEffectsFor('engagement', entry.entityId, 'birthday', 0, now).find((e) => e.effect === 'member.birthdayCoupon')!.id
  const coupon = (await outbox().doc(couponEntryId).get()).data
  if (coupon && coupon.state !== 'done' && coupon.state !== 'skipped') throw new Error('birthday coupon not granted yet')
  const outcome = await sendNotice(
    { noticeId: recordKey('nbd', openid, String(year)), openid, kind: 'birthday', data: { title: fitThing('晶坊生日礼'), benefit: fitThing(`生日券 ${amountOf(couponFen)}`), expires: formatShanghai(now + BIRTHDAY_NOTICE_VALID_DAYS * 86_400_000, 'YYYY-MM-DD') }, page: 'packages/member/ledger/index' },
    now,
  )
  return outcome === 'sent' || outcome === 'duplicate' ? 'done' : 'skipped'
}

// ---- new arrivals ----

/** A product went on sale: one announcement per product, ever (listing it again later sends nothing). */
export async function queueNewArrival(productId: string, now: number): Promise<void> {
  await enqueueEngagement('newArrival', recordKey('na', productId), { productId }, now)
}

/** New-arrival messages per member per Beijing day. */
export const NEW_ARRIVAL_PER_DAY = 1

/**
 * Claims today's new-arrival slot of a member for `productId`: true when this product may message them
 * (the slot was free, or already this product's — a retried handler).
 */
async function claimNewArrivalSlot(openid: string, productId: string, day: string, now: number): Promise<boolean> {
  const m = (await members().doc(openid).get()).data as (Member & { newArrivalSlot?: { day: string; productIds: string[] } }) | null
  if (!m) return false
  const slot = m.newArrivalSlot
  if (slot?.day === day && slot.productIds.includes(productId)) return true
  if (slot?.day === day && slot.productIds.length >= NEW_ARRIVAL_PER_DAY) return false
  const next = { day, productIds: slot?.day === day ? [...slot.productIds, productId] : [productId] }
  const where = slot ? { _id: openid, 'newArrivalSlot.day': slot.day, 'newArrivalSlot.productIds': slot.productIds } : { _id: openid, newArrivalSlot: db().command.exists(false) }
  const { stats } = await members().where(where).update({ data: { newArrivalSlot: next } })
  void now
  return stats.updated === 1
}

export async function newArrivalEffect(entry: OutboxEntry, now: number): Promise<'done' | 'skipped'> {
  const productId = String(entry.payload.productId)
  const product = (await db().collection<Product>(COLLECTION.products).doc(productId).get()).data
  if (!product || product.status !== 'on') return 'skipped'
  const _ = db().command
  const targets = [
    ...(product.attrs?.material ? [{ kind: 'material', value: product.attrs.material }] : []),
    ...(product.tags ?? []).map((value) => ({ kind: 'tag', value })),
  ]
  if (!targets.length) return 'skipped'
  const { data } = await db()
    .collection<{ openid: string }>(COLLECTION.follows)
    .where(_.or(targets.map((x) => ({ kind: x.kind, value: x.value }))))
    .limit(1000)
    .get()
  const day = shanghaiDay(now)
  for (const openid of [...new Set(data.map((f) => f.openid))]) {
    if (!(await claimNewArrivalSlot(openid, productId, day, now))) continue
    await sendNotice(
      { noticeId: recordKey('nna', productId, openid), openid, kind: 'newArrival', data: { goods: fitThing(product.title), reason: fitThing('你关注的宝石上新了'), price: amountOf(product.priceFrom) }, page: `packages/goods/detail/index?id=${productId}` },
      now,
    )
  }
  return 'done'
}

// ---- segment campaigns ----

/**
 * Queues a coupon for every member of `segment` (as of the last nightly run), one outbox entry per
 * (campaign, member): a repeated or resumed call queues nothing twice.
 */
export async function sendSegmentCoupon(campaignId: string, segment: Segment, coupon: CouponGrant['template'], now: number): Promise<{ queued: number; members: number }> {
  const _ = db().command
  let after = ''
  let total = 0
  let queued = 0
  for (;;) {
    const { data } = await members().where({ segment, _id: _.gt(after) }).orderBy('_id', 'asc').limit(BATCH).get()
    for (const m of data) {
      const entity = recordKey('sc', campaignId, m._id)
      const [effect] = pendingEffectsFor('engagement', entity, 'segmentCoupon', 0, now)
      const existed = !!(await outbox().doc(effect.id).get()).data
      if (!existed) {
        await enqueueEngagement('segmentCoupon', entity, { campaignId, openid: m._id, coupon }, now)
        queued++
      }
      total++
    }
    if (data.length < BATCH) return { queued, members: total }
    after = data[data.length - 1]._id
  }
}

export async function segmentCouponEffect(entry: OutboxEntry, now: number): Promise<'done' | 'skipped'> {
  const { campaignId, openid, coupon } = entry.payload as { campaignId: string; openid: string; coupon: CouponGrant['template'] }
  await grantCoupon({ grantId: recordKey('gsc', campaignId, openid), openid, template: coupon, reason: { key: 'reason.coupon.segment' } }, now)
  return 'done'
}
