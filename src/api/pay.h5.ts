import { browserIdentityStore } from '../state/identity'
import type { PaymentTicket, PayOutcome } from './pay'

export const PAY_NEEDS_CONFIRM_SHEET = true

/**
 * The browser build's "WeChat Pay": the local cloud's pay fake marks the prepay paid as the current dev
 * identity and delivers the payment notification to payNotify, as WeChat would. Dev only — the
 * endpoint exists on the local cloud, never in a deployed function.
 */
export async function requestPayment({ outTradeNo }: PaymentTicket): Promise<PayOutcome> {
  let response: Response
  try {
    response = await fetch('/api/dev/pay/simulate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outTradeNo, openid: browserIdentityStore().read() }),
    })
  } catch (cause) {
    console.warn('pay: simulate unreachable', cause)
    return { status: 'failed', message: 'error.network' }
  }
  const reply = (await response.json().catch(() => null)) as { ok?: boolean; error?: { message?: string } } | null
  if (reply?.ok) return { status: 'paid' }
  console.warn('pay: simulated payment failed', reply?.error?.message ?? `HTTP ${response.status}`)
  return { status: 'failed', message: 'pay.failed.simulated' }
}
