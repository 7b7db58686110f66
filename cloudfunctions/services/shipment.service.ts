/**
 * Parcels: the merchant ships a paid order (carrier + waybill), exchanges ship replacements. Telling
 * WeChat about the shipment (so the buyer's money is released) is an outbox effect of the ship
 * transition: tried at once, retried with backoff, and it never blocks shipping.
 */
import { groupBlocksShipping } from '../domain/specials'
import type { ShipmentSummary } from '../contracts/order'
import type { Actor } from '../contracts/common'
import { AppError, notFound } from '../core/errors'
import { orderMachine } from '../domain/machines'
import { db } from '../platform/cloud'
import { uploadShippingInfo } from '../platform/openapi'
import { COLLECTION } from '../schema/collections'
import { findOrder, orders, type OrderRecord } from './order/order-record'
import { transitionOrderOrConflict } from './order/order-transition'
import { runWorkflow } from './workflow/run-workflow'

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
    if (existing.orderId !== order._id) throw new AppError('CONFLICT', 'error.ship.waybillUsed', { waybillNo }, { waybillNo })
    return { shipmentId: _id, carrierCode, waybillNo, purpose: existing.purpose, shippedAt: existing.shippedAt }
  }
  const summary: ShipmentSummary = { shipmentId: _id, carrierCode, waybillNo, purpose, shippedAt: now }
  if (purpose === 'replacement') {
    const _ = db().command
    await orders().where({ _id: order._id }).update({ data: { shipments: _.push([summary]) } })
  }
  return summary
}

interface ShipContext {
  order: OrderRecord
  carrierCode: string
  waybillNo: string
  actor: Actor
  now: number
  summary?: ShipmentSummary
  recorded: boolean
}

/**
 * Ship as a workflow: recordShipment ↔ remove it, then the paid → shipped transition (whose hooks
 * upload the shipping info to WeChat and notify the buyer through the outbox).
 */
export async function shipOrder(orderId: string, carrierCode: string, waybillNo: string, actor: Actor, now: number): Promise<void> {
  const order = await findOrder(orderId)
  if (!order) throw notFound('order', orderId)
  const verdict = orderMachine.can(order.state, 'ship')
  if (!verdict.ok) throw new AppError('CONFLICT', verdict.key, verdict.params, { state: order.state })
  if (groupBlocksShipping(order as { group?: { formedAt?: number | null } })) throw new AppError('CONFLICT', 'error.group.notFormed', {}, { orderId })
  await runWorkflow<ShipContext>(
    'order.ship',
    [
      {
        name: 'recordShipment',
        run: async (ctx) => {
          ctx.summary = await recordShipment(ctx.order, ctx.carrierCode, ctx.waybillNo, 'order', ctx.now)
          ctx.recorded = true
        },
        compensate: async (ctx) => {
          if (ctx.recorded && ctx.summary) await shipments().where({ _id: ctx.summary.shipmentId, orderId: ctx.order._id }).remove()
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
            set: { shippedAt: ctx.now, shipments: _.push([ctx.summary!]), shippingInfoUpload: { status: 'pending', problem: null } },
          })
        },
      },
    ],
    { order, carrierCode, waybillNo, actor, now, recorded: false },
  )
}

/**
 * Outbox effect of shipping: tell WeChat, so the buyer's payment is released to the merchant. A
 * zero-amount order has no WeChat transaction and is skipped; a WeChat refusal is retried with backoff.
 */
export async function uploadShippingInfoOf(orderId: string, now: number): Promise<'done' | 'skipped'> {
  const order = await findOrder(orderId)
  if (!order) return 'skipped'
  const parcel = order.shipments.find((s) => s.purpose === 'order')
  if (!order.transactionId || !order.payerOpenid || !parcel) {
    await orders().doc(order._id).update({ data: { shippingInfoUpload: { status: 'skipped', problem: { key: 'reason.shipping.noTransaction' } } } })
    return 'skipped'
  }
  try {
    await uploadShippingInfo({
      transactionId: order.transactionId,
      payerOpenid: order.payerOpenid,
      carrierCode: parcel.carrierCode,
      waybillNo: parcel.waybillNo,
      itemDesc: order.items.map((i) => `${i.title}×${i.quantity}`).join('，'),
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

/** Parcel signed for: shipped → delivered. The tracking feature calls this too. */
export async function markDelivered(orderId: string, actor: Actor, now: number): Promise<void> {
  const order = await findOrder(orderId)
  if (!order) throw notFound('order', orderId)
  await transitionOrderOrConflict(order, { event: 'deliver', actor, now, set: { deliveredAt: now } })
}
