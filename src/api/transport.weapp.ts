import Taro from '@tarojs/taro'
import type { FunctionName } from '@cloud/functions/manifest'

let initialised = false

/** wx.cloud must be initialised once before the first call; CLOUD_ENV '' means the default environment. */
function ensureCloud(): void {
  if (initialised) return
  Taro.cloud.init(CLOUD_ENV ? { env: CLOUD_ENV, traceUser: true } : { traceUser: true })
  initialised = true
}

export async function sendToFunction(fn: FunctionName, event: { action: string; input: unknown }): Promise<unknown> {
  ensureCloud()
  const reply = await Taro.cloud.callFunction({ name: fn, data: event })
  return reply.result
}
