import { isRefundNotification, type PayCallbackReply } from '../contracts/pay'
import { PAY_NOTIFY_ACTIONS } from '../actions/system.actions'
import { createActionEntry } from '../platform/entry'
import { registerEffects } from '../services/effects'

registerEffects()

const run = createActionEntry(PAY_NOTIFY_ACTIONS)

/**
 * cloudPay calls this with the raw notification, payments and refunds alike (refunds carry
 * outRefundNo / refundStatus). The reply must be `{ errcode: 0 }` once recorded; anything else makes
 * WeChat deliver it again, which is what we want when recording failed.
 */
export async function main(event: unknown): Promise<PayCallbackReply> {
  const action = isRefundNotification(event) ? 'pay.refundNotify' : 'pay.notify'
  const result = await run({ action, input: event })
  if (result.ok) return { errcode: 0, errmsg: 'OK' }
  console.error(JSON.stringify({ level: 'error', fn: 'payNotify', action, error: result.error }))
  // Malformed or forged events will never become valid: acknowledge them so they are not retried forever.
  const permanent = result.error.code === 'INVALID_INPUT' || result.error.code === 'FORBIDDEN'
  return permanent ? { errcode: 0, errmsg: `ignored: ${result.error.code}` } : { errcode: -1, errmsg: result.error.code }
}
