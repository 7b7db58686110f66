/**
 * THE one place the assistant reads "where is the parcel of this order" off an order record: the
 * order's latest parcel (carrier, waybill, shipped time) and the newest tracking node the tracking
 * writer copies onto each parcel's summary (`ShipmentSummary.track`, contracts/order.ts).
 */
import { latestTrackOf } from '../../contracts/order'
import type { OrderRecord } from '../order/order-record'

export interface ParcelView {
  carrierCode: string
  waybillNo: string
  shippedAt: number
  /** The latest tracking step as the carrier wrote it, and when; null until tracking reports one. */
  node: string | null
  nodeAt: number | null
}

export function latestParcelOf(order: OrderRecord): ParcelView | null {
  const shipments = order.shipments ?? []
  const last = shipments[shipments.length - 1]
  if (!last) return null
  const track = latestTrackOf(shipments)
  return {
    carrierCode: last.carrierCode,
    waybillNo: last.waybillNo,
    shippedAt: last.shippedAt,
    node: track ? track.text.slice(0, 120) : null,
    nodeAt: track ? track.at : null,
  }
}
