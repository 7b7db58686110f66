/**
 * A carrier that moves only when told to, so tests and demos decide when a parcel is picked up,
 * travelling, out for delivery or signed. Waybills live in the fake state store (`_dev_waybills`).
 */
import { randomInt } from 'node:crypto'
import { systemClock, type Clock } from '../clock'
import { FakeError } from '../fake-error'
import { serialQueue } from '../serial-queue'
import { DEV_COLLECTIONS, type FakeDoc, type FakeStateStore } from '../state-store'
import { companyById } from './delivery-companies'
import { ACTION, actionMessage, normaliseTrack, PROGRESSION, type NormalisedTrack, type TrackEvent } from './track-events'

export interface WaybillRecord extends FakeDoc {
  waybillId: string
  /** Set when the shop followed it (localCarrier.follow): every step is pushed to the shop. */
  followed?: boolean
  orderId: string
  deliveryId: string
  openid: string | null
  receiverPhone: string | null
  createdAt: number
  events: TrackEvent[]
}

export interface NewWaybill {
  orderId: string
  deliveryId: string
  openid?: string | null
  receiverPhone?: string | null
}

const WAYBILLS = DEV_COLLECTIONS.waybills

export function isSigned(waybill: WaybillRecord): boolean {
  return waybill.events.some((e) => e.actionType === ACTION.signed)
}

export function isCancelled(waybill: WaybillRecord): boolean {
  return waybill.events.some((e) => e.actionType === ACTION.cancelled)
}

export class SimulatedCarrier {
  private readonly clock: Clock
  private readonly exclusive = serialQueue()

  constructor(
    private readonly store: FakeStateStore,
    clock?: Clock,
  ) {
    this.clock = clock ?? systemClock
  }

  async createWaybill(input: NewWaybill): Promise<WaybillRecord> {
    const company = companyById(input.deliveryId)
    if (!company) throw new FakeError('INVALID_INPUT', `未知快递公司 / unknown delivery_id ${input.deliveryId}`)
    const waybill: WaybillRecord = {
      _id: `${company.deliveryId}${Array.from({ length: 12 }, () => randomInt(10)).join('')}`,
      waybillId: '',
      orderId: input.orderId,
      deliveryId: company.deliveryId,
      openid: input.openid ?? null,
      receiverPhone: input.receiverPhone ?? null,
      createdAt: this.clock.now(),
      events: [],
    }
    waybill.waybillId = waybill._id
    await this.store.put(WAYBILLS, waybill)
    return waybill
  }

  /**
   * The shop follows a waybill the merchant typed: known from then on under that very number, and
   * pushed on every step. Repeats change nothing; the same number under another carrier is refused.
   */
  follow(input: NewWaybill & { waybillId: string }): Promise<WaybillRecord> {
    return this.exclusive(async () => {
      const company = companyById(input.deliveryId)
      if (!company) throw new FakeError('INVALID_INPUT', `unknown delivery_id ${input.deliveryId}`)
      const existing = await this.get(input.waybillId)
      if (existing) {
        if (existing.deliveryId !== company.deliveryId) throw new FakeError('CONFLICT', `waybill ${input.waybillId} belongs to ${existing.deliveryId}`)
        if (!existing.followed) await this.store.put(WAYBILLS, { ...existing, followed: true })
        return { ...existing, followed: true }
      }
      const waybill: WaybillRecord = {
        _id: input.waybillId,
        waybillId: input.waybillId,
        orderId: input.orderId,
        deliveryId: company.deliveryId,
        openid: input.openid ?? null,
        receiverPhone: input.receiverPhone ?? null,
        createdAt: this.clock.now(),
        events: [],
        followed: true,
      }
      await this.store.put(WAYBILLS, waybill)
      return waybill
    })
  }

  /** Listeners told after every step (the local cloud pushes it to the shop's carrierNotify). */
  private readonly listeners: ((waybill: WaybillRecord) => Promise<void> | void)[] = []
  onStep(listener: (waybill: WaybillRecord) => Promise<void> | void): void {
    this.listeners.push(listener)
  }

  /** One step for every followed waybill still moving (the demo's timer). */
  async advanceAllFollowed(): Promise<number> {
    const moving = (await this.list()).filter((w) => w.followed && !isSigned(w) && !isCancelled(w))
    for (const w of moving) await this.advance(w.waybillId)
    return moving.length
  }

  get(waybillId: string): Promise<WaybillRecord | null> {
    return this.store.get<WaybillRecord>(WAYBILLS, waybillId)
  }

  async findByOrder(orderId: string, deliveryId?: string): Promise<WaybillRecord | null> {
    const filter: Record<string, unknown> = { orderId }
    if (deliveryId) filter.deliveryId = deliveryId
    const [match] = await this.store.list<WaybillRecord>(WAYBILLS, filter)
    return match ?? null
  }

  async list(): Promise<WaybillRecord[]> {
    const all = await this.store.list<WaybillRecord>(WAYBILLS)
    return all.sort((a, b) => b.createdAt - a.createdAt)
  }

  /** One step along picked-up → in transit → out for delivery → signed. */
  /** `push: false`: the step happens but its push is lost (what the shop's cron sync is for). */
  async advance(waybillId: string, opts: { push?: boolean } = {}): Promise<WaybillRecord> {
    const moved = await this.exclusive(async () => {
      const waybill = await this.require(waybillId)
      if (isCancelled(waybill)) throw new FakeError('CONFLICT', '运单已取消 / the waybill is cancelled')
      if (isSigned(waybill)) throw new FakeError('CONFLICT', '运单已签收 / the waybill is already signed')
      const next = PROGRESSION[waybill.events.length]
      return this.append(waybill, next)
    })
    if (moved.followed && opts.push !== false) for (const listener of this.listeners) await listener(moved)
    return moved
  }

  cancel(waybillId: string): Promise<WaybillRecord> {
    return this.exclusive(async () => {
      const waybill = await this.require(waybillId)
      if (isCancelled(waybill)) return waybill
      if (waybill.events.length > 0)
        throw new FakeError('CONFLICT', '已揽收的运单不能取消 / a picked-up waybill cannot be cancelled')
      return this.append(waybill, ACTION.cancelled)
    })
  }

  async tracks(waybillId: string): Promise<NormalisedTrack[]> {
    return normaliseTrack((await this.require(waybillId)).events)
  }

  private async require(waybillId: string): Promise<WaybillRecord> {
    const waybill = await this.get(waybillId)
    if (!waybill) throw new FakeError('NOT_FOUND', `运单不存在 / waybill ${waybillId} not found`)
    return waybill
  }

  private async append(waybill: WaybillRecord, actionType: number): Promise<WaybillRecord> {
    const carrierName = companyById(waybill.deliveryId)?.name ?? waybill.deliveryId
    // Strictly increasing times even when the clock stands still, so the order is never ambiguous.
    const lastAt = waybill.events.at(-1)?.at ?? waybill.createdAt
    const at = Math.max(this.clock.now(), lastAt + 1000)
    const updated: WaybillRecord = {
      ...waybill,
      events: [...waybill.events, { actionType, actionMsg: actionMessage(actionType, carrierName), at }],
    }
    await this.store.put(WAYBILLS, updated)
    return updated
  }
}
