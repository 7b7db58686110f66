/**
 * Staff roles end to end through the built bundles: the owner invites, shoppers redeem one-time codes,
 * each role meets the permission table at dispatch, removal and demotion take effect on the next call,
 * and every staff write is audited with the actor's role.
 */
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditListOutput } from '../../../cloudfunctions/contracts/audit'
import type { StaffInviteOutput, StaffInvitesOutput, StaffListOutput, StaffMeOutput, StaffRedeemInviteOutput } from '../../../cloudfunctions/contracts/staff'
import type { ActionResult } from '../../../cloudfunctions/core/result'
import { expectOk, OWNER, startTestCloud, type TestCloud } from '../../kit/test-cloud'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ seed: true })
})
afterAll(() => t?.close())

const draft = (title: string) => ({
  title,
  description: '角色测试',
  categoryId: 'c-clusters',
  tags: ['测试'],
  media: { images: ['/files/uploads/test.png'] },
  attrs: { material: '紫水晶', origin: '巴西', sizeMm: 60 },
  skus: [{ name: '标准', price: 9_900, stock: 1 }],
})

const invite = async (role: 'operator' | 'service') => expectOk(await t.call<StaffInviteOutput>('admin', 'staff.invite', { role }, OWNER))
const redeem = (openid: string, code: string) => t.call<StaffRedeemInviteOutput>('shop', 'staff.redeemInvite', { code }, openid)
async function join(openid: string, role: 'operator' | 'service') {
  return expectOk(await redeem(openid, (await invite(role)).code))
}
const missing = (permission: string) => ({ ok: false, error: { code: 'FORBIDDEN', key: 'error.auth.missingPermission', params: { permission } } })
const errorKey = (r: ActionResult<unknown>) => (r.ok ? 'ok' : r.error.key)

describe('invites', () => {
  it('a shopper redeems a code and becomes staff with the invited role and its permissions', async () => {
    const created = await invite('service')
    expect(created.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/)
    expect(created.expiresAt - Date.now()).toBeGreaterThan(47 * 3600_000)
    const before = await t.call('admin', 'staff.me', {}, 'roles-svc-1')
    expect(before).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'error.auth.forbidden' } })
    // typed loosely: lower case, spaces instead of dashes
    const joined = expectOk(await redeem('roles-svc-1', created.code.toLowerCase().replace(/-/g, ' ')))
    expect(joined.role).toBe('service')
    const me = expectOk(await t.call<StaffMeOutput>('admin', 'staff.me', {}, 'roles-svc-1'))
    expect(me).toEqual({ openid: 'roles-svc-1', role: 'service', permissions: joined.permissions })
    expect(me.permissions).toContain('aftersales.decide')
    expect(me.permissions).not.toContain('catalog.write')
  })

  it('keeps only a hash of the code, never the code itself', async () => {
    const created = await invite('operator')
    const dump = JSON.stringify(t.cloud.store.collection('staff_invites').find({}))
    expect(dump).not.toContain(created.code)
    expect(dump).not.toContain(created.code.replace(/-/g, ''))
    const record = t.cloud.store.collection('staff_invites').get(created.inviteId)!
    expect(record._id).toMatch(/^[0-9a-f]{64}$/)
    expect(record._id).toBe(createHash('sha256').update(`jf-invite:${created.code.replace(/-/g, '')}`).digest('hex'))
  })

  it('is single use: of 10 shoppers redeeming the same code at once exactly one becomes staff', async () => {
    const { code, inviteId } = await invite('operator')
    const racers = Array.from({ length: 10 }, (_, i) => `roles-racer-${i}`)
    const results = await Promise.all(racers.map((openid) => redeem(openid, code)))
    const winners = racers.filter((_, i) => results[i].ok)
    expect(winners).toHaveLength(1)
    for (const r of results.filter((x) => !x.ok)) expect(errorKey(r)).toBe('error.staff.inviteUsed')
    const staffRows = t.cloud.store.collection('staff').find({ _id: { $in: racers } })
    expect(staffRows.map((s) => s._id)).toEqual(winners)
    expect(t.cloud.store.collection('staff_invites').get(inviteId)).toMatchObject({ state: 'redeemed', redeemedBy: winners[0] })
    // and a second try later is refused too
    expect(errorKey(await redeem('roles-latecomer', code))).toBe('error.staff.inviteUsed')
  })

  it('expires: an aged code is refused and the shopper stays a shopper', async () => {
    const { code, inviteId } = await invite('operator')
    t.cloud.store.collection('staff_invites').update({ _id: inviteId }, { $set: { expiresAt: Date.now() - 1 } })
    expect(errorKey(await redeem('roles-too-late', code))).toBe('error.staff.inviteExpired')
    expect(t.cloud.store.collection('staff').get('roles-too-late')).toBeNull()
    expect(await t.call('admin', 'adminOrders.list', {}, 'roles-too-late')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const listed = expectOk(await t.call<StaffInvitesOutput>('admin', 'staff.invites', {}, OWNER))
    expect(listed.find((i) => i.inviteId === inviteId)?.status).toBe('expired')
  })

  it('a revoked code cannot be redeemed; unknown codes are NOT_FOUND', async () => {
    const { code, inviteId } = await invite('service')
    expectOk(await t.call('admin', 'staff.revokeInvite', { inviteId }, OWNER))
    expect(errorKey(await redeem('roles-revoked', code))).toBe('error.staff.inviteRevoked')
    expect(errorKey(await t.call('admin', 'staff.revokeInvite', { inviteId }, OWNER))).toBe('error.changed.invite')
    expect(await redeem('roles-guesser', 'AAAA-BBBB-CCCC-DDDD')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('the owner and existing staff cannot use up a code', async () => {
    const { code, inviteId } = await invite('service')
    expect(errorKey(await redeem(OWNER, code))).toBe('error.staff.alreadyStaff')
    expect(errorKey(await redeem('roles-svc-1', code))).toBe('error.staff.alreadyStaff')
    expect(t.cloud.store.collection('staff_invites').get(inviteId)).toMatchObject({ state: 'open' })
  })
})

describe('what each role may do', () => {
  beforeAll(async () => {
    await join('roles-service', 'service')
    await join('roles-operator', 'operator')
  })

  it('service cannot edit products or categories, nor manage staff', async () => {
    const products = t.cloud.store.collection('products').count({})
    expect(await t.call('admin', 'products.save', { draft: draft('客服不能建') }, 'roles-service')).toMatchObject(missing('catalog.write'))
    expect(await t.call('admin', 'products.setStatus', { id: 'p-aquamarine-bracelet-01', status: 'off' }, 'roles-service')).toMatchObject(missing('catalog.write'))
    expect(await t.call('admin', 'categories.remove', { id: 'c-clusters' }, 'roles-service')).toMatchObject(missing('catalog.write'))
    expect(t.cloud.store.collection('products').count({})).toBe(products)
    expect(await t.call('admin', 'staff.invite', { role: 'operator' }, 'roles-service')).toMatchObject(missing('staff.manage'))
    expect(await t.call('admin', 'staff.setRole', { openid: 'roles-operator', role: 'service' }, 'roles-service')).toMatchObject(missing('staff.manage'))
    expect(await t.call('admin', 'staff.remove', { openid: 'roles-operator' }, 'roles-service')).toMatchObject(missing('staff.manage'))
    expect(await t.call('admin', 'staff.list', {}, 'roles-service')).toMatchObject(missing('staff.read'))
    // but reads what after-sales needs
    expectOk(await t.call('admin', 'adminOrders.list', {}, 'roles-service'))
    expectOk(await t.call('admin', 'afterSales.list', {}, 'roles-service'))
    expectOk(await t.call('admin', 'products.list', {}, 'roles-service'))
  })

  it('operator edits the catalogue and settings but cannot manage staff, resolve a payment mismatch or decide a refund', async () => {
    expectOk(await t.call('admin', 'products.save', { draft: draft('运营新品') }, 'roles-operator'))
    expectOk(await t.call('admin', 'settings.setRates', { rates: { HKD: 1.1, USD: 0.14 } }, 'roles-operator'))
    expect(await t.call('admin', 'payments.resolveMismatch', { id: 'pay-x', resolution: 'refund', note: '退' }, 'roles-operator')).toMatchObject(missing('payments.resolve'))
    expect(await t.call('admin', 'afterSales.approve', { id: 'as-x' }, 'roles-operator')).toMatchObject(missing('aftersales.decide'))
    for (const [action, input] of [
      ['staff.invite', { role: 'service' }],
      ['staff.invites', {}],
      ['staff.revokeInvite', { inviteId: 'x'.repeat(64) }],
      ['staff.setRole', { openid: 'roles-service', role: 'operator' }],
      ['staff.remove', { openid: 'roles-service' }],
    ] as const) {
      expect(await t.call('admin', action, input, 'roles-operator'), action).toMatchObject(missing('staff.manage'))
    }
    expect(t.cloud.store.collection('staff').get('roles-service')).toMatchObject({ role: 'service' })
  })

  it('audits staff writes with the actor and role, never a bare openid', async () => {
    const trail = expectOk(await t.call<AuditListOutput>('admin', 'audit.list', { pageSize: 100 }, OWNER))
    const rates = trail.items.find((e) => e.action === 'settings.setRates')
    expect(rates?.actor).toEqual({ kind: 'staff', openid: 'roles-operator', role: 'operator' })
    const created = trail.items.find((e) => e.action === 'products.create')
    expect(created?.actor).toEqual({ kind: 'staff', openid: 'roles-operator', role: 'operator' })
    const invited = trail.items.find((e) => e.action === 'staff.invite')
    expect(invited?.actor).toEqual({ kind: 'staff', openid: OWNER, role: 'owner' })
    const joined = trail.items.find((e) => e.action === 'staff.redeemInvite' && e.targetId === 'roles-operator')
    expect(joined?.actor).toEqual({ kind: 'staff', openid: 'roles-operator', role: 'operator' })
    for (const e of trail.items) expect(e).not.toHaveProperty('actorOpenid')
  })
})

describe('changing and removing roles', () => {
  it('a demoted operator loses catalogue writes on the next call, a promoted one gains them', async () => {
    await join('roles-shifting', 'operator')
    expectOk(await t.call('admin', 'staff.setRole', { openid: 'roles-shifting', role: 'service' }, OWNER))
    expect(await t.call('admin', 'products.save', { draft: draft('降级后') }, 'roles-shifting')).toMatchObject(missing('catalog.write'))
    expect(expectOk(await t.call<StaffMeOutput>('admin', 'staff.me', {}, 'roles-shifting')).role).toBe('service')
    expectOk(await t.call('admin', 'staff.setRole', { openid: 'roles-shifting', role: 'operator' }, OWNER))
    expectOk(await t.call('admin', 'products.save', { draft: draft('升级后') }, 'roles-shifting'))
    const trail = expectOk(await t.call<AuditListOutput>('admin', 'audit.list', { targetId: 'roles-shifting' }, OWNER))
    expect(trail.items.filter((e) => e.action === 'staff.setRole').map((e) => e.summary)).toEqual(['role: service → operator', 'role: operator → service'])
  })

  it('removed staff are FORBIDDEN at their very next call', async () => {
    await join('roles-leaver', 'operator')
    expectOk(await t.call('admin', 'adminOrders.list', {}, 'roles-leaver'))
    expectOk(await t.call('admin', 'staff.remove', { openid: 'roles-leaver' }, OWNER))
    for (const action of ['staff.me', 'adminOrders.list', 'products.list']) {
      expect(await t.call('admin', action, {}, 'roles-leaver'), action).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'error.auth.forbidden' } })
    }
    const staff = expectOk(await t.call<StaffListOutput>('admin', 'staff.list', {}, OWNER))
    expect(staff.map((s) => s.openid)).not.toContain('roles-leaver')
    expect(errorKey(await t.call('admin', 'staff.remove', { openid: 'roles-leaver' }, OWNER))).toBe('error.notFound.staff')
  })

  it('the configured owner can be neither removed nor demoted, and is listed first', async () => {
    expect(await t.call('admin', 'staff.remove', { openid: OWNER }, OWNER)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'error.staff.ownerFixed' } })
    expect(await t.call('admin', 'staff.setRole', { openid: OWNER, role: 'operator' }, OWNER)).toMatchObject({ ok: false, error: { key: 'error.staff.ownerFixed' } })
    const staff = expectOk(await t.call<StaffListOutput>('admin', 'staff.list', {}, OWNER))
    expect(staff[0]).toMatchObject({ openid: OWNER, role: 'owner', fixed: true })
    expect(expectOk(await t.call<StaffMeOutput>('admin', 'staff.me', {}, OWNER)).role).toBe('owner')
  })

  it('a legacy `staff` record counts as operator', async () => {
    t.cloud.store.collection('staff').set('roles-legacy', { role: 'staff', name: '', createdAt: 1 })
    expect(expectOk(await t.call<StaffMeOutput>('admin', 'staff.me', {}, 'roles-legacy')).role).toBe('operator')
  })
})
