/**
 * Engagement on the local cloud, with the coupon and notice test doubles (fixtures/) standing in for the
 * promotions and logistics modules: the birthday job gives one coupon per member per year even when the
 * cron runs twice and dies between the coupon and the message; members without consent get the coupon
 * and no message; a new arrival messages consenting followers once, at most one per member per day; a
 * segment coupon reaches each member of the segment once per campaign.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expectOk, OWNER } from '../orders/orders-kit'
import { removeMemberDirs, startMemberCloud, type MemberCloud } from './member-cloud'

let t: MemberCloud
beforeEach(async () => {
  t = await startMemberCloud()
})
afterEach(() => t.close())
afterAll(() => removeMemberDirs())

const HOUR = 3_600_000
const DAY = 24 * HOUR
const beijingMidnight = (ms: number) => Math.floor((ms + 8 * HOUR) / DAY) * DAY - 8 * HOUR
const beijingMonthDay = (ms: number) => {
  const d = new Date(ms + 8 * HOUR)
  return { month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

type Audit = { action: string; targetId: string; summary: string }
const auditOf = (action: string) => (t.cloud.store.collection('audit_log').find() as unknown as Audit[]).filter((a) => a.action === action)
const coupons = () => t.cloud.store.collection('coupons').find() as unknown as { _id: string; openid: string; template: { amountOffFen: number } }[]

describe('birthday', () => {
  it('one coupon per member and year across two runs and an abort between coupon and message; no consent, no message', async () => {
    const today = Date.now() + 2 * DAY // a day the tests pick: birthdays are set for it
    const tenAm = beijingMidnight(today) + 10 * HOUR
    const bd = beijingMonthDay(tenAm)
    for (const who of ['bd-consents', 'bd-silent']) expectOk(await t.call('shop', 'me.updateProfile', { birthday: bd }, who))
    expectOk(await t.call('shop', 'me.updateProfile', { birthday: { month: bd.month === 12 ? 1 : bd.month + 1, day: 1 } }, 'bd-other'))
    await t.probe('probe.consent', { kind: 'birthday' }, 'bd-consents')

    // Run 1 dies right after the first coupon was granted, before its outbox entry is marked done.
    t.cloud.faults.abortAfter('member.birthdayCouponGranted')
    const first = await t.call('memberProbe' as never, 'probe.cron', { at: tenAm }, 'probe')
    expect(first.ok).toBe(false)
    expect(t.cloud.faults.fired()).toEqual(['member.birthdayCouponGranted'])
    // Run 2 the same day (and a third, after the dead run's lease ran out).
    await t.probe('probe.cron', { at: tenAm + 60_000 })
    await t.probe('probe.cron', { at: tenAm + 5 * 60_000 })
    await t.probe('probe.cron', { at: tenAm + 10 * 60_000 })

    const byMember = new Map<string, number>()
    for (const c of coupons()) byMember.set(c.openid, (byMember.get(c.openid) ?? 0) + 1)
    expect(Object.fromEntries(byMember)).toEqual({ 'bd-consents': 1, 'bd-silent': 1 })
    expect(coupons().every((c) => c.template.amountOffFen === 1000)).toBe(true) // entry level's birthday value
    // The aborted grant was asked again with the same grantId: still one coupon.
    const calls = auditOf('probe.grantCoupon')
    expect(new Set(calls.map((c) => c.targetId)).size).toBe(2)
    const notices = auditOf('probe.notice')
    expect(notices.map((n) => n.summary)).toEqual(['birthday bd-consents'])
    // Outbox: exactly one coupon and one message entry per member, all finished.
    const entries = (t.cloud.store.collection('outbox').find() as unknown as { effect: string; state: string; payload: { openid: string } }[]).filter((e) => e.effect.startsWith('member.birthday'))
    expect(entries).toHaveLength(4)
    expect(entries.every((e) => e.state === 'done' || e.state === 'skipped')).toBe(true)

    // A set birthday changes once a year: the first change passes, the next one this year is refused.
    const again = await t.call('shop', 'me.updateProfile', { birthday: { month: bd.month, day: bd.day === 1 ? 2 : 1 } }, 'bd-consents')
    expect(again.ok).toBe(true) // first change after setting it
    const third = await t.call('shop', 'me.updateProfile', { birthday: bd }, 'bd-consents')
    expect(third.ok === false && third.error.code).toBe('CONFLICT')
  })
})

describe('new arrivals', () => {
  it('a listed product with a followed material messages consenting followers once, one per member per day', async () => {
    t.cloud.store.collection('categories').insert({ _id: 'c1', name: '手串', nameEn: 'Bracelets', icon: '', sort: 1 } as never)
    for (const who of ['fan-a', 'fan-b']) {
      expectOk(await t.call('shop', 'follows.set', { target: { kind: 'material', value: '海蓝宝' }, following: true, consent: 'accept' }, who))
    }
    // The page passes what requestSubscribeMessage answered; the notice ledger (here the test double) counts it.
    for (const who of ['fan-a', 'fan-a', 'fan-b']) await t.probe('probe.consent', { kind: 'newArrival' }, who)
    expectOk(await t.call('shop', 'follows.set', { target: { kind: 'tag', value: '手串' }, following: true, consent: 'accept' }, 'fan-a'))
    const draft = (title: string, material: string, tags: string[]) => ({
      title,
      description: '',
      categoryId: 'c1',
      tags,
      media: { images: ['/files/x.svg'] },
      attrs: { material, origin: '巴西' },
      skus: [{ name: '8mm', price: 12_800, stock: 3 }],
      unique: false,
    })
    const saved = await t.call<{ _id: string }>('admin', 'products.save', { draft: draft('海蓝宝手串', '海蓝宝', ['手串']) }, OWNER)
    expect(saved.ok, JSON.stringify(saved)).toBe(true)
    const now = Date.now()
    await t.probe('probe.cron', { at: now + 1_000, nightly: false })
    await t.probe('probe.cron', { at: now + 2_000, nightly: false })
    expect(auditOf('probe.notice').map((n) => n.summary).sort()).toEqual(['newArrival fan-a', 'newArrival fan-b'])
    // A second followed product the same day: nobody hears twice today.
    const second = await t.call<{ _id: string }>('admin', 'products.save', { draft: draft('海蓝宝吊坠', '海蓝宝', []) }, OWNER)
    expect(second.ok).toBe(true)
    await t.probe('probe.cron', { at: now + 3_000, nightly: false })
    expect(auditOf('probe.notice')).toHaveLength(2)
    // Unlisting and listing the first product again announces nothing new.
    const id = expectOk(saved)._id
    expectOk(await t.call('admin', 'products.setStatus', { id, status: 'off' }, OWNER))
    expectOk(await t.call('admin', 'products.setStatus', { id, status: 'on' }, OWNER))
    await t.probe('probe.cron', { at: now + 4_000 + DAY, nightly: false })
    expect(auditOf('probe.notice')).toHaveLength(2)
    // Follows are the caller's own.
    const list = expectOk(await t.call<{ items: { value: string }[] }>('shop', 'follows.list', {}, 'fan-b'))
    expect(list.items.map((f) => f.value)).toEqual(['海蓝宝'])
  })
})

describe('segment coupon', () => {
  it('queues one coupon per member of the segment; sending the same campaign again gives nothing twice', async () => {
    for (const who of ['seg-1', 'seg-2']) expectOk(await t.call('shop', 'me.profile', {}, who))
    const night = beijingMidnight(Date.now()) + DAY + 3 * HOUR
    await t.probe('probe.cron', { at: night })
    const sizes = expectOk(await t.call<{ sizes: Record<string, number> }>('admin', 'membership.segments', {}, OWNER))
    expect(sizes.sizes.new).toBe(2)
    const input = { campaignId: 'welcome-2026', segment: 'new', coupon: { amountOffFen: 500, thresholdFen: 5000, validDays: 14 } }
    expect(expectOk(await t.call<{ queued: number; members: number }>('admin', 'membership.sendSegmentCoupon', input, OWNER))).toMatchObject({ queued: 2, members: 2 })
    expect(expectOk(await t.call<{ queued: number }>('admin', 'membership.sendSegmentCoupon', input, OWNER)).queued).toBe(0)
    await t.probe('probe.cron', { at: night + 60_000, nightly: false })
    await t.probe('probe.cron', { at: night + 120_000, nightly: false })
    expect(coupons().map((c) => c.openid).sort()).toEqual(['seg-1', 'seg-2'])
    expect(auditOf('probe.grantCoupon')).toHaveLength(2)
  })
})
