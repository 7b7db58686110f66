/**
 * Following parcels: carrier push (Kuaidi100 callback; 物流助手 or simulated path-update push) as the
 * main path, cron's sync for what push misses (due parcels in batches, backoff on errors, stop at a
 * final state), the shopper's on-demand refresh (at most one carrier query per waybill per interval),
 * and what follows a node: the order delivered when every parcel is signed, the merchant told of a
 * parcel in trouble. Every node write goes through shipment-track.ts.
 */
import type { Reason } from '../../contracts/common'
import type { LogisticsAlert, OrderTrackingOutput, ParcelTracking } from '../../contracts/logistics'
import { shopConfig } from '../../config'
import { systemActor } from '../../core/actor'
import { carrierByKuaidi100 } from '../../domain/logistics/carriers'
import { fromKuaidi100, isStalled, type Kuaidi100Node } from '../../domain/logistics/track'
import { isFinalShipment, type ShipmentState } from '../../domain/machines'
import { carrierPort, type ParcelRef } from '../../platform/carrier'
import { db } from '../../platform/cloud'
import { kuaidi100PushSignValid } from '../../platform/kuaidi100'
import { findOrder, orders, ownOrder } from '../order/order-record'
import { transitionOrder } from '../order/order-transition'
import type { OutboxEntry } from '../outbox/outbox-store'
import { findShipment, shipmentIdOf, shipments, type ShipmentDoc } from './shipment-record'
import { applyTrack } from './shipment-track'

const LIVE: ShipmentState[] = ['shipped', 'picked_up', 'in_transit', 'out_for_delivery', 'exception']
const HOUR = 60 * 60_000
const BATCH = 50

const refOf = (d: ShipmentDoc): ParcelRef => ({ shipmentId: d._id, openid: d.openid, carrierCode: d.carrierCode, waybillNo: d.waybillNo, receiverPhone: d.receiverPhone })

/** When cron asks next: rarely while push works, more often without it, never for a final parcel. */
function nextPollAfter(doc: Pick<ShipmentDoc, 'subscription'>, state: ShipmentState, now: number): number {
  if (isFinalShipment(state)) return Number.MAX_SAFE_INTEGER
  return now + (doc.subscription === 'subscribed' ? 6 * HOUR : 2 * HOUR)
}

/** Errors back off: 30 min, 1 h, 2 h, … capped at 24 h; a problem only a person can fix waits a day. */
export function backoffMs(errors: number, retryable: boolean): number {
  if (!retryable) return 24 * HOUR
  return Math.min(24 * HOUR, 30 * 60_000 * 2 ** Math.max(0, errors - 1))
}

const problemOf = (problem: string): Reason => ({ key: `reason.tracking.${problem}` })

/** Outbox effect of shipping: every parcel of the order is followed by the carrier's push. */
export async function followParcelsOf(orderId: string, now: number): Promise<'done' | 'skipped'> {
  const { data } = await shipments().where({ orderId }).get()
  const port = carrierPort()
  let failures = 0
  for (const doc of data) {
    if (doc.subscription === 'subscribed' || doc.subscription === 'none' || isFinalShipment(doc.state)) continue
    const r = await port.subscribe(refOf(doc))
    if (r.ok) {
      await shipments().doc(doc._id).update({ data: { subscription: r.value, ...(r.value === 'none' ? { nextPollAt: now + 30 * 60_000 } : {}), updatedAt: now } })
    } else {
      failures++
      // Without a push the cron's sync follows the parcel; the subscription is retried by the outbox.
      await shipments().doc(doc._id).update({ data: { subscription: 'failed', problem: problemOf(r.problem), nextPollAt: now + 30 * 60_000, updatedAt: now } })
      if (!r.retryable) failures--
    }
  }
  if (failures > 0) throw new Error(`carrier subscription failed for ${failures} parcel(s) of ${orderId}`)
  return data.length ? 'done' : 'skipped'
}

export type SyncOutcome = 'synced' | 'tooSoon' | 'failed' | 'final'

/**
 * Asks the carrier about one parcel. The query is claimed first (a conditional write of lastQueryAt on
 * the value read), so two callers at once send one query, and none within `minQueryIntervalMs`.
 */
export async function syncShipment(doc: ShipmentDoc, now: number, opts: { job: string; minIntervalMs?: number } = { job: 'trackingSync' }): Promise<SyncOutcome> {
  if (isFinalShipment(doc.state)) return 'final'
  const port = carrierPort()
  const lastQueryAt = doc.lastQueryAt ?? null
  if (lastQueryAt !== null && now - lastQueryAt < (opts.minIntervalMs ?? port.minQueryIntervalMs)) return 'tooSoon'
  // null also matches a parcel recorded before tracking (no such field).
  const claimed = await shipments().where({ _id: doc._id, lastQueryAt }).update({ data: { lastQueryAt: now } })
  if (claimed.stats.updated !== 1) return 'tooSoon'
  const r = await port.query(refOf(doc))
  if (!r.ok) {
    const errors = (doc.syncErrors ?? 0) + 1
    await shipments().doc(doc._id).update({ data: { syncErrors: errors, problem: problemOf(r.problem), nextPollAt: now + backoffMs(errors, r.retryable), updatedAt: now } })
    return 'failed'
  }
  const written = await applyTrack(doc._id, {
    events: r.value,
    actor: systemActor(opts.job),
    now,
    set: { lastSyncAt: now, syncErrors: 0, problem: null },
  })
  await shipments().doc(doc._id).update({ data: { nextPollAt: nextPollAfter(written.doc, written.doc.state, now) } })
  return 'synced'
}

/** Cron: parcels whose next poll is due, in a batch; stuck parcels flagged once. */
export async function syncDueShipments(now: number): Promise<{ synced: number; failed: number; stalled: number }> {
  const _ = db().command
  const { data } = await shipments().where({ state: _.in(LIVE), nextPollAt: _.lte(now) }).limit(BATCH).get()
  let synced = 0
  let failed = 0
  let stalled = 0
  for (const doc of data) {
    const outcome = await syncShipment(doc, now, { job: 'trackingSync' })
    if (outcome === 'synced') synced++
    if (outcome === 'failed') failed++
    const fresh = outcome === 'synced' ? await findShipment(doc._id) : doc
    if (fresh && !isFinalShipment(fresh.state) && (fresh.stalledAt ?? null) === null && isStalled(fresh.events?.at(-1)?.at ?? null, fresh.shippedAt, now, shopConfig().logistics.stallDays)) {
      const won = await shipments().where({ _id: fresh._id, stalledAt: null }).update({ data: { stalledAt: now } })
      if (won.stats.updated === 1) {
        await flagOrder(fresh, { key: 'reason.tracking.stalled', params: { days: shopConfig().logistics.stallDays } }, now)
        stalled++
      }
    }
  }
  return { synced, failed, stalled }
}

export interface Kuaidi100PushReply {
  result: boolean
  returnCode: string
  message: string
}

/**
 * Kuaidi100's push (form fields `param`, `sign`). A sign that is not MD5(param + salt) changes nothing
 * and is refused; a genuine push is merged like any node list and acknowledged as Kuaidi100 expects,
 * so it is not pushed again. `abort` means Kuaidi100 stopped following: the cron takes over.
 */
export async function ingestKuaidi100Push(param: string, sign: string, now: number): Promise<Kuaidi100PushReply> {
  const push = shopConfig().logistics.kuaidi100Push
  if (!push || !kuaidi100PushSignValid(param, sign, push.salt)) return { result: false, returnCode: '500', message: 'sign invalid' }
  let body: { status?: string; lastResult?: { nu?: string; com?: string; state?: string; data?: Kuaidi100Node[] } }
  try {
    body = JSON.parse(param)
  } catch {
    return { result: false, returnCode: '500', message: 'param is not JSON' }
  }
  const last = body.lastResult ?? {}
  const carrier = last.com ? carrierByKuaidi100(last.com) : null
  const doc = carrier && last.nu ? await findShipment(shipmentIdOf(carrier.code, last.nu)) : null
  // A waybill we do not hold (deleted test order, someone else's subscription): acknowledged, ignored.
  if (!doc) return { result: true, returnCode: '200', message: '成功' }
  const aborted = body.status === 'abort'
  const written = await applyTrack(doc._id, {
    events: fromKuaidi100(Array.isArray(last.data) ? last.data : [], last.state),
    actor: systemActor('kuaidi100Push'),
    now,
    set: { lastSyncAt: now, syncErrors: 0, problem: null, ...(aborted ? { subscription: 'failed' } : {}) },
  })
  await shipments().doc(doc._id).update({ data: { nextPollAt: aborted ? now : nextPollAfter({ subscription: aborted ? 'failed' : written.doc.subscription }, written.doc.state, now) } })
  return { result: true, returnCode: '200', message: '成功' }
}

/** 物流助手's path-update push (and the simulated carrier's): the parcel is pulled now. */
export async function onPathUpdate(deliveryId: string, waybillId: string, now: number): Promise<SyncOutcome | 'unknown'> {
  const doc = await findShipment(shipmentIdOf(deliveryId, waybillId))
  if (!doc) return 'unknown'
  // A push says the trace changed, so the pull may come sooner than the poll interval — but anyone can
  // send this event, so 物流助手 is asked at most every 10 s per waybill (the simulated carrier at once).
  const port = carrierPort()
  const minIntervalMs = port.name === 'simulated' ? 0 : port.name === 'wechat' ? 10_000 : port.minQueryIntervalMs
  return syncShipment(doc, now, { job: 'pathPush', minIntervalMs })
}

/** The shopper's parcel page: every parcel of their order with its timeline; `refresh` asks the carrier first. */
export async function trackingOf(openid: string, orderId: string, refresh: boolean, now: number): Promise<OrderTrackingOutput> {
  const order = await ownOrder(openid, orderId)
  let { data } = await shipments().where({ orderId: order._id }).get()
  if (refresh) {
    let changed = false
    for (const doc of data) if ((await syncShipment(doc, now, { job: 'buyerRefresh' })) === 'synced') changed = true
    if (changed) data = (await shipments().where({ orderId: order._id }).get()).data
  }
  const parcels: ParcelTracking[] = data
    .sort((a, b) => (a.purpose === b.purpose ? a.parcelNo - b.parcelNo : a.purpose === 'order' ? -1 : 1))
    .map((d, i) => ({
      shipmentId: d._id,
      parcelNo: d.parcelNo ?? i + 1,
      carrierCode: d.carrierCode,
      waybillNo: d.waybillNo,
      state: d.state,
      events: [...(d.events ?? [])].reverse().map(({ id, at, status, text }) => ({ id, at, status, text })),
      itemDesc: d.itemDesc ?? '',
      lastSyncAt: d.lastSyncAt ?? null,
      problem: d.problem ?? null,
    }))
  return { orderId: order._id, orderNo: order.orderNo, parcels }
}

/** Effect of a signed parcel: once every parcel of the order is signed, the order is delivered (its hooks run). */
export async function deliverIfAllSigned(entry: OutboxEntry, now: number): Promise<'done' | 'skipped'> {
  const doc = await findShipment(String(entry.payload.shipmentId))
  if (!doc || doc.purpose !== 'order') return 'skipped'
  const order = await findOrder(doc.orderId)
  if (!order || order.state !== 'shipped') return 'skipped'
  const { data } = await shipments().where({ orderId: order._id, purpose: 'order' }).get()
  if (!data.every((s) => s.state === 'signed')) return 'skipped'
  const moved = await transitionOrder(order, { event: 'deliver', actor: systemActor('tracking'), now, reason: { key: 'reason.order.parcelSigned' }, set: { deliveredAt: now } })
  return moved ? 'done' : 'skipped'
}

async function flagOrder(doc: ShipmentDoc, reason: Reason, now: number): Promise<void> {
  const alert: LogisticsAlert = { shipmentId: doc._id, waybillNo: doc.waybillNo, reason, at: now }
  await orders().doc(doc.orderId).update({ data: { logisticsAlert: alert } })
}

/** Effect of 疑难 / 拒签 / 退回: the order carries an alert the merchant sees. */
export async function flagShipmentException(entry: OutboxEntry, now: number): Promise<'done' | 'skipped'> {
  const doc = await findShipment(String(entry.payload.shipmentId))
  if (!doc) return 'skipped'
  await flagOrder(doc, { key: doc.state === 'returned' ? 'reason.tracking.returned' : 'reason.tracking.exception' }, now)
  return 'done'
}
