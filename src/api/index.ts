import type { FunctionName } from '@cloud/functions/manifest'
import type { ActionInput, ActionName, ActionOutput } from './actions'
import { asClientResult, networkError, type ClientResult } from './result'
import { sendToFunction } from './transport'

export type { ClientError, ClientResult } from './result'
export { errorText } from './result'

/**
 * The app's only way to reach the back end. Never throws: every outcome, including an unreachable
 * server, comes back as `{ ok: false, error: { code, message } }` so pages have one path for failure.
 */
export async function callAction<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: ActionInput<F, A>,
): Promise<ClientResult<ActionOutput<F, A>>> {
  let reply: unknown
  try {
    reply = await sendToFunction(fn, { action, input })
  } catch (cause) {
    return { ok: false, error: networkError(cause) }
  }
  return asClientResult<ActionOutput<F, A>>(reply)
}
