/**
 * Carriers the merchant can pick when shipping, by their WeChat 物流助手 delivery ids (the same ids
 * the logistics APIs and the local carrier fake use). The same ten as cloudfunctions/domain/logistics/carriers.ts.
 */
export interface Carrier {
  code: string
  name: string
}

export const CARRIERS: readonly Carrier[] = [
  { code: 'SF', name: '顺丰速运' },
  { code: 'YTO', name: '圆通速递' },
  { code: 'ZTO', name: '中通快递' },
  { code: 'YUNDA', name: '韵达快递' },
  { code: 'EMS', name: 'EMS' },
  { code: 'STO', name: '申通快递' },
  { code: 'JD', name: '京东快递' },
  { code: 'YZPY', name: '中国邮政' },
  { code: 'JTSD', name: '极兔速递' },
  { code: 'DB', name: '德邦快递' },
]

export function carrierName(code: string): string {
  return CARRIERS.find((c) => c.code.toLowerCase() === code.toLowerCase())?.name ?? code
}

/** The back end accepts 4–40 letters, digits or '-'; checking here lets the form say so before sending. */
export function isPlausibleWaybill(text: string): boolean {
  return /^[A-Za-z0-9-]{4,40}$/.test(text.trim())
}
