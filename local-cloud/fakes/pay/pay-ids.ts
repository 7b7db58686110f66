import { createHash, randomBytes, randomInt } from 'node:crypto'
import { payTimestamp } from '../clock'

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('')

/** Looks like a real prepay id ('wx' + Beijing time + hex) so logs read naturally. */
export const newPrepayId = (now: number) => `wx${payTimestamp(now)}${randomBytes(9).toString('hex')}`

/** Real transaction ids are 28 digits starting 42000. */
export const newTransactionId = () => `42000${digits(23)}`

/** Real refund ids are 29 digits starting 50. */
export const newRefundId = () => `50${digits(27)}`

export const newNonce = () => randomBytes(16).toString('hex')

/** Stand-in for WeChat's MD5 signature: deterministic, uppercase hex, never verified by anyone. */
export function fakeSign(fields: Record<string, unknown>): string {
  const text = Object.keys(fields)
    .sort()
    .map((key) => `${key}=${String(fields[key])}`)
    .join('&')
  return createHash('md5').update(`${text}&key=local-cloud-fake`).digest('hex').toUpperCase()
}
