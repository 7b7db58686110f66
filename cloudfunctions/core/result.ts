import type { ActionError } from './errors'

/** The one reply shape of every action, identical on WeChat and on the local cloud. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError }

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data })
export const fail = (error: ActionError): ActionResult<never> => ({ ok: false, error })
