import { describe, expect, it } from 'vitest'
import {
  afterSaleMachine,
  couponMachine,
  EFFECTS,
  effectsOf,
  ENGAGEMENT_EVENTS,
  HOOKS,
  mismatchReviewMachine,
  orderMachine,
  outboxMachine,
  paymentMachine,
  refundMachine,
  ticketMachine,
  shipmentMachine,
  type Machine,
  groupMachine,
  reminderMachine,
} from '../../../cloudfunctions/domain/machines'

const MACHINES: Machine<string, string>[] = [orderMachine, afterSaleMachine, paymentMachine, mismatchReviewMachine, refundMachine, outboxMachine, ticketMachine, couponMachine, groupMachine, shipmentMachine, reminderMachine] as never

describe.each(MACHINES.map((m) => [m.name, m] as const))('%s machine', (_name, machine) => {
  const events = Object.keys(machine.events)

  it('every event leads somewhere from somewhere, between declared states', () => {
    for (const e of events) {
      const rule = machine.events[e]
      expect(rule.from.length).toBeGreaterThan(0)
      for (const s of [...rule.from, ...(typeof rule.to === 'string' ? [rule.to] : rule.to)]) expect(machine.states).toContain(s)
    }
  })

  it('refuses every event from every state it does not list, with a message key naming the machine', () => {
    for (const state of machine.states) {
      for (const e of events) {
        const verdict = machine.can(state, e, null)
        const listed = machine.events[e].from.includes(state)
        const single = typeof machine.events[e].to === 'string'
        if (listed && single) expect(verdict).toEqual({ ok: true, to: machine.events[e].to })
        else {
          expect(verdict.ok).toBe(false)
          if (!verdict.ok) expect(verdict.key).toMatch(new RegExp(`^error\\.transition\\.${machine.name}\\.`))
        }
      }
    }
  })

  it('terminal states allow nothing but an explicit retry', () => {
    for (const state of machine.terminal) expect(machine.allowed(state)).toEqual([])
  })

  it('every state is reachable from an initial state', () => {
    const seen = new Set<string>(machine.initial)
    let grew = true
    while (grew) {
      grew = false
      for (const e of events) {
        const rule = machine.events[e]
        if (!rule.from.some((s) => seen.has(s))) continue
        for (const to of typeof rule.to === 'string' ? [rule.to] : rule.to) {
          if (!seen.has(to)) {
            seen.add(to)
            grew = true
          }
        }
      }
    }
    expect([...seen].sort()).toEqual([...machine.states].sort())
  })
})

describe('order machine', () => {
  it('the happy path and the after-sale detour are legal, racing or late moves are not', () => {
    expect(orderMachine.can('pending_payment', 'pay')).toEqual({ ok: true, to: 'paid' })
    expect(orderMachine.can('paid', 'ship')).toEqual({ ok: true, to: 'shipped' })
    expect(orderMachine.can('cancelled', 'pay').ok).toBe(false) // pay callback after cancel
    expect(orderMachine.can('refunded', 'ship').ok).toBe(false) // ship after refund
    expect(orderMachine.can('after_sale', 'ship').ok).toBe(false)
  })

  it('an after-sale returns the order exactly where it was, and only to a state it may resume', () => {
    expect(orderMachine.can('after_sale', 'resolveAfterSale', 'shipped')).toEqual({ ok: true, to: 'shipped' })
    expect(orderMachine.can('after_sale', 'resolveAfterSale', 'cancelled').ok).toBe(false)
    expect(orderMachine.can('after_sale', 'resolveAfterSale', null).ok).toBe(false)
  })

  it('buttons come from the table', () => {
    expect(orderMachine.allowed('pending_payment').sort()).toEqual(['cancel', 'pay', 'timeout'])
    expect(orderMachine.allowed('cancelled')).toEqual([])
  })

  it('logged edges are checked against the table', () => {
    expect(orderMachine.isEdge('pending_payment', 'paid')).toBe(true)
    expect(orderMachine.isEdge('cancelled', 'paid')).toBe(false)
    expect(orderMachine.isEdge('after_sale', 'completed')).toBe(true)
  })
})

describe('after-sale machine', () => {
  it('two racing approvals: the second finds the request no longer pending', () => {
    expect(afterSaleMachine.can('pending', 'approveRefund')).toEqual({ ok: true, to: 'refunding' })
    expect(afterSaleMachine.can('refunding', 'approveRefund').ok).toBe(false)
    expect(afterSaleMachine.can('rejected', 'approveReturn').ok).toBe(false)
  })
})

describe('hooks', () => {
  it('name only declared effects, on declared events', () => {
    const machines = { order: orderMachine, afterSale: afterSaleMachine, payment: paymentMachine, refund: refundMachine, group: groupMachine, ticket: ticketMachine, shipment: shipmentMachine, reminder: reminderMachine } as const
    for (const [name, table] of Object.entries(HOOKS)) {
      for (const [event, effects] of Object.entries(table as Record<string, string[]>)) {
        const events = name === 'engagement' ? [...ENGAGEMENT_EVENTS] : Object.keys(machines[name as keyof typeof machines].events)
        expect(events).toContain(event)
        for (const e of effects) expect(Object.keys(EFFECTS)).toContain(e)
      }
    }
  })
})

describe('hook conditions', () => {
  it('park coupon effects only on an order that locked a coupon', () => {
    expect(effectsOf('order', 'pay', { couponId: 'c1' })).toEqual(['member.syncOrder', 'coupon.useForOrder'])
    expect(effectsOf('order', 'pay', { couponId: null })).toEqual(['member.syncOrder'])
    expect(effectsOf('order', 'pay', {})).toEqual(['member.syncOrder'])
    for (const event of ['cancel', 'timeout']) {
      expect(effectsOf('order', event, { couponId: 'c1' })).toContain('coupon.releaseForOrder')
      expect(effectsOf('order', event, { couponId: '' })).not.toContain('coupon.releaseForOrder')
      expect(effectsOf('order', event, {})).toContain('member.releasePoints')
    }
  })

  it('without an entity every declared effect is parked', () => {
    expect(effectsOf('order', 'pay')).toEqual(['member.syncOrder', 'coupon.useForOrder'])
  })
})
