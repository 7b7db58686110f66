import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  currentStatus,
  fromKuaidi100,
  fromKuaidi100State,
  fromWechatAction,
  isStalled,
  mergeEvents,
  parseShanghaiDateTime,
  trackEvent,
  TRACK_STATUSES,
} from '../../../cloudfunctions/domain/logistics/track'
import { shipmentMachine, SHIPMENT_EVENT_TO } from '../../../cloudfunctions/domain/machines'

describe('Kuaidi100 and 物流助手 codes', () => {
  it.each([
    ['0', 'in_transit'],
    ['1', 'picked_up'],
    ['2', 'exception'],
    ['3', 'signed'],
    ['4', 'returned'],
    ['5', 'out_for_delivery'],
    ['6', 'returned'],
    ['7', 'in_transit'],
    ['8', 'in_transit'],
    ['10', 'in_transit'],
    ['14', 'exception'],
    ['501', 'out_for_delivery'],
    ['301', 'signed'],
    ['401', 'exception'],
    ['99', 'in_transit'],
  ])('Kuaidi100 state %s → %s', (state, status) => {
    expect(fromKuaidi100State(state)).toBe(status)
  })

  it.each([
    [100001, 'picked_up'],
    [100002, 'exception'],
    [200001, 'in_transit'],
    [300002, 'out_for_delivery'],
    [300003, 'signed'],
    [300004, 'exception'],
    [400001, 'exception'],
    [400002, 'exception'],
  ])('物流助手 action %i → %s', (code, status) => {
    expect(fromWechatAction(code)).toBe(status)
  })

  it('reads Kuaidi100 nodes (newest first) with each node its own status, else the state for the newest', () => {
    const events = fromKuaidi100(
      [
        { time: '2026-12-02 10:00:00', context: '派送中', status: '派件' },
        { time: '2026-12-01 18:00:00', context: '已揽收' },
        { time: 'garbage', context: 'dropped' },
      ],
      '5',
    )
    expect(events.map((e) => [e.status, e.at])).toEqual([
      ['out_for_delivery', Date.UTC(2026, 11, 2, 2)],
      ['in_transit', Date.UTC(2026, 11, 1, 10)],
    ])
    expect(parseShanghaiDateTime('2026-12-01 08:00:00')).toBe(Date.UTC(2026, 11, 1, 0))
  })

  it('every status has a shipment event leading to it', () => {
    for (const s of TRACK_STATUSES) expect(shipmentMachine.can('in_transit', SHIPMENT_EVENT_TO[s]).ok).toBe(true)
    expect(shipmentMachine.can('signed', 'transit').ok).toBe(false)
  })
})

const eventArb = fc.record({ at: fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }), status: fc.constantFrom(...TRACK_STATUSES), text: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '') })

describe('merging nodes', () => {
  it('keeps each node once whatever the order and repeats it arrives in', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 20 }), fc.array(fc.nat(40), { maxLength: 40 }), (raw, picks) => {
        const all = raw.map((e) => trackEvent(e.at, e.status, e.text))
        const unique = new Map(all.map((e) => [e.id, e]))
        let known = mergeEvents([], all).events
        const again = picks.map((i) => all[i % Math.max(1, all.length)]).filter(Boolean)
        const second = mergeEvents(known, again)
        expect(second.added).toEqual([])
        known = second.events
        expect(known.length).toBe(unique.size)
        expect([...known].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))).toEqual(known)
        expect(mergeEvents([], [...all].reverse()).events).toEqual(mergeEvents([], all).events)
      }),
    )
  })

  it('a final node wins over nodes after it; otherwise the newest node', () => {
    const a = trackEvent(1, 'in_transit', 'a')
    const b = trackEvent(2, 'signed', 'b')
    const c = trackEvent(3, 'in_transit', 'c')
    expect(currentStatus([a, b, c])).toBe('signed')
    expect(currentStatus([a, c])).toBe('in_transit')
    expect(currentStatus([])).toBeNull()
  })

  it('a parcel without a node for N days is stalled', () => {
    expect(isStalled(null, 0, 3 * 86_400_000, 3)).toBe(true)
    expect(isStalled(86_400_000, 0, 3 * 86_400_000, 3)).toBe(false)
  })
})
