/** logistics.* openapi calls answered by the simulated carrier, in WeChat's snake_case reply shape. */
import type { SimulatedCarrier } from '../carrier/simulated-carrier'
import { DELIVERY_COMPANIES, companyById } from '../carrier/delivery-companies'
import { fail, ok, OPENAPI_ERRCODES } from './openapi-replies'

type Data = Record<string, unknown>
const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null)

export function getAllDelivery() {
  return ok({
    count: DELIVERY_COMPANIES.length,
    data: DELIVERY_COMPANIES.map((c) => ({
      delivery_id: c.deliveryId,
      delivery_name: c.name,
      can_use_cash: 1,
      can_get_quota: 1,
      service_type: [{ service_type: 0, service_name: '标准快递' }],
    })),
  })
}

export async function addOrder(carrier: SimulatedCarrier, data: Data) {
  const orderId = text(data.order_id)
  const deliveryId = text(data.delivery_id)
  if (!orderId || !deliveryId) return fail(OPENAPI_ERRCODES.dataFormat, 'order_id and delivery_id are required')
  if (!companyById(deliveryId)) return fail(OPENAPI_ERRCODES.dataFormat, `unknown delivery_id ${deliveryId}`)
  const receiver = (data.receiver ?? {}) as Data
  if (!text(receiver.name) || !(text(receiver.mobile) || text(receiver.tel)) || !text(receiver.address))
    return fail(OPENAPI_ERRCODES.dataFormat, 'receiver needs name, mobile or tel, and address')
  // order_id is WeChat's uniqueness key: a retried addOrder must not create a second parcel.
  const existing = await carrier.findByOrder(orderId)
  if (existing && existing.deliveryId !== deliveryId)
    return fail(OPENAPI_ERRCODES.dataFormat, `order_id ${orderId} already has a ${existing.deliveryId} waybill`)
  const waybill =
    existing ??
    (await carrier.createWaybill({
      orderId,
      deliveryId,
      openid: text(data.openid),
      receiverPhone: text(receiver.mobile) ?? text(receiver.tel),
    }))
  return ok({
    order_id: orderId,
    waybill_id: waybill.waybillId,
    delivery_resultcode: 0,
    delivery_resultmsg: '',
    waybill_data: [{ key: `${deliveryId}_bagAddr`, value: '上海' }],
  })
}

export async function getPath(carrier: SimulatedCarrier, data: Data) {
  const orderId = text(data.order_id)
  if (!orderId) return fail(OPENAPI_ERRCODES.dataFormat, 'order_id is required')
  const waybill = await carrier.findByOrder(orderId, text(data.delivery_id) ?? undefined)
  const waybillId = text(data.waybill_id)
  if (!waybill || (waybillId && waybill.waybillId !== waybillId))
    return fail(OPENAPI_ERRCODES.waybillNotFound, `no waybill for order_id ${orderId}`)
  return ok({
    openid: waybill.openid ?? text(data.openid),
    delivery_id: waybill.deliveryId,
    waybill_id: waybill.waybillId,
    path_item_num: waybill.events.length,
    path_item_list: waybill.events.map((e) => ({
      action_time: Math.floor(e.at / 1000),
      action_type: e.actionType,
      action_msg: e.actionMsg,
    })),
  })
}

export async function cancelOrder(carrier: SimulatedCarrier, data: Data) {
  const orderId = text(data.order_id)
  const waybill = orderId ? await carrier.findByOrder(orderId) : null
  if (!waybill) return fail(OPENAPI_ERRCODES.waybillNotFound, `no waybill for order_id ${orderId}`)
  try {
    await carrier.cancel(waybill.waybillId)
  } catch (e) {
    return fail(OPENAPI_ERRCODES.dataFormat, e instanceof Error ? e.message : String(e))
  }
  return ok({ delivery_resultcode: 0, delivery_resultmsg: '' })
}

/** localCarrier.follow / localCarrier.path: the shop's simulated-carrier adapter (merchant-typed waybills). */
export async function localCarrier(carrier: SimulatedCarrier, api: 'follow' | 'path', data: Data) {
  const waybillId = text(data.waybill_id)
  const deliveryId = text(data.delivery_id)
  if (!waybillId || !deliveryId) return fail(OPENAPI_ERRCODES.dataFormat, 'waybill_id and delivery_id are required')
  let waybill = await carrier.get(waybillId)
  if (api === 'follow' || !waybill) {
    try {
      waybill = await carrier.follow({ waybillId, deliveryId, orderId: text(data.order_id) ?? waybillId, openid: text(data.openid), receiverPhone: text(data.receiver_phone) })
    } catch (e) {
      return fail(OPENAPI_ERRCODES.dataFormat, e instanceof Error ? e.message : String(e))
    }
  }
  return ok({
    waybill_id: waybill.waybillId,
    delivery_id: waybill.deliveryId,
    path_item_num: waybill.events.length,
    path_item_list: waybill.events.map((e) => ({ action_time: Math.floor(e.at / 1000), action_type: e.actionType, action_msg: e.actionMsg })),
  })
}
