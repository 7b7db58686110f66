/**
 * Checks an upload_shipping_info body (docs/platform-facts.md §4) the way the shop's adapter must build it.
 * Returns the first problem or null.
 */
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)
const filled = (v: unknown) => typeof v === 'string' && v !== ''

export function shippingInfoProblem(data: Record<string, unknown>): string | null {
  const orderKey = data.order_key
  if (!isObject(orderKey)) return 'order_key is required'
  if (orderKey.order_number_type === 1) {
    if (!filled(orderKey.mchid) || !filled(orderKey.out_trade_no)) return 'order_key needs mchid and out_trade_no'
  } else if (orderKey.order_number_type === 2) {
    if (!filled(orderKey.transaction_id)) return 'order_key needs transaction_id'
  } else return 'order_key.order_number_type must be 1 or 2'
  if (![1, 2, 3, 4].includes(data.logistics_type as number)) return 'logistics_type must be 1-4'
  if (![1, 2].includes(data.delivery_mode as number)) return 'delivery_mode must be 1 or 2'
  const list = data.shipping_list
  if (!Array.isArray(list) || list.length === 0 || list.length > 15) return 'shipping_list needs 1-15 parcels'
  if (data.delivery_mode === 1 && list.length !== 1) return 'delivery_mode 1 takes exactly one parcel'
  for (const parcel of list) {
    if (!isObject(parcel) || !filled(parcel.item_desc)) return 'each parcel needs item_desc'
    if (data.logistics_type === 1 && (!filled(parcel.tracking_no) || !filled(parcel.express_company)))
      return 'express parcels need tracking_no and express_company'
  }
  if (!filled(data.upload_time) || Number.isNaN(Date.parse(String(data.upload_time))))
    return 'upload_time must be RFC 3339'
  if (!isObject(data.payer) || !filled(data.payer.openid)) return 'payer.openid is required'
  return null
}

export const isShippingUpload = (api: string) => /(^|\.)uploadShippingInfo$/.test(api)
