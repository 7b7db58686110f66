import { CARRIER_NOTIFY_ACTIONS } from '../actions/carrier.actions'
import { createActionEntry } from '../platform/entry'
import { registerEffects } from '../services/effects'

registerEffects()

const run = createActionEntry(CARRIER_NOTIFY_ACTIONS)

interface HttpAccessEvent {
  httpMethod: string
  body?: string
  isBase64Encoded?: boolean | string
}

const isHttpAccess = (e: unknown): e is HttpAccessEvent => !!e && typeof e === 'object' && typeof (e as HttpAccessEvent).httpMethod === 'string'
const isPathPush = (e: unknown): e is { Event: string; DeliveryID?: unknown; WayBillId?: unknown } => !!e && typeof e === 'object' && (e as { Event?: unknown }).Event === 'add_express_path'

/** The integration response of WeChat Cloud's HTTP access (docs/platform-facts.md §5 "HTTP access"). */
const httpReply = (status: number, body: unknown) => ({ statusCode: status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) })

/**
 * Three doors. HTTP access (Kuaidi100's push: a form POST with `param` and `sign`) is answered with
 * Kuaidi100's `{result, returnCode, message}`; anything but a genuine, recorded push is answered
 * `result: false` so Kuaidi100 retries a push we failed to record. 物流助手's path-update push (message
 * push, Event add_express_path) is answered 'success'. Anything else is an ordinary `{action, input}`.
 */
export async function main(event: unknown): Promise<unknown> {
  if (isHttpAccess(event)) {
    if (event.httpMethod.toUpperCase() !== 'POST') return httpReply(405, { result: false, returnCode: '405', message: 'POST only' })
    const raw = event.isBase64Encoded === true || event.isBase64Encoded === 'true' ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : event.body ?? ''
    const form = new URLSearchParams(raw)
    const result = await run({ action: 'carrier.kuaidiPush', input: { param: form.get('param') ?? '', sign: form.get('sign') ?? '' } })
    if (result.ok) return httpReply(200, result.data)
    console.error(JSON.stringify({ level: 'error', fn: 'carrierNotify', action: 'carrier.kuaidiPush', error: result.error }))
    return httpReply(200, { result: false, returnCode: result.error.code === 'INVALID_INPUT' ? '400' : '500', message: result.error.code })
  }
  if (isPathPush(event)) {
    const result = await run({ action: 'carrier.pathUpdate', input: { deliveryId: event.DeliveryID, waybillId: event.WayBillId } })
    if (!result.ok) console.error(JSON.stringify({ level: 'error', fn: 'carrierNotify', action: 'carrier.pathUpdate', error: result.error }))
    // WeChat expects 'success' (or ''); a failed pull is cron's to catch up, not a reason to re-push.
    return 'success'
  }
  return run(event)
}
