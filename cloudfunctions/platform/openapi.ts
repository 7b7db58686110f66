/**
 * openapi calls the shop makes. Each must also be listed in functions/manifest.ts permissions.
 */
import { rfc3339Shanghai } from '../domain/time'
import { wxCloud } from './cloud'

const openapi = () => (wxCloud() as unknown as { openapi: any }).openapi

export interface ShippingParcel {
  carrierCode: string
  waybillNo: string
  itemDesc: string
  /** Receiver's masked phone, sent as `contact.receiver_contact` (WeChat asks for it with SF). */
  receiverContact?: string
}

export interface ShippingInfoUpload {
  transactionId: string
  payerOpenid: string
  parcels: ShippingParcel[]
  uploadedAt: number
}

/**
 * Tells WeChat the order shipped so the buyer's payment is released to the merchant
 * (docs/platform-facts.md §4 "Shipping-info upload"). One parcel: unified delivery. Several parcels
 * of one order shipped together: split delivery (`delivery_mode` 2) listing every waybill, with
 * `is_all_delivered` true — a payment's shipping info may be updated only once, so it is sent whole.
 * Throws what WeChat throws; callers decide whether that matters.
 */
export async function uploadShippingInfo(p: ShippingInfoUpload): Promise<void> {
  const split = p.parcels.length > 1
  await openapi().wxa.sec.order.uploadShippingInfo({
    orderKey: { orderNumberType: 2, transactionId: p.transactionId },
    logisticsType: 1,
    deliveryMode: split ? 2 : 1,
    ...(split ? { isAllDelivered: true } : {}),
    shippingList: p.parcels.map((parcel) => ({
      trackingNo: parcel.waybillNo,
      expressCompany: parcel.carrierCode,
      itemDesc: parcel.itemDesc.slice(0, 120),
      ...(parcel.receiverContact ? { contact: { receiverContact: parcel.receiverContact } } : {}),
    })),
    uploadTime: rfc3339Shanghai(p.uploadedAt),
    payer: { openid: p.payerOpenid },
  })
}


/**
 * The phone number behind a `getPhoneNumber` button code (single use, 5 minutes; docs/platform-facts.md
 * "Phone number"). Returns the number without country code, or null when WeChat refuses the code.
 */
export async function phoneNumberOf(code: string): Promise<string | null> {
  const openapi = (wxCloud() as unknown as { openapi: any }).openapi
  try {
    const reply = (await openapi.phonenumber.getPhoneNumber({ code })) as { phoneInfo?: { purePhoneNumber?: string; phoneNumber?: string } }
    const phone = reply?.phoneInfo?.purePhoneNumber ?? reply?.phoneInfo?.phoneNumber
    return typeof phone === 'string' && phone.length > 0 ? phone : null
  } catch (err) {
    console.error(JSON.stringify({ level: 'warn', openapi: 'phonenumber.getPhoneNumber', error: String((err as Error)?.message ?? err).slice(0, 200) }))
    return null
  }
}
export interface SubscribeMessage {
  touser: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
  miniprogramState: 'developer' | 'trial' | 'formal'
}

/** What a refused send means for the notice service (docs/platform-facts.md §3 errors). */
export type SendRefusal = 'notSubscribed' | 'badData' | 'badTemplate' | 'badUser' | 'badPage' | 'other'

export class SubscribeSendError extends Error {
  constructor(
    readonly refusal: SendRefusal,
    readonly errCode: number | null,
    message: string,
  ) {
    super(message)
    this.name = 'SubscribeSendError'
  }
}

const REFUSALS: Record<number, SendRefusal> = { 43101: 'notSubscribed', 47003: 'badData', 40037: 'badTemplate', 40003: 'badUser', 41030: 'badPage' }

export async function sendSubscribeMessage(m: SubscribeMessage): Promise<void> {
  try {
    await openapi().subscribeMessage.send({ touser: m.touser, templateId: m.templateId, page: m.page, data: m.data, miniprogramState: m.miniprogramState, lang: 'zh_CN' })
  } catch (err) {
    const code = Number((err as { errCode?: unknown })?.errCode)
    const known = Number.isFinite(code) ? REFUSALS[code] : undefined
    throw new SubscribeSendError(known ?? 'other', Number.isFinite(code) ? code : null, String((err as Error)?.message ?? err).slice(0, 200))
  }
}

export interface PathItem {
  actionTime?: number
  actionType?: number
  actionMsg?: string
}

/** WeChat 物流助手 trace of a waybill (docs/platform-facts.md §4): keyed on the order id it was created with. */
export async function getLogisticsPath(q: { orderId: string; openid: string; deliveryId: string; waybillId: string }): Promise<PathItem[]> {
  const reply = await openapi().logistics.getPath({ orderId: q.orderId, openid: q.openid, deliveryId: q.deliveryId, waybillId: q.waybillId })
  return Array.isArray(reply?.pathItemList) ? reply.pathItemList : []
}

/**
 * The local cloud's simulated carrier (selected only by JF_CARRIER=simulated, which a deployed
 * function refuses): `follow` registers the merchant's waybill and asks for path-update pushes; `path`
 * reads its trace in 物流助手's shape.
 */
export async function simulatedCarrier(api: 'follow' | 'path', q: { orderId: string; openid: string; deliveryId: string; waybillId: string; receiverPhone?: string }): Promise<PathItem[]> {
  const reply = await openapi().localCarrier[api]({ orderId: q.orderId, openid: q.openid, deliveryId: q.deliveryId, waybillId: q.waybillId, receiverPhone: q.receiverPhone ?? '' })
  return Array.isArray(reply?.pathItemList) ? reply.pathItemList : []
}
