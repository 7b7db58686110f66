/** The stored parcel (`shipments`). Its state and track change only through shipment-track.ts. */
import type { Reason } from '../../contracts/common'
import type { ParcelTrack } from '../../contracts/order'
import type { ShipmentState } from '../../domain/machines'
import type { TrackEvent } from '../../domain/logistics/track'
import type { Actor } from '../../contracts/common'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import type { PendingEffect } from '../outbox/pending-effect'

export interface ShipmentLogEntry {
  from: ShipmentState
  to: ShipmentState
  event: string
  at: number
  actor: Actor
}

export interface ShipmentDoc {
  _id: string
  orderId: string
  openid: string
  carrierCode: string
  waybillNo: string
  purpose: 'order' | 'replacement'
  /** 1, 2, … within the order (split shipment). */
  parcelNo: number
  /** What the parcel holds: titles × quantity. */
  itemDesc: string
  /** Receiver's phone, for carriers that need it to answer (SF, ZTO on Kuaidi100). */
  receiverPhone: string | null
  state: ShipmentState
  /** Normalised nodes, oldest first, each once (id = hash of time, status, text). */
  events: TrackEvent[]
  log: ShipmentLogEntry[]
  /** Moves with every write of state or events: the tracking writer's condition. */
  version: number
  shippedAt: number
  createdAt: number
  updatedAt: number
  /** Last time the carrier answered (push or query), and when cron should ask next. */
  lastSyncAt: number | null
  /** Last query sent to the carrier (Kuaidi100: at most one per waybill per 30 min). */
  lastQueryAt: number | null
  nextPollAt: number
  /** Consecutive failed queries: the backoff grows with it. */
  syncErrors: number
  problem: Reason | null
  subscription: 'pending' | 'subscribed' | 'none' | 'failed'
  /** Set once the merchant was told this parcel stopped moving. */
  stalledAt: number | null
  pendingEffects?: PendingEffect[]
}

export const shipments = () => db().collection<ShipmentDoc>(COLLECTION.shipments)

export const shipmentIdOf = (carrierCode: string, waybillNo: string) => `${carrierCode.toLowerCase()}-${waybillNo}`.slice(0, 64)

export async function findShipment(id: string): Promise<ShipmentDoc | null> {
  return (await shipments().doc(id).get()).data ?? null
}

export function trackOf(doc: Pick<ShipmentDoc, 'state' | 'events' | 'version' | 'shippedAt'>): ParcelTrack {
  const last = doc.events[doc.events.length - 1]
  return { status: doc.state, text: last?.text ?? '', at: last?.at ?? doc.shippedAt, version: doc.version }
}
