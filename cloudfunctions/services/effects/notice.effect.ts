/**
 * Parcel notices to the buyer as outbox effects: shipped (order), out for delivery and signed (per
 * parcel). The outbox entry's id is the notice id, so a retried entry never sends or spends twice.
 * Values are fitted to WeChat's field rules (domain/notice/template-fields.ts).
 */
import { carrierOf } from '../../domain/logistics/carriers'
import { fitThing, shanghaiTime } from '../../domain/notice/template-fields'
import { findOrder } from '../order/order-record'
import type { OutboxEntry } from '../outbox/outbox-store'
import { sendNotice } from '../notice/notice'
import { findShipment } from '../shipment/shipment-record'

const trackingPage = (orderId: string) => `packages/order/logistics/index?id=${orderId}`
const carrierLabel = (code: string) => carrierOf(code)?.name ?? code

const outcome = (r: Awaited<ReturnType<typeof sendNotice>>): 'done' | 'skipped' => (r === 'sent' ? 'done' : 'skipped')

export async function noticeOrderShipped(entry: OutboxEntry, now: number): Promise<'done' | 'skipped'> {
  const order = await findOrder(String(entry.payload.orderId))
  const parcels = (order?.shipments ?? []).filter((s) => s.purpose === 'order')
  if (!order || !parcels.length) return 'skipped'
  const first = parcels[0]
  const carrier = parcels.length > 1 ? `${carrierLabel(first.carrierCode)} 共${parcels.length}个包裹` : carrierLabel(first.carrierCode)
  return outcome(
    await sendNotice(
      {
        noticeId: entry._id,
        openid: order.openid,
        kind: 'orderShipped',
        data: { orderNo: order.orderNo, carrier: fitThing(carrier), waybillNo: first.waybillNo, time: shanghaiTime(order.shippedAt ?? now) },
        page: trackingPage(order._id),
      },
      now,
    ),
  )
}

async function parcelNotice(entry: OutboxEntry, now: number, kind: 'outForDelivery' | 'parcelSigned'): Promise<'done' | 'skipped'> {
  const doc = await findShipment(String(entry.payload.shipmentId))
  const order = doc ? await findOrder(doc.orderId) : null
  if (!doc || !order) return 'skipped'
  const last = doc.events.at(-1)
  const data: Record<string, string> =
    kind === 'outForDelivery'
      ? { orderNo: order.orderNo, carrier: fitThing(carrierLabel(doc.carrierCode)), waybillNo: doc.waybillNo, status: fitThing('快件派送中，请保持电话畅通') }
      : { orderNo: order.orderNo, carrier: fitThing(carrierLabel(doc.carrierCode)), waybillNo: doc.waybillNo, time: shanghaiTime(last?.at ?? now) }
  return outcome(await sendNotice({ noticeId: entry._id, openid: doc.openid, kind, data, page: trackingPage(order._id) }, now))
}

export const noticeOutForDelivery = (entry: OutboxEntry, now: number) => parcelNotice(entry, now, 'outForDelivery')
export const noticeParcelSigned = (entry: OutboxEntry, now: number) => parcelNotice(entry, now, 'parcelSigned')
