/**
 * openapi calls the order flow makes. Each must also be listed in functions/manifest.ts permissions.
 */
import { rfc3339Shanghai } from '../domain/time'
import { wxCloud } from './cloud'

export interface ShippingInfoUpload {
  transactionId: string
  payerOpenid: string
  carrierCode: string
  waybillNo: string
  itemDesc: string
  uploadedAt: number
}

/**
 * Tells WeChat the order shipped so the buyer's payment is released to the merchant
 * (docs/platform-facts.md §4). Throws what WeChat throws; callers decide whether that matters.
 */
export async function uploadShippingInfo(p: ShippingInfoUpload): Promise<void> {
  const openapi = (wxCloud() as unknown as { openapi: any }).openapi
  await openapi.wxa.sec.order.uploadShippingInfo({
    orderKey: { orderNumberType: 2, transactionId: p.transactionId },
    logisticsType: 1,
    deliveryMode: 1,
    shippingList: [{ trackingNo: p.waybillNo, expressCompany: p.carrierCode, itemDesc: p.itemDesc.slice(0, 120) }],
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
