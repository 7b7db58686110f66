/**
 * Record ids made of several caller-controlled parts (openid, product id, …). Never `${a}_${b}`: `_`
 * is legal in both, so 'ab' + 'c_d' and 'ab_c' + 'd' would share a record. The parts are encoded as a
 * JSON array (each string quoted and escaped, so the encoding is injective) and hashed.
 */
import { createHash } from 'node:crypto'

/** `prefix` + 32 hex of sha256(JSON.stringify(parts)). */
export function recordKey(prefix: string, ...parts: readonly string[]): string {
  return prefix + createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32)
}
