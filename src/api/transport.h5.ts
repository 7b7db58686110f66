import type { FunctionName } from '@cloud/functions/manifest'
import { browserIdentityStore } from '../state/identity'

/**
 * The H5 build talks to the local cloud, which runs the same function bundles. WeChat would tell the
 * function who is calling; here the dev identity switcher does, through the X-WX-OPENID header.
 */
export async function sendToFunction(fn: FunctionName, event: { action: string; input: unknown }): Promise<unknown> {
  const response = await fetch(`/api/functions/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': browserIdentityStore().read() },
    body: JSON.stringify(event),
  })
  const text = await response.text()
  try {
    return JSON.parse(text)
  } catch {
    // A reply that is not JSON means we reached something other than the local cloud (static server, proxy).
    throw new Error(`HTTP ${response.status} from /api/functions/${fn} is not JSON`)
  }
}
