import type { FunctionName } from '@cloud/functions/manifest'
import type { ActionInput, ActionName, ActionOutput } from './actions'
import { asClientResult, networkError, type ClientResult } from './result'

export type SendToFunction = (fn: FunctionName, event: { action: string; input: unknown }) => Promise<unknown>

export type CallAction = <F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: ActionInput<F, A>,
) => Promise<ClientResult<ActionOutput<F, A>>>

/**
 * Builds callAction over a transport. Never throws: every outcome, including an unreachable server,
 * comes back as `{ ok: false, error: { code, message } }` so pages have one path for failure.
 */
export function createCaller(send: SendToFunction): CallAction {
  return async (fn, action, input) => {
    let reply: unknown
    try {
      reply = await send(fn, { action, input })
    } catch (cause) {
      return { ok: false, error: networkError(cause) }
    }
    return asClientResult(reply)
  }
}
