/**
 * The nightly membership pass, run by the every-minute cron once per Beijing day (day markers, so a
 * second tick or a second cron run the same day does nothing new, and a pass that dies midway resumes):
 * - from 02:00: every member re-levelled (the merchant may have changed thresholds; never downgraded
 *   mid-year unless the setting says so), segmented and RFM-scored, in batches; points past their expiry
 *   taken off (FIFO, see domain/membership/points.ts);
 * - from 09:00: birthday gifts queued (engagement.service.ts).
 */
import type { Member, PointsEntry } from '../../contracts/member'
import { nextLevel, topLevelKey } from '../../domain/membership/levels'
import { expiryDue } from '../../domain/membership/points'
import { shanghaiYear } from '../../domain/membership/profile'
import { rfmOf, segmentOf, SEGMENTS } from '../../domain/membership/segments'
import type { Segment } from '../../domain/membership/member-pricing'
import { SHANGHAI_OFFSET_MS, shanghaiDay, startOfShanghaiDay } from '../../domain/time'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { queueBirthdays } from './engagement.service'
import { bookMemberChange, members, pointsLedger, restampMember } from './member-ledger'
import { membershipSettings } from './membership-settings'

const BATCH = 100
const BATCHES_PER_TICK = 5
const NIGHTLY_FROM_HOUR = 2
const BIRTHDAY_FROM_HOUR = 9

interface NightlyMarker {
  /** Beijing day whose re-level / segment / expiry pass finished. */
  doneDay?: string
  /** Beijing day whose birthdays were queued. */
  birthdayDay?: string
  /** Segment sizes as of `doneDay`. */
  sizes?: Record<Segment, number>
}

const marker = () => db().collection<NightlyMarker>(COLLECTION.settings).doc('membershipNightly')
let known: NightlyMarker | null = null

export interface NightlyReport {
  relevelled: number
  expired: number
  birthdaysQueued: number
}

const hourOf = (now: number) => Math.floor((now - startOfShanghaiDay(now)) / 3_600_000)

async function setMarker(fields: NightlyMarker): Promise<void> {
  const current = (await marker().get()).data
  const next = { ...(current ?? {}), ...fields }
  delete (next as { _id?: string })._id
  await marker().set({ data: next })
  known = next
}

export async function runNightlyMembership(now: number): Promise<NightlyReport> {
  const report: NightlyReport = { relevelled: 0, expired: 0, birthdaysQueued: 0 }
  const day = shanghaiDay(now)
  const hour = hourOf(now)
  if (hour < NIGHTLY_FROM_HOUR) return report
  if (known?.doneDay === day && (known.birthdayDay === day || hour < BIRTHDAY_FROM_HOUR)) return report
  known = (await marker().get()).data ?? {}
  if (known.doneDay !== day) {
    const finished = await relevelBatches(now, day, report)
    if (finished) await setMarker({ doneDay: day, sizes: await segmentSizes() })
  }
  if (hour >= BIRTHDAY_FROM_HOUR && known.birthdayDay !== day) {
    report.birthdaysQueued = await queueBirthdays(now)
    await setMarker({ birthdayDay: day })
  }
  return report
}

/** Returns true when every member has been seen today. */
async function relevelBatches(now: number, day: string, report: NightlyReport): Promise<boolean> {
  const _ = db().command
  const settings = await membershipSettings(now)
  const top = topLevelKey(settings.levels)
  const year = shanghaiYear(now)
  for (let b = 0; b < BATCHES_PER_TICK; b++) {
    const { data } = await members().where({ nightlyDay: _.neq(day) }).limit(BATCH).get()
    for (const m of data) {
      if ((m.nextPointsExpiryAt ?? Infinity) <= now) report.expired += await expirePoints(m, now)
      const fresh = (m.nextPointsExpiryAt ?? Infinity) <= now ? ((await members().doc(m._id).get()).data ?? m) : m
      const { level, levelYear } = nextLevel(fresh, fresh.spentFen ?? 0, settings, year)
      const facts = { ...fresh, level }
      const ok = await restampMember({ ...fresh, _id: m._id }, { level, levelYear, segment: segmentOf(facts, now, top), rfm: rfmOf(facts, now), nightlyDay: day }, now)
      if (ok && level !== fresh.level) report.relevelled++
    }
    if (data.length < BATCH) return true
  }
  return false
}

/** Books what expired of one member's points (at most once per day: the entry's source key is the day). */
async function expirePoints(m: Member, now: number): Promise<number> {
  const settings = await membershipSettings(now)
  const { data } = await pointsLedger().where({ openid: m._id }).orderBy('createdAt', 'asc').limit(1000).get()
  const { due, nextExpiryAt } = expiryDue(
    data.map((e: PointsEntry) => ({ points: e.points, at: e.createdAt, expiry: e.kind === 'expire' })),
    now,
    settings.points.expireDays,
  )
  await bookMemberChange(
    m._id,
    {
      points: due > 0 ? [{ sourceKey: `expire:${shanghaiDay(now)}`, kind: 'expire', points: -due, reason: { key: 'reason.points.expired' }, orderId: null }] : [],
      nextPointsExpiryAt: nextExpiryAt,
    },
    settings,
    now,
  )
  return due
}

export async function segmentSizes(): Promise<Record<Segment, number>> {
  const counts = await Promise.all(SEGMENTS.map((s) => members().where({ segment: s }).count()))
  return Object.fromEntries(SEGMENTS.map((s, i) => [s, counts[i].total])) as Record<Segment, number>
}

export async function lastNightly(): Promise<{ day: string | null; sizes: Record<Segment, number> | null }> {
  const m = (await marker().get()).data
  return { day: m?.doneDay ?? null, sizes: m?.sizes ?? null }
}

/** For tests and docs: the Beijing hour the nightly pass and the birthday job start. */
export const NIGHTLY_HOURS = { pass: NIGHTLY_FROM_HOUR, birthdays: BIRTHDAY_FROM_HOUR, offsetMs: SHANGHAI_OFFSET_MS }
