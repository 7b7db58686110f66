/**
 * The carriers a merchant can ship with: our code (WeChat 物流助手 delivery_id where WeChat has one),
 * the Kuaidi100 company code, whether Kuaidi100 needs the receiver's phone, and the waybill shapes that
 * identify the carrier on their own (docs/platform-facts.md §4 "Carriers"). Pure, shared with pages.
 */
export interface CarrierInfo {
  code: string
  /** Chinese trade name: a proper name, shown as is in both languages. */
  name: string
  kuaidi100: string
  /** Kuaidi100 refuses to answer for these without the receiver's phone (or its last 4 digits). */
  needsPhone: boolean
  /** Waybills that only this carrier issues; a number matching none (or several) is not guessed. */
  pattern: RegExp | null
  /** Logo colour for the badge (the page draws the first character on it). */
  color: string
}

export const CARRIERS: readonly CarrierInfo[] = [
  { code: 'SF', name: '顺丰速运', kuaidi100: 'shunfeng', needsPhone: true, pattern: /^SF\d{12,13}$/i, color: '#1a1a1a' },
  { code: 'YTO', name: '圆通速递', kuaidi100: 'yuantong', needsPhone: false, pattern: /^YT\d{13,16}$/i, color: '#5b2c8f' },
  { code: 'ZTO', name: '中通快递', kuaidi100: 'zhongtong', needsPhone: true, pattern: null, color: '#1f5fbf' },
  { code: 'YUNDA', name: '韵达快递', kuaidi100: 'yunda', needsPhone: false, pattern: null, color: '#f2b300' },
  { code: 'STO', name: '申通快递', kuaidi100: 'shentong', needsPhone: false, pattern: null, color: '#e8611a' },
  { code: 'JD', name: '京东快递', kuaidi100: 'jd', needsPhone: false, pattern: /^JD[A-Z0-9]{11,14}$/i, color: '#d71c1e' },
  { code: 'EMS', name: 'EMS', kuaidi100: 'ems', needsPhone: false, pattern: /^E[A-Z]\d{9}CN$/i, color: '#00704a' },
  { code: 'YZPY', name: '中国邮政', kuaidi100: 'youzhengguonei', needsPhone: false, pattern: null, color: '#0a7a3e' },
  { code: 'JTSD', name: '极兔速递', kuaidi100: 'jtexpress', needsPhone: false, pattern: /^JT\d{13}$/i, color: '#d0021b' },
  { code: 'DB', name: '德邦快递', kuaidi100: 'debangkuaidi', needsPhone: false, pattern: /^DPK\d{12}$/i, color: '#0b4ea2' },
]

export const CARRIER_CODES = CARRIERS.map((c) => c.code)

export function carrierOf(code: string): CarrierInfo | null {
  const upper = code.toUpperCase()
  return CARRIERS.find((c) => c.code === upper) ?? null
}

export function carrierByKuaidi100(company: string): CarrierInfo | null {
  return CARRIERS.find((c) => c.kuaidi100 === company.toLowerCase()) ?? null
}

/** The carrier a waybill number belongs to, when exactly one carrier's pattern matches; else null. */
export function guessCarrier(waybillNo: string): string | null {
  const text = waybillNo.trim()
  const matches = CARRIERS.filter((c) => c.pattern?.test(text))
  return matches.length === 1 ? matches[0].code : null
}

/** Last four digits of a phone number (what Kuaidi100 accepts for SF / ZTO), or null. */
export function phoneTail(phone: string | null | undefined): string | null {
  const digits = (phone ?? '').replace(/\D/g, '')
  return digits.length >= 4 ? digits.slice(-4) : null
}
