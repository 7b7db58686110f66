import { describe, expect, it } from 'vitest'
import { TEMPLATE_KEYS } from '../../../cloudfunctions/config/keys'
import { buildTemplateData, FIELD_RULES, fitThing, isNoticePage, keyType, NOTICE_KINDS, NOTICE_LAYOUTS } from '../../../cloudfunctions/domain/notice/template-fields'
import { ledgerAfter } from '../../../cloudfunctions/services/notice/notice'
import { subscribeDataProblem } from '../../../local-cloud/fakes/openapi/subscribe-message-rules'

describe('subscribe-message template data', () => {
  it('has a layout for every notice kind config knows, and every key has a known type', () => {
    expect([...NOTICE_KINDS].sort()).toEqual(Object.keys(TEMPLATE_KEYS).sort())
    for (const layout of Object.values(NOTICE_LAYOUTS)) for (const key of Object.values(layout)) expect(keyType(key), key).not.toBeNull()
  })

  it.each([
    ['thing', '一二三四五六七八九十一二三四五六七八九十', true],
    ['thing', '一二三四五六七八九十一二三四五六七八九十一', false],
    ['character_string', 'JF20261202ABCDEF', true],
    ['character_string', '单号123', false],
    ['character_string', 'A'.repeat(33), false],
    ['time', '2026-12-02 10:30', true],
    ['time', '2026年12月2日 10:30', true],
    ['time', 'tomorrow', false],
    ['amount', '¥12.50', true],
    ['amount', '12.505', false],
    ['phrase', '已签收', true],
    ['phrase', '已经签收了吗', false],
    ['date', '2026-12-02', true],
  ] as const)('%s %s → %s', (type, value, ok) => {
    expect(FIELD_RULES[type](value)).toBe(ok)
  })

  it('builds data by role, and refuses an unknown role, a missing one or a value breaking its rule', () => {
    const ok = buildTemplateData('orderShipped', { orderNo: 'JF1', carrier: '顺丰速运', waybillNo: 'SF1', time: '2026-12-02 10:30' })
    expect(ok).toEqual({ ok: true, data: { character_string1: { value: 'JF1' }, thing2: { value: '顺丰速运' }, character_string3: { value: 'SF1' }, time4: { value: '2026-12-02 10:30' } } })
    // What the shop builds passes the local WeChat fake's own checker too.
    if (ok.ok) expect(subscribeDataProblem(ok.data)).toBeNull()
    expect(buildTemplateData('orderShipped', { orderNo: 'JF1', carrier: 'x', waybillNo: 'SF1', time: '2026-12-02 10:30', extra: 'x' })).toMatchObject({ ok: false })
    expect(buildTemplateData('orderShipped', { orderNo: 'JF1', carrier: 'x', waybillNo: 'SF1' })).toMatchObject({ ok: false, problem: 'missing field time' })
    expect(buildTemplateData('orderShipped', { orderNo: 'JF1', carrier: '很长'.repeat(11), waybillNo: 'SF1', time: '2026-12-02 10:30' })).toMatchObject({ ok: false })
  })

  it('fits text into a thing by code point, with an ellipsis', () => {
    expect([...fitThing('😀'.repeat(25))]).toHaveLength(20)
    expect(FIELD_RULES.thing(fitThing('紫水晶原石摆件天然能量石'.repeat(3)))).toBe(true)
    expect(fitThing('  ')).toBe('-')
  })

  it('accepts only mini-program page paths', () => {
    expect(isNoticePage('packages/order/logistics/index?id=abc')).toBe(true)
    expect(isNoticePage('/packages/order/logistics/index')).toBe(false)
    expect(isNoticePage('https://evil.example/index')).toBe(false)
  })
})

describe('consent ledger', () => {
  it("'accept' adds one, 'ban' clears and blocks, 'reject' and 'filter' change nothing", () => {
    const once = ledgerAfter(undefined, 'accept', 1)!
    expect(once).toEqual({ remaining: 1, banned: false, updatedAt: 1 })
    expect(ledgerAfter(once, 'accept', 2)).toEqual({ remaining: 2, banned: false, updatedAt: 2 })
    expect(ledgerAfter(once, 'reject', 2)).toBeNull()
    expect(ledgerAfter(once, 'filter', 2)).toBeNull()
    const banned = ledgerAfter(once, 'ban', 3)!
    expect(banned).toEqual({ remaining: 0, banned: true, updatedAt: 3 })
    expect(ledgerAfter(banned, 'accept', 4)).toEqual({ remaining: 1, banned: false, updatedAt: 4 })
  })
})

describe('notice pages exist', () => {
  it('the parcel notices open a page the app has', async () => {
    const { allPages } = await import('../../../src/routes')
    expect(allPages()).toContain('packages/order/logistics/index')
    expect(isNoticePage('packages/order/logistics/index?id=o1')).toBe(true)
  })
})
