import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MeProfileOutput } from '../../../cloudfunctions/contracts/member'
import type { StaffListOutput } from '../../../cloudfunctions/contracts/staff'
import { expectOk, OWNER, startTestCloud, type TestCloud } from '../../kit/test-cloud'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ seed: true })
})
afterAll(() => t?.close())

describe('me.profile and staff.list', () => {
  it('creates the member on first call and returns the same one after', async () => {
    const first = expectOk(await t.call<MeProfileOutput>('shop', 'me.profile', {}, 'alice-1'))
    expect(first).toMatchObject({ openid: 'alice-1', points: 0, level: 'quartz', isStaff: false })
    const again = expectOk(await t.call<MeProfileOutput>('shop', 'me.profile', {}, 'alice-1'))
    expect(again.createdAt).toBe(first.createdAt)
    expect(t.cloud.store.collection('members').count({ _id: 'alice-1' })).toBe(1)
  })

  it('asks anonymous callers to sign in', async () => {
    expect(await t.call('shop', 'me.profile', {}, null)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('ignores an openid smuggled in the input', async () => {
    const res = await t.call('shop', 'me.profile', { openid: 'victim' }, 'mallory')
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('shows staff to the owner and refuses shoppers', async () => {
    const staff = expectOk(await t.call<StaffListOutput>('admin', 'staff.list', {}, OWNER))
    expect(staff[0]).toMatchObject({ openid: OWNER, role: 'owner' })
    expect(await t.call('admin', 'staff.list', {}, 'alice-1')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const owner = expectOk(await t.call<MeProfileOutput>('shop', 'me.profile', {}, OWNER))
    expect(owner).toMatchObject({ isStaff: true, staffRole: 'owner' })
  })

  it('refuses a client pretending to be the pay platform or a timer', async () => {
    const forged = await t.cloud.invoke('payNotify', { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: 'x1', totalFee: 1 }, { openid: 'mallory', source: 'wx_client' })
    expect(forged).toMatchObject({ errcode: 0, errmsg: 'ignored: FORBIDDEN' })
    expect(t.cloud.store.collection('pay_notifications').count({})).toBe(0)
    const tick = await t.cloud.invoke('cron', { Type: 'Timer', TriggerName: 'everyMinute', Time: new Date().toISOString() }, { openid: 'mallory', source: 'wx_client' })
    expect(tick).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('records a genuine pay notification once however often WeChat repeats it', async () => {
    const event = { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: 'T1', transactionId: 'W1', totalFee: 100 }
    for (let i = 0; i < 3; i++) {
      expect(await t.cloud.invoke('payNotify', event, { source: 'wx_paycallback' })).toEqual({ errcode: 0, errmsg: 'OK' })
    }
    expect(t.cloud.store.collection('pay_notifications').count({})).toBe(1)
  })
})

describe('me.profile under concurrency', () => {
  it('50 shoppers calling at once each get their own member, and nobody else’s', async () => {
    const openids = Array.from({ length: 50 }, (_, i) => `crowd-${i}`)
    const results = await Promise.all(openids.map((id) => t.call<MeProfileOutput>('shop', 'me.profile', {}, id)))
    expect(results.map((r) => expectOk(r).openid)).toEqual(openids)
    for (const id of openids) expect(t.cloud.store.collection('members').count({ _id: id })).toBe(1)
  })

  it('the same shopper calling 20 times at once still gets exactly one member record', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => t.call<MeProfileOutput>('shop', 'me.profile', {}, 'eager-bob')))
    const created = new Set(results.map((r) => expectOk(r).createdAt))
    expect(created.size).toBe(1)
    expect(t.cloud.store.collection('members').count({ _id: 'eager-bob' })).toBe(1)
  })
})
