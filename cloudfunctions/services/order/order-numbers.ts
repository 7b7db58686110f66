/** Ids and numbers of orders and their payment attempts. */
import { createHash, randomBytes } from 'node:crypto'
import { payTimestamp } from '../../domain/time'

/** Same buyer + same client request → same order id, so a retried or raced create finds the first order. */
export function orderIdFor(openid: string, clientRequestId: string): string {
  return 'o' + createHash('sha1').update(`${openid}|${clientRequestId}`).digest('hex').slice(0, 31)
}

/** 20 digits a person can read out: Shanghai date-time to the second + 6 random digits. */
export function newOrderNo(now: number): string {
  const stamp = payTimestamp(now)
  return stamp + String(randomBytes(4).readUInt32BE(0) % 1_000_000).padStart(6, '0')
}

/** One trade number per pay attempt (≤32 chars, WeChat forbids reusing one with different params). */
export function outTradeNoFor(orderNo: string, attempt: number): string {
  return `${orderNo}P${attempt}`
}

/** Refund numbers are derived from what they refund, so a retry reuses the same number. */
export function outRefundNoFor(kind: 'aftersale' | 'cancelled' | 'mismatch' | 'group', ref: string): string {
  const prefix = { aftersale: 'RA', cancelled: 'RC', mismatch: 'RM', group: 'RG' }[kind]
  return `${prefix}${ref}`.slice(0, 64)
}
