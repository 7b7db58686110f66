/**
 * Extended JSON as wx-server-sdk 4.0.2 (@cloudbase/database 1.4.3, bson EJSON canonical mode) puts it on
 * the wire, and as the SDK parses it back (bson `EJSON.parse`, relaxed). The same codec is used for the
 * SQLite rows so a stored document round-trips Dates and RegExps exactly.
 */

/** A stored document. Loosely typed on purpose: callers cast to their own record types. */
export type Doc = { _id?: any; [field: string]: any }

/** Mongo regex options that JavaScript understands; `x` (extended) has no JS equivalent and is dropped. */
const JS_REGEX_FLAGS = new Set(['i', 'm', 's', 'u', 'g'])

function toRegExp(pattern: string, options: string): RegExp {
  const flags = [...(options || '')].filter((f) => JS_REGEX_FLAGS.has(f)).join('')
  return new RegExp(pattern, flags)
}

function toNumber(text: unknown): number {
  if (text === 'Infinity') return Infinity
  if (text === '-Infinity') return -Infinity
  if (text === 'NaN') return NaN
  return Number(text)
}

function decodeDate(value: unknown): Date {
  if (value && typeof value === 'object' && '$numberLong' in value) {
    return new Date(Number((value as { $numberLong: string }).$numberLong))
  }
  return new Date(value as string | number)
}

/**
 * Turns parsed EJSON into plain JS values: numbers, Date, RegExp. `$tcb_server_date` (db.serverDate)
 * becomes the server clock `now` plus its offset, which is what the cloud stores.
 */
export function decodeEjson(value: unknown, now: number): unknown {
  if (Array.isArray(value)) return value.map((v) => decodeEjson(v, now))
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Date || value instanceof RegExp) return value
  const obj = value as Record<string, unknown>
  const keys = Object.keys(obj)
  if (keys.length === 1) {
    const [key] = keys
    const inner = obj[key]
    switch (key) {
      case '$numberInt':
      case '$numberLong':
      case '$numberDouble':
      case '$numberDecimal':
        return toNumber(inner)
      case '$date':
        return decodeDate(inner)
      case '$regularExpression': {
        const re = inner as { pattern: string; options: string }
        return toRegExp(re.pattern, re.options)
      }
      case '$tcb_server_date': {
        const offset = decodeEjson((inner as { offset?: unknown } | undefined)?.offset ?? 0, now)
        return new Date(now + Number(offset || 0))
      }
      case '$oid':
        return String(inner)
      default:
        break
    }
  }
  const out: Record<string, unknown> = {}
  for (const key of keys) out[key] = decodeEjson(obj[key], now)
  return out
}

export function parseEjson(text: string, now: number): unknown {
  return decodeEjson(JSON.parse(text), now)
}

function encodeTree(value: unknown): unknown {
  if (value instanceof Date) return { $date: { $numberLong: String(value.getTime()) } }
  if (value instanceof RegExp) return { $regularExpression: { pattern: value.source, options: value.flags } }
  if (typeof value === 'number' && !Number.isFinite(value)) return { $numberDouble: String(value) }
  if (Array.isArray(value)) return value.map(encodeTree)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v !== undefined) out[k] = encodeTree(v)
  }
  return out
}

/** EJSON text the SDK's `EJSON.parse` turns back into the same values (numbers stay plain JSON numbers). */
export function stringifyEjson(value: unknown): string {
  return JSON.stringify(encodeTree(value))
}
