import type { ActionResult } from '@cloud/core/result'
import type { ActionError, ErrorCode } from '@cloud/core/errors'

/**
 * What a page gets back from callAction: exactly the action's reply, or — when the reply never came —
 * a NETWORK error, so pages branch on one shape whether the server said no or could not be reached.
 */
export type ClientErrorCode = ErrorCode | 'NETWORK'
/** Errors made on the client (network, local checks) may carry plain text in `message` and no key. */
export type ClientError = Omit<ActionError, 'code' | 'key'> & { code: ClientErrorCode; key?: string }
export type ClientResult<T> = Extract<ActionResult<T>, { ok: true }> | { ok: false; error: ClientError }

export const networkError = (cause: unknown): ClientError => ({
  code: 'NETWORK',
  key: 'error.network',
  message: 'error.network',
  details: { cause: describe(cause) },
})

function describe(cause: unknown): string {
  if (cause instanceof Error) return cause.message
  if (cause && typeof cause === 'object' && 'errMsg' in cause) return String((cause as { errMsg: unknown }).errMsg)
  return String(cause)
}

/** The reply must look like an ActionResult; anything else (an HTML error page, a proxy's text) is a fault. */
export function asClientResult<T>(reply: unknown): ClientResult<T> {
  if (reply && typeof reply === 'object' && 'ok' in reply) {
    const r = reply as { ok: unknown; data?: unknown; error?: unknown }
    if (r.ok === true) return { ok: true, data: r.data as T }
    if (r.ok === false && r.error && typeof r.error === 'object' && 'code' in r.error) return { ok: false, error: r.error as ClientError }
  }
  return { ok: false, error: { code: 'INTERNAL', key: 'error.badReply', message: 'error.badReply' } }
}

/** What a page opened from a link without the id it needs says (a truncated share card, a stale bookmark). */
export const incompleteLink: ClientError = { code: 'INVALID_INPUT', key: 'link.incomplete', message: 'link.incomplete' }

/** Calls only when the page was given its id; otherwise answers with `incompleteLink`, sending nothing. */
export function whenLinked<T>(id: string, call: () => Promise<ClientResult<T>>): Promise<ClientResult<T>> {
  return id ? call() : Promise.resolve({ ok: false, error: incompleteLink })
}
