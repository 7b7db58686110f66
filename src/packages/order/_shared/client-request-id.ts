/**
 * The id that makes order.create idempotent. Made once per checkout visit: a double tap, or a retry
 * after a timeout, sends the same id and gets the same order back instead of a second one.
 */
export function newClientRequestId(now: number = Date.now(), random: () => number = Math.random): string {
  const noise = Array.from({ length: 3 }, () => Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')).join('')
  return `co-${now.toString(36)}-${noise}`
}
