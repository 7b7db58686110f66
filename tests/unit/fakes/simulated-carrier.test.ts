import { beforeEach, describe, expect, it } from 'vitest'
import { SimulatedCarrier } from '../../../local-cloud/fakes/carrier/simulated-carrier'
import { normaliseTrack } from '../../../local-cloud/fakes/carrier/track-events'
import { manualClock } from '../../../local-cloud/fakes/clock'
import { MemoryStateStore } from '../../../local-cloud/fakes/state-store'

const T0 = Date.parse('2026-03-01T10:00:00+08:00')
let clock: ReturnType<typeof manualClock>
let carrier: SimulatedCarrier

beforeEach(() => {
  clock = manualClock(T0)
  carrier = new SimulatedCarrier(new MemoryStateStore(), clock)
})

describe('SimulatedCarrier', () => {
  it('advances picked-up → in transit → out for delivery → signed, with timestamps', async () => {
    const { waybillId } = await carrier.createWaybill({ orderId: 'JF1', deliveryId: 'SF' })
    expect(await carrier.tracks(waybillId)).toEqual([])
    for (const _ of [1, 2, 3, 4]) {
      clock.advance(3600_000)
      await carrier.advance(waybillId)
    }
    const tracks = await carrier.tracks(waybillId)
    expect(tracks.map((t) => [t.code, t.status])).toEqual([
      [100001, 'picked_up'],
      [200001, 'in_transit'],
      [300002, 'out_for_delivery'],
      [300003, 'signed'],
    ])
    expect(tracks.map((t) => t.at)).toEqual([1, 2, 3, 4].map((h) => T0 + h * 3600_000))
    await expect(carrier.advance(waybillId)).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('keeps event times strictly increasing even if the clock stands still', async () => {
    const { waybillId } = await carrier.createWaybill({ orderId: 'JF1', deliveryId: 'ZTO' })
    await carrier.advance(waybillId)
    await carrier.advance(waybillId)
    const [a, b] = await carrier.tracks(waybillId)
    expect(b.at).toBeGreaterThan(a.at)
  })

  it('two concurrent advances make two steps, not one twice', async () => {
    const { waybillId } = await carrier.createWaybill({ orderId: 'JF1', deliveryId: 'EMS' })
    await Promise.all([carrier.advance(waybillId), carrier.advance(waybillId)])
    expect((await carrier.tracks(waybillId)).map((t) => t.code)).toEqual([100001, 200001])
  })

  it('refuses unknown waybills and carriers; cancels only before pick-up', async () => {
    await expect(carrier.advance('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(carrier.createWaybill({ orderId: 'x', deliveryId: 'DHL' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    const a = await carrier.createWaybill({ orderId: 'A', deliveryId: 'SF' })
    expect((await carrier.tracks((await carrier.cancel(a.waybillId)).waybillId))[0].status).toBe('cancelled')
    await expect(carrier.advance(a.waybillId)).rejects.toMatchObject({ code: 'CONFLICT' })
    const b = await carrier.createWaybill({ orderId: 'B', deliveryId: 'SF' })
    await carrier.advance(b.waybillId)
    await expect(carrier.cancel(b.waybillId)).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('normalises out-of-order events oldest first', () => {
    const track = normaliseTrack([
      { actionType: 300003, actionMsg: 'signed', at: 3 },
      { actionType: 100001, actionMsg: 'picked', at: 1 },
    ])
    expect(track.map((t) => t.status)).toEqual(['picked_up', 'signed'])
  })
})
