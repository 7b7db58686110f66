/**
 * The one writer of a parcel's state and track: merges what the carrier said into the stored nodes
 * (each node once), moves the state by the shipment machine when the newest node says so, logs the
 * move with its actor and parks its effects (notices, delivered order) — one conditional update on
 * the version it read, so concurrent pushes and syncs never lose a node or run a move twice. The
 * order's copy of the newest node (`shipments.<i>.track`) follows, never overwriting a newer copy.
 */
import type { Actor } from '../../contracts/common'
import { AppError } from '../../core/errors'
import { currentStatus, mergeEvents, type TrackEvent } from '../../domain/logistics/track'
import { isFinalShipment, SHIPMENT_EVENT_TO, shipmentMachine, type ShipmentState } from '../../domain/machines'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { orders } from '../order/order-record'
import { afterTransition } from '../outbox/outbox-runner'
import { pendingEffectsField, pendingEffectsFor } from '../outbox/pending-effect'
import { findShipment, shipments, trackOf, type ShipmentDoc } from './shipment-record'

export interface TrackWrite {
  events: readonly TrackEvent[]
  actor: Actor
  now: number
  /** Bookkeeping written in the same update (lastSyncAt, nextPollAt, …). */
  set?: Record<string, unknown>
}

export interface TrackResult {
  doc: ShipmentDoc
  added: number
  moved: { from: ShipmentState; to: ShipmentState } | null
}

const MAX_TRIES = 4

export async function applyTrack(shipmentId: string, w: TrackWrite): Promise<TrackResult> {
  const _ = db().command
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const doc = await findShipment(shipmentId)
    if (!doc) throw new AppError('NOT_FOUND', 'error.notFound.shipment', { id: shipmentId })
    const { events, added } = mergeEvents(doc.events ?? [], w.events)
    const status = currentStatus(events)
    const to: ShipmentState = isFinalShipment(doc.state) || !status ? doc.state : status
    const moving = to !== doc.state
    if (!added.length && !moving) {
      if (w.set && Object.keys(w.set).length) await shipments().doc(doc._id).update({ data: { ...w.set, updatedAt: w.now } })
      return { doc, added: 0, moved: null }
    }
    const data: Record<string, unknown> = { ...w.set, events: _.set(events), version: _.inc(1), updatedAt: w.now }
    let effects: ReturnType<typeof pendingEffectsFor> = []
    if (moving) {
      const event = SHIPMENT_EVENT_TO[to as Exclude<ShipmentState, 'shipped'>]
      const verdict = shipmentMachine.can(doc.state, event)
      if (!verdict.ok) throw new AppError('CONFLICT', verdict.key, verdict.params)
      effects = pendingEffectsFor('shipment', doc._id, event, doc.log?.length ?? 0, w.now, { shipmentId: doc._id, orderId: doc.orderId })
      data.state = to
      data.log = _.push([{ from: doc.state, to, event, at: w.now, actor: w.actor }])
      Object.assign(data, pendingEffectsField(effects))
    }
    // Parcels recorded before tracking have no version yet.
    const won = await shipments().where({ _id: doc._id, version: doc.version ?? _.exists(false) }).update({ data })
    if (won.stats.updated !== 1) continue
    const saved: ShipmentDoc = { ...doc, ...(w.set ?? {}), events, state: to, version: (doc.version ?? 0) + 1, updatedAt: w.now }
    await copyToOrder(saved)
    await afterTransition(COLLECTION.shipments, doc._id, effects, w.now)
    return { doc: saved, added: added.length, moved: moving ? { from: doc.state, to } : null }
  }
  throw new AppError('CONFLICT', 'error.changed.shipment', { id: shipmentId })
}

/** The order's summary of this parcel gets its newest node, unless a newer copy is already there. */
export async function copyToOrder(doc: ShipmentDoc): Promise<void> {
  const order = (await orders().doc(doc.orderId).get()).data
  const i = order?.shipments?.findIndex((s) => s.shipmentId === doc._id) ?? -1
  if (!order || i < 0) return
  const _ = db().command
  const track = trackOf(doc)
  // A parcel shipped before tracking has no copy yet: the first one is written without the version check.
  const newer = order.shipments[i].track ? { [`shipments.${i}.track.version`]: _.lt(track.version) } : { [`shipments.${i}.track`]: _.exists(false) }
  await orders()
    .where({ _id: order._id, [`shipments.${i}.shipmentId`]: doc._id, ...newer })
    .update({ data: { [`shipments.${i}.track`]: track } })
}
