/**
 * subscribeMessage.send value rules (docs/platform-facts.md §3, "其他说明" table). A key's type is its name
 * without the trailing number: `thing1` is a thing, `character_string2` a character_string.
 * Pure: returns a reason for the first value WeChat would refuse with 47003, else null.
 */
const CJK = /[\u3400-\u9fff]/
const DATE = String.raw`\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?`
const CLOCK = String.raw`\d{1,2}:\d{2}(:\d{2})?`
const TIME_PART = `(${DATE}\\s*)?${CLOCK}`
const DATE_PART = `${DATE}(\\s*${CLOCK})?`
const ranged = (part: string) => new RegExp(`^${part}(\\s*~\\s*${part})?$`)

type Rule = (value: string) => boolean

const RULES: Record<string, Rule> = {
  thing: (v) => [...v].length <= 20,
  number: (v) => v.length <= 32 && /^\d+(\.\d+)?$/.test(v),
  letter: (v) => /^[A-Za-z]{1,32}$/.test(v),
  symbol: (v) => /^[^\p{L}\p{N}\s]{1,5}$/u.test(v),
  character_string: (v) => /^[\x21-\x7e]{1,32}$/.test(v),
  time: (v) => ranged(TIME_PART).test(v),
  date: (v) => ranged(DATE_PART).test(v),
  amount: (v) => /^[¥￥$]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  phone_number: (v) => /^[\d+\-\s()]{1,17}$/.test(v),
  car_number: (v) => [...v].length <= 8,
  name: (v) => (CJK.test(v) ? [...v].length <= 10 : /^[A-Za-z .·-]{1,20}$/.test(v)),
  phrase: (v) => /^[\u4e00-\u9fff]{1,5}$/.test(v),
}

export const keyType = (key: string) => key.replace(/\d+$/, '')

export function subscribeDataProblem(data: unknown): string | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'data 须为对象 / data must be an object'
  for (const [key, entry] of Object.entries(data as Record<string, unknown>)) {
    const value = entry && typeof entry === 'object' ? (entry as { value?: unknown }).value : undefined
    if (typeof value !== 'string' || value === '') return `data.${key}.value is empty`
    const rule = RULES[keyType(key)]
    // Unknown key types depend on the template; WeChat checks them against it, the fake cannot.
    if (rule && !rule(value)) return `data.${key}.value invalid for type ${keyType(key)}`
  }
  return null
}
