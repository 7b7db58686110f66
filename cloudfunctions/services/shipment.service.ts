/**
 * Parcels: the merchant ships a paid order (one parcel, or several for a split shipment), exchanges
 * ship replacements. Telling WeChat about the shipment (so the buyer's money is released), following
 * the parcels with the carrier and the shipped notice are outbox effects of the ship transition: tried
 * at once, retried with backoff, and none of them ever blocks shipping.
 */
import { groupBlocksShipping } from '../domain/specials'
import type { ShipmentSummary } from '../contracts/order'
import type { Actor } from '../contracts/common'
import { AppError, notFound } from '../core/errors'
import { orderMachine } from '../domain/machines'
import { carrierOf } from '../domain/logistics/carriers'
import { db } from '../platform/cloud'
import { uploadShippingInfo } from '../platform/openapi'
import { findOrder, orders, type OrderRecord } from './order/order-record'
import { transitionOrderOrConflict } from './order/order-transition'
import { runWorkflow } from './workflow/run-workflow'
import { shipmentIdOf, shipments, type ShipmentDoc } from './shipment/shipment-record'

export type { ShipmentDoc }

export interface ParcelInput {
  carrierCode: string
  waybillNo: string
  /** The order lines (SKU ids) in this parcel; absent: the whole order. */
  skuIds?: string[]
}

function itemDescOf(order: OrderRecord, skuIds?: string[]): string {
  const items = skuIds?.length ? order.items.filter((i) => skuIds.includes(i.skuId)) : order.items
  return items.map((i) => `${i.title}×${i.quantity}`).join('，').slice(0, 120)
}

/** Inserts the parcel record; the same waybill on another order is refused, on the same order it is a repeat. */
export async function recordShipment(
  order: OrderRecord,
  carrierCode: string,
  waybillNo: string,
  purpose: ShipmentDoc['purpose'],
  now: number,
  parcel: { parcelNo?: number; skuIds?: string[] } = {},
): Promise<ShipmentSummary> {
  const _id = shipmentIdOf(carrierCode, waybillNo)
  const parcelNo = parcel.parcelNo ?? (order.shipments?.length ?? 0) + 1
  const doc: ShipmentDoc = {
    _id,
    orderId: order._id,
    openid: order.openid,
    // Our code for a known carrier ('sf' → 'SF'); anything else as the merchant gave it.
    carrierCode: carrierOf(carrierCode)?.code ?? carrierCode,
    waybillNo,
    purpose,
    parcelNo,
    itemDesc: itemDescOf(order, parcel.skuIds),
    receiverPhone: order.address?.phone ?? null,
    state: 'shipped',
    events: [],
    log: [],
    version: 0,
    shippedAt: now,
    createdAt: now,
    updatedAt: now,
    lastSyncAt: null,
    lastQueryAt: null,
    // Push is the main path; cron asks after an hour in case no push came.
    nextPollAt: now + 60 * 60_000,
    syncErrors: 0,
    problem: null,
    subscription: 'pending',
    stalledAt: null,
  }
  const summaryOf = (d: Pick<ShipmentDoc, 'purpose' | 'shippedAt' | 'parcelNo'>): ShipmentSummary => ({
    shipmentId: _id,
    carrierCode: doc.carrierCode,
    waybillNo,
    purpose: d.purpose,
    shippedAt: d.shippedAt,
    parcelNo: d.parcelNo,
    track: { status: 'shipped', text: '', at: d.shippedAt, version: 0 },
  })
  try {
    await shipments().add({ data: doc as unknown as Record<string, unknown> })
  } catch (err) {
    const existing = (await shipments().doc(_id).get()).data
    if (!existing) throw err
    if (existing.orderId !== order._id) throw new AppError('CONFLICT', 'error.ship.waybillUsed', { waybillNo }, { waybillNo })
    return summaryOf(existing)
  }
  const summary = summaryOf(doc)
  if (purpose === 'replacement') {
    const _ = db().command
    await orders().where({ _id: order._id }).update({ data: { shipments: _.push([summary]) } })
  }
  return summary
}

interface ShipContext {
  order: OrderRecord
  parcels: ParcelInput[]
  actor: Actor
  now: number
  summaries: ShipmentSummary[]
}

function checkParcels(order: OrderRecord, parcels: ParcelInput[]): void {
  const ids = parcels.map((p) => shipmentIdOf(p.carrierCode, p.waybillNo))
  if (new Set(ids).size !== ids.length) throw new AppError('INVALID_INPUT', 'error.ship.duplicateWaybill')
  const known = new Set(order.items.map((i) => i.skuId))
  for (const p of parcels) for (const sku of p.skuIds ?? []) if (!known.has(sku)) throw new AppError('INVALID_INPUT', 'error.ship.unknownLine', { skuId: sku })
}

/**
 * Ship as a workflow: record every parcel ↔ remove them, then the paid → shipped transition (whose
 * hooks upload the shipping info to WeChat, follow the parcels with the carrier and notify the buyer).
 */
export async function shipOrder(orderId: string, parcels: ParcelInput[], actor: Actor, now: number): Promise<void> {
  const order = await findOrder(orderId)
  if (!order) throw notFound('order', orderId)
  const verdict = orderMachine.can(order.state, 'ship')
  if (!verdict.ok) throw new AppError('CONFLICT', verdict.key, verdict.params, { state: order.state })
  if (groupBlocksShipping(order as { group?: { formedAt?: number | null } })) throw new AppError('CONFLICT', 'error.group.notFormed', {}, { orderId })
  checkParcels(order, parcels)
  await runWorkflow<ShipContext>(
    'order.ship',
    [
      {
        name: 'recordShipment',
        run: async (ctx) => {
          for (const [i, p] of ctx.parcels.entries()) {
            ctx.summaries.push(await recordShipment(ctx.order, p.carrierCode, p.waybillNo, 'order', ctx.now, { parcelNo: i + 1, skuIds: p.skuIds }))
          }
        },
        compensate: async (ctx) => {
          for (const s of ctx.summaries) await shipments().where({ _id: s.shipmentId, orderId: ctx.order._id }).remove()
        },
      },
      {
        name: 'transition',
        run: async (ctx) => {
          const _ = db().command
          await transitionOrderOrConflict(ctx.order, {
            event: 'ship',
            actor: ctx.actor,
            now: ctx.now,
            set: { shippedAt: ctx.now, shipments: _.push(ctx.summaries), shippingInfoUpload: { status: 'pending', problem: null } },
          })
        },
      },
    ],
    { order, parcels, actor, now, summaries: [] },
  )
}

/** 138****1234: what WeChat shows of the receiver with an SF waybill. */
const maskedPhone = (phone: string | undefined) => (phone && phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : undefined)

/**
 * Outbox effect of shipping: tell WeChat, so the buyer's payment is released to the merchant. One
 * upload carries the payment's transaction id and every parcel's waybill (split delivery when there
 * are several). A zero-amount order has no WeChat transaction and is skipped; a refusal is retried.
 */
export async function uploadShippingInfoOf(orderId: string, now: number): Promise<'done' | 'skipped'> {
  const order = await findOrder(orderId)
  if (!order) return 'skipped'
  const parcels = (order.shipments ?? []).filter((s) => s.purpose === 'order')
  if (!order.transactionId || !order.payerOpenid || !parcels.length) {
    await orders().doc(order._id).update({ data: { shippingInfoUpload: { status: 'skipped', problem: { key: 'reason.shipping.noTransaction' } } } })
    return 'skipped'
  }
  const docs = await shipments().where({ orderId: order._id }).get()
  const descOf = (id: string) => docs.data.find((d) => d._id === id)?.itemDesc || order.items.map((i) => `${i.title}×${i.quantity}`).join('，')
  try {
    await uploadShippingInfo({
      transactionId: order.transactionId,
      payerOpenid: order.payerOpenid,
      parcels: parcels.map((p) => ({
        carrierCode: p.carrierCode,
        waybillNo: p.waybillNo,
        itemDesc: descOf(p.shipmentId),
        ...(p.carrierCode === 'SF' ? { receiverContact: maskedPhone(order.address?.phone) } : {}),
      })),
      uploadedAt: now,
    })
  } catch (err) {
    const detail = String((err as Error)?.message ?? err).slice(0, 200)
    await orders().doc(order._id).update({ data: { shippingInfoUpload: { status: 'failed', problem: { key: 'reason.shipping.wechatRefused', params: { detail } } } } })
    throw err
  }
  await orders().doc(order._id).update({ data: { shippingInfoUpload: { status: 'uploaded', problem: null } } })
  return 'done'
}

/** Parcel signed for: shipped → delivered. Tracking calls this when every parcel is signed. */
export async function markDelivered(orderId: string, actor: Actor, now: number): Promise<void> {
  const order = await findOrder(orderId)
  if (!order) throw notFound('order', orderId)
  await transitionOrderOrConflict(order, { event: 'deliver', actor, now, set: { deliveredAt: now } })
}
