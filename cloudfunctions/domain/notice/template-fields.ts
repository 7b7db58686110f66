/**
 * Subscribe-message template data: which WeChat key each notice fills (its layout, one per notice
 * kind, matching the suggested templates in docs/go-live.md §4) and WeChat's value rule for each key
 * type (docs/platform-facts.md §3 "Value limits"). A value that breaks a rule makes WeChat refuse the
 * whole message (47003), so senders fit values first (`fitThing`, `shanghaiTime`) and the notice
 * service checks them before spending a consent. Pure.
 */
import { formatShanghai } from '../time'

/** The notices the shop sends (the same names as config/keys.ts TEMPLATE_KEYS; services/notice checks both agree). */
export const NOTICE_KINDS = ['orderPaid', 'orderShipped', 'refundResult', 'unpaidReminder', 'ticketReply', 'outForDelivery', 'parcelSigned', 'groupResult', 'birthday', 'newArrival', 'staffReminder'] as const
export type NoticeKindName = (typeof NOTICE_KINDS)[number]

export type FieldType =
  | 'thing'
  | 'number'
  | 'letter'
  | 'symbol'
  | 'character_string'
  | 'time'
  | 'date'
  | 'amount'
  | 'phone_number'
  | 'car_number'
  | 'name'
  | 'phrase'

const CJK = /[\u3400-\u9fff]/
const DATE = String.raw`\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?`
const CLOCK = String.raw`\d{1,2}:\d{2}(:\d{2})?`
const ranged = (part: string) => new RegExp(`^${part}(\\s*~\\s*${part})?$`)
const chars = (v: string) => [...v].length

export const FIELD_RULES: Record<FieldType, (value: string) => boolean> = {
  thing: (v) => chars(v) >= 1 && chars(v) <= 20,
  number: (v) => v.length <= 32 && /^\d+(\.\d+)?$/.test(v),
  letter: (v) => /^[A-Za-z]{1,32}$/.test(v),
  symbol: (v) => /^[^\p{L}\p{N}\s]{1,5}$/u.test(v),
  character_string: (v) => /^[\x21-\x7e]{1,32}$/.test(v),
  time: (v) => ranged(`(${DATE}\\s*)?${CLOCK}`).test(v),
  date: (v) => ranged(`${DATE}(\\s*${CLOCK})?`).test(v),
  amount: (v) => /^[¥￥$]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  phone_number: (v) => /^[\d+\-\s()]{1,17}$/.test(v),
  car_number: (v) => chars(v) >= 1 && chars(v) <= 8,
  name: (v) => (CJK.test(v) ? chars(v) <= 10 : /^[A-Za-z .·-]{1,20}$/.test(v)),
  phrase: (v) => /^[\u4e00-\u9fff]{1,5}$/.test(v),
}

/** A WeChat key's type is its name without the trailing number: `thing2` → thing. */
export function keyType(key: string): FieldType | null {
  const base = key.replace(/\d+$/, '')
  return base in FIELD_RULES ? (base as FieldType) : null
}

/**
 * Role → WeChat key per notice kind. Senders fill roles (`orderNo`, `carrier`, …); the service maps
 * them to the template's keys. Changing the template a merchant picks means changing this table.
 */
export const NOTICE_LAYOUTS: Record<NoticeKindName, Record<string, string>> = {
  orderPaid: { orderNo: 'character_string1', goods: 'thing2', amount: 'amount3', time: 'time4' },
  orderShipped: { orderNo: 'character_string1', carrier: 'thing2', waybillNo: 'character_string3', time: 'time4' },
  refundResult: { orderNo: 'character_string1', amount: 'amount2', result: 'phrase3', note: 'thing4' },
  unpaidReminder: { orderNo: 'character_string1', amount: 'amount2', remaining: 'thing3' },
  ticketReply: { topic: 'thing1', reply: 'thing2', time: 'time3' },
  outForDelivery: { orderNo: 'character_string1', carrier: 'thing2', waybillNo: 'character_string3', status: 'thing4' },
  parcelSigned: { orderNo: 'character_string1', carrier: 'thing2', waybillNo: 'character_string3', time: 'time4' },
  groupResult: { goods: 'thing1', result: 'phrase2', note: 'thing3', time: 'time4' },
  birthday: { title: 'thing1', benefit: 'thing2', expires: 'date3' },
  newArrival: { goods: 'thing1', reason: 'thing2', price: 'amount3' },
  /** To staff: what needs doing, about what, since when (admin reminders page). */
  staffReminder: { subject: 'thing1', detail: 'thing2', time: 'time3' },
}

export type TemplateData = Record<string, { value: string }>

/**
 * The template's `data` for a notice, or the first problem: a role the layout does not know, a role it
 * needs that is missing, or a value its key type refuses.
 */
export function buildTemplateData(kind: NoticeKindName, roles: Record<string, string>): { ok: true; data: TemplateData } | { ok: false; problem: string } {
  const layout = NOTICE_LAYOUTS[kind]
  for (const role of Object.keys(roles)) if (!(role in layout)) return { ok: false, problem: `unknown field ${role}` }
  const data: TemplateData = {}
  for (const [role, key] of Object.entries(layout)) {
    const value = roles[role]
    if (typeof value !== 'string' || value === '') return { ok: false, problem: `missing field ${role}` }
    const type = keyType(key)
    if (type && !FIELD_RULES[type](value)) return { ok: false, problem: `field ${role} (${key}) breaks the ${type} rule` }
    data[key] = { value }
  }
  return { ok: true, data }
}

/** Text fitted to a `thing` (≤ 20 characters, by code point), with an ellipsis when cut. */
export function fitThing(text: string, max = 20): string {
  const cps = [...text.replace(/\s+/g, ' ').trim()]
  if (cps.length === 0) return '-'
  return cps.length <= max ? cps.join('') : `${cps.slice(0, max - 1).join('')}…`
}

/** A `time` value: 'YYYY-MM-DD HH:mm', Beijing time. */
export const shanghaiTime = (ms: number): string => formatShanghai(ms, 'YYYY-MM-DD HH:mm')

/** An `amount` value from fen: '¥12.50'. */
export const amountOf = (fen: number): string => `¥${(Math.round(fen) / 100).toFixed(2)}`

/** Mini-program pages a message may open (subscribeMessage `page`: a path with optional query, no leading slash). */
export function isNoticePage(page: string): boolean {
  return page.length <= 512 && /^(pages|packages)\/[A-Za-z0-9_/-]+\/index(\?[A-Za-z0-9_=&%.-]*)?$/.test(page)
}
