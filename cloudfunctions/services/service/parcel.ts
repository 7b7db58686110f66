/**
 * THE one place that reads "where is the parcel of this order" off an order record. Today an order
 * carries its shipments (carrier, waybill, shipped time: services/shipment.service.ts); the logistics
 * work denormalises the latest tracking node onto the order — this reads `latestTracking` /
 * `tracking.latest` / `trackingLatest` when present, so adapting to the final field name is one edit here.
 */
import type { OrderRecord } from '../order/order-record'

export interface ParcelView {
  carrierCode: string
  waybillNo: string
  shippedAt: number
  /** The latest tracking step as the carrier wrote it, and when; null until tracking reports one. */
  node: string | null
  nodeAt: number | null
}

interface TrackingNode {
  text?: string
  context?: string
  desc?: string
  at?: number
  time?: number
}

function nodeOf(order: OrderRecord): TrackingNode | null {
  const o = order as unknown as Record<string, unknown>
  const candidates = [o.latestTracking, (o.tracking as Record<string, unknown> | undefined)?.latest, o.trackingLatest]
  for (const c of candidates) if (c && typeof c === 'object') return c as TrackingNode
  return null
}

export function latestParcelOf(order: OrderRecord): ParcelView | null {
  const shipments = order.shipments ?? []
  const last = shipments[shipments.length - 1]
  if (!last) return null
  const node = nodeOf(order)
  const text = node ? (node.text ?? node.context ?? node.desc ?? null) : null
  return {
    carrierCode: last.carrierCode,
    waybillNo: last.waybillNo,
    shippedAt: last.shippedAt,
    node: typeof text === 'string' ? text.slice(0, 120) : null,
    nodeAt: node ? (node.at ?? node.time ?? null) : null,
  }
}
