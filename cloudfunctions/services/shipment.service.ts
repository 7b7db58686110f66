/**
 * Parcels: the merchant ships a paid order (carrier + waybill), exchanges ship replacements. Telling
 * WeChat about the shipment (so the buyer's money is released) is tried, and never blocks shipping.
 */
import type { ShipmentSummary } from '../contracts/order'
import { AppError } from '../core/errors'
import { db } from '../platform/cloud'
import { uploadShippingInfo } from '../platform/openapi'
import { COLLECTION } from '../schema/collections'
import { findOrder, orders, transitionOrder, type OrderRecord } from './order/order-record'

export interface ShipmentDoc {
  _id: string
  orderId: string
  openid: string
  carrierCode: string
  waybillNo: string
  purpose: 'order' | 'replacement'
  /** Tracking (the logistics feature) moves it on: shipped → in_transit → … → signed. */
  state: 'shipped'
  shippedAt: number
  createdAt: number
  updatedAt: number
  nextPollAt: number
}

const shipments = () => db().collection<ShipmentDoc>(COLLECTION.shipments)

const shipmentIdOf = (carrierCode: string, waybillNo: string) => `${carrierCode.toLowerCase()}-${waybillNo}`.slice(0, 64)

/** Inserts the parcel record; the same waybill on another order is refused, on the same order it is a repeat. */
export async function recordShipment(
  order: OrderRecord,
  carrierCode: string,
  waybillNo: string,
  purpose: ShipmentDoc['purpose'],
  now: number,
): Promise<ShipmentSummary> {
  const _id = shipmentIdOf(carrierCode, waybillNo)
  const doc: ShipmentDoc = {
    _id,
    orderId: order._id,
    openid: order.openid,
    carrierCode,
    waybillNo,
    purpose,
    state: 'shipped',
    shippedAt: now,
    createdAt: now,
    updatedAt: now,
    nextPollAt: now + 30 * 60_000,
  }
  try {
    await shipments().add({ data: doc as unknown as Record<string, unknown> })
  } catch (err) {
    const existing = (await shipments().doc(_id).get()).data
    if (!existing) throw err
    if (existing.orderId !== order._id) throw new AppError('CONFLICT', '该运单号已用于其他订单 / this waybill is already used by another order', { waybillNo })
    return { shipmentId: _id, carrierCode, waybillNo, purpose: existing.purpose, shippedAt: existing.shippedAt }
  }
  const summary: ShipmentSummary = { shipmentId: _id, carrierCode, waybillNo, purpose, shippedAt: now }
  if (purpose === 'replacement') {
    const _ = db().command
    await orders().where({ _id: order._id }).update({ data: { shipments: _.push([summary]) } })
  }
  return summary
}

export async function shipOrder(orderId: string, carrierCode: string, waybillNo: string, now: number): Promise<void> {
  const order = await findOrder(orderId)
  if (!order) throw new AppError('NOT_FOUND', '订单不存在 / order not found', { orderId })
  if (order.state !== 'paid') throw new AppError('CONFLICT', `只有待发货订单可以发货 / only paid orders can be shipped (now: ${order.state})`)
  const summary = await recordShipment(order, carrierCode, waybillNo, 'order', now)
  const _ = db().command
  const won = await transitionOrder(order, 'ship', { by: 'merchant', now, set: { shippedAt: now, shipments: _.push([summary]) } })
  if (!won) {
    await shipments().where({ _id: summary.shipmentId, orderId }).remove()
    throw new AppError('CONFLICT', '订单状态已变化，请刷新 / the order changed meanwhile, please refresh')
  }
  await reportShipmentToWeChat(order, carrierCode, waybillNo, now)
}

async function reportShipmentToWeChat(order: OrderRecord, carrierCode: string, waybillNo: string, now: number): Promise<void> {
  let upload: OrderRecord['shippingInfoUpload']
  if (!order.transactionId || !order.payerOpenid) {
    upload = { status: 'skipped', note: '无微信支付交易（零元订单）/ no WeChat Pay transaction' }
  } else {
    try {
      await uploadShippingInfo({
        transactionId: order.transactionId,
        payerOpenid: order.payerOpenid,
        carrierCode,
        waybillNo,
        itemDesc: order.items.map((i) => `${i.title}×${i.quantity}`).join('，'),
        uploadedAt: now,
      })
      upload = { status: 'uploaded', note: null }
    } catch (err) {
      upload = { status: 'failed', note: String((err as Error)?.message ?? err).slice(0, 200) }
    }
  }
  await orders().where({ _id: order._id }).update({ data: { shippingInfoUpload: upload } })
}

/** Parcel signed for: shipped → delivered. The tracking feature calls this too. */
export async function markDelivered(orderId: string, now: number): Promise<void> {
  const order = await findOrder(orderId)
  if (!order) throw new AppError('NOT_FOUND', '订单不存在 / order not found', { orderId })
  if (!(await transitionOrder(order, 'deliver', { by: 'system', now, set: { deliveredAt: now } }))) {
    throw new AppError('CONFLICT', '订单状态已变化，请刷新 / the order changed meanwhile, please refresh')
  }
}
