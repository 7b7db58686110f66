import type { AnyAction } from '../core/action'
import { buildRegistry, dispatch } from '../core/dispatch'
import type { ActionResult } from '../core/result'
import { ConfigError, shopConfig } from '../config'
import { resolveCaller } from '../services/caller.service'

/** Builds a cloud function's `main` from its actions: `{ action, input }` in, ActionResult out. */
export function createActionEntry(actions: readonly AnyAction[]) {
  const registry = buildRegistry(actions)
  return async function main(event: unknown): Promise<ActionResult<unknown>> {
    try {
      shopConfig()
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err
      // Nothing runs half-configured: every call says what the operator must set, until it is set.
      console.error(err.message)
      return { ok: false, error: err.toAppError().toActionError() }
    }
    return dispatch(registry, stripWeChatFields(event), { resolveCaller })
  }
}

/** WeChat adds `userInfo` (and on H5 nothing) to the event of callFunction; only action and input matter. */
function stripWeChatFields(event: unknown): unknown {
  if (!event || typeof event !== 'object') return event
  const { action, input } = event as { action?: unknown; input?: unknown }
  return { action, input }
}
