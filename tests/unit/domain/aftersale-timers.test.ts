import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AfterSale } from '../../../cloudfunctions/contracts/aftersale'
import { loadConfig } from '../../../cloudfunctions/config/load-config'
import { afterSaleTimer, timerDue, timerEvent, type AfterSaleTimerSettings } from '../../../cloudfunctions/domain/aftersale-timers'
import { afterSaleMachine } from '../../../cloudfunctions/domain/machines'

const H = 3_600_000
const D = 24 * H
const T0 = Date.UTC(2026, 10, 30, 16, 0) // 00:00 on 1 Dec in Beijing
const DEFAULTS: AfterSaleTimerSettings = { autoApproveHours: 48, remindHours: 24, returnShipDays: 7, returnConfirmDays: 10 }
const buyer = { kind: 'buyer', openid: 'b' } as const

function request(kind: AfterSale['kind'], state: AfterSale['state'], steps: { state: AfterSale['state']; at: number }[] = []) {
  const log = [{ state: 'pending' as const, event: 'request', at: T0, actor: buyer }, ...steps.map((s) => ({ ...s, event: 'x', actor: buyer }))]
  const waybill = steps.find((s) => s.state === 'returning')
  return { kind, state, createdAt: T0, log, returnWaybill: waybill ? { carrierCode: 'sf', waybillNo: 'SF1', at: waybill.at } : null }
}

describe('after-sale timers (defaults as WeChat’s own shop)', () => {
  it('the shop config defaults are 48 h / 24 h / 7 d / 10 d', () => {
    const c = loadConfig({}, 'local-cloud')
    expect(c.afterSaleTimers).toEqual(DEFAULTS)
  })

  it('a pending request is approved at 48 h, the merchant reminded at 24 h', () => {
    const timer = afterSaleTimer(request('refund_only', 'pending'), DEFAULTS)
    expect(timer).toEqual({ kind: 'autoApprove', waitingFor: 'merchant', startedAt: T0, deadline: T0 + 48 * H, remindAt: T0 + 24 * H })
    expect(timerDue(request('refund_only', 'pending'), DEFAULTS, T0 + 24 * H - 1)).toMatchObject({ fire: null, remind: false })
    expect(timerDue(request('refund_only', 'pending'), DEFAULTS, T0 + 24 * H)).toMatchObject({ fire: null, remind: true })
    expect(timerDue(request('refund_only', 'pending'), DEFAULTS, T0 + 48 * H)).toMatchObject({ fire: 'autoApproveRefund', remind: false })
    expect(timerDue(request('return_refund', 'pending'), DEFAULTS, T0 + 48 * H).fire).toBe('autoApproveReturn')
  })

  it('the buyer has 7 days from the approval to send the parcel, else the request closes', () => {
    const approved = request('return_refund', 'awaiting_return', [{ state: 'awaiting_return', at: T0 + 5 * H }])
    expect(afterSaleTimer(approved, DEFAULTS)).toMatchObject({ kind: 'returnShip', waitingFor: 'buyer', deadline: T0 + 5 * H + 7 * D, remindAt: null })
    expect(timerDue(approved, DEFAULTS, T0 + 5 * H + 7 * D - 1).fire).toBeNull()
    expect(timerDue(approved, DEFAULTS, T0 + 5 * H + 7 * D).fire).toBe('returnExpired')
  })

  it('a returned parcel is confirmed 10 days after the waybill (reminded a day before); an exchange is only reminded', () => {
    const steps = [{ state: 'awaiting_return' as const, at: T0 + H }, { state: 'returning' as const, at: T0 + 2 * D }]
    const ret = request('return_refund', 'returning', steps)
    expect(afterSaleTimer(ret, DEFAULTS)).toMatchObject({ kind: 'autoConfirm', deadline: T0 + 12 * D, remindAt: T0 + 11 * D })
    expect(timerDue(ret, DEFAULTS, T0 + 11 * D)).toMatchObject({ fire: null, remind: true })
    expect(timerDue(ret, DEFAULTS, T0 + 12 * D).fire).toBe('autoConfirmReturn')
    const ex = request('exchange', 'returning', steps)
    expect(timerDue(ex, DEFAULTS, T0 + 30 * D)).toMatchObject({ fire: null, remind: true, timer: { kind: 'confirmDue' } })
  })

  it('nothing is timed while refunding or once finished', () => {
    for (const state of ['refunding', 'refunded', 'exchanged', 'rejected', 'closed'] as const) expect(afterSaleTimer(request('refund_only', state), DEFAULTS)).toBeNull()
  })

  it('for any settings: the deadline follows the setting, the reminder comes first, and the fired event is legal from the state', () => {
    const settings = fc.record({ autoApproveHours: fc.integer({ min: 24, max: 168 }), remindHours: fc.integer({ min: 1, max: 23 }), returnShipDays: fc.integer({ min: 3, max: 30 }), returnConfirmDays: fc.integer({ min: 3, max: 30 }) })
    const states = fc.constantFrom('pending', 'awaiting_return', 'returning') as fc.Arbitrary<'pending' | 'awaiting_return' | 'returning'>
    fc.assert(
      fc.property(settings, states, fc.constantFrom('refund_only', 'return_refund', 'exchange') as fc.Arbitrary<AfterSale['kind']>, fc.integer({ min: 0, max: 30 * D }), (s, state, kind, offset) => {
        const steps = state === 'pending' ? [] : state === 'awaiting_return' ? [{ state, at: T0 + offset }] : [{ state: 'awaiting_return' as const, at: T0 }, { state, at: T0 + offset }]
        const as = request(kind, state, steps)
        const timer = afterSaleTimer(as, s)!
        const expected = state === 'pending' ? T0 + s.autoApproveHours * H : state === 'awaiting_return' ? T0 + offset + s.returnShipDays * D : T0 + offset + s.returnConfirmDays * D
        expect(timer.deadline).toBe(expected)
        if (timer.remindAt !== null) expect(timer.remindAt).toBeLessThan(timer.deadline)
        const event = timerEvent(as, timer)
        if (event) expect(afterSaleMachine.can(state, event).ok).toBe(true)
      }),
    )
  })
})
