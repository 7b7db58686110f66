/**
 * Kuaidi100 over HTTPS (docs/platform-facts.md §4 "Kuaidi100"): the push subscription (`/poll`), the
 * real-time query (`/poll/query.do`, sign = uppercase MD5(param + key + customer)) and the check of
 * a push's sign (MD5(param + salt)). Node's http(s) module: the functions run on Node 16 (no fetch).
 */
import { createHash } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'

export const md5Upper = (text: string) => createHash('md5').update(text, 'utf8').digest('hex').toUpperCase()

export const kuaidi100QuerySign = (param: string, key: string, customer: string) => md5Upper(param + key + customer)

/** A push is Kuaidi100's only when its sign is MD5(param + salt) with the salt we subscribed with. */
export function kuaidi100PushSignValid(param: string, sign: string, salt: string): boolean {
  if (typeof sign !== 'string' || !/^[0-9A-Fa-f]{32}$/.test(sign)) return false
  const expected = Buffer.from(md5Upper(param + salt))
  const given = Buffer.from(sign.toUpperCase())
  let diff = 0
  for (let i = 0; i < expected.length; i++) diff |= expected[i] ^ given[i]
  return diff === 0
}

/** Why Kuaidi100 refused, as the shop tells it (each maps to a `reason.tracking.<problem>` key). */
export type Kuaidi100Problem =
  | 'badRequest'
  | 'phoneRequired'
  | 'noData'
  | 'carrierBusy'
  | 'rateLimited'
  | 'signRejected'
  | 'accountExpired'
  | 'alreadySubscribed'
  | 'unknownCarrier'
  | 'carrierRefused'
  | 'network'
  | 'unknown'

/** Every returnCode Kuaidi100 documents for query and subscribe, by what the shop does about it. */
export function kuaidi100Problem(returnCode: string, message: string, api: 'query' | 'poll'): Kuaidi100Problem {
  if (/频繁|锁定|超过|过快|lock|limit/i.test(message)) return 'rateLimited'
  if (api === 'poll') {
    switch (returnCode) {
      case '501':
        return 'alreadySubscribed'
      case '600':
      case '601':
        return 'accountExpired'
      case '700':
        return 'badRequest'
      case '701':
        return 'carrierRefused'
      case '702':
        return 'unknownCarrier'
      case '500':
      case '502':
        return 'carrierBusy'
      default:
        return 'unknown'
    }
  }
  switch (returnCode) {
    case '400':
      return 'badRequest'
    case '408':
      return 'phoneRequired'
    case '500':
      return 'noData'
    case '501':
    case '502':
      return 'carrierBusy'
    case '503':
      return 'signRejected'
    case '601':
      return 'accountExpired'
    default:
      return 'unknown'
  }
}

/** Worth asking again later (the cron backs off); the others need the merchant or the operator. */
export const RETRYABLE: ReadonlySet<Kuaidi100Problem> = new Set(['noData', 'carrierBusy', 'rateLimited', 'network', 'unknown'])

export interface FormReply {
  status: number
  body: unknown
}

/** POST application/x-www-form-urlencoded, JSON reply; rejects only on network failure or timeout. */
export function postForm(url: string, fields: Record<string, string>, timeoutMs = 8000): Promise<FormReply> {
  const body = new URLSearchParams(fields).toString()
  const target = new URL(url)
  const send = target.protocol === 'http:' ? httpRequest : httpsRequest
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8', 'content-length': Buffer.byteLength(body) }, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let parsed: unknown = text
          try {
            parsed = JSON.parse(text)
          } catch {
            // not JSON: kept as text for the caller's error
          }
          resolve({ status: res.statusCode ?? 0, body: parsed })
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error('kuaidi100 request timed out')))
    req.on('error', reject)
    req.end(body)
  })
}
