import type { InvokeIdentity, PlatformHandler, RuntimePort } from '../../../local-cloud/fakes/runtime-port'

export interface RecordedInvoke {
  fn: string
  event: any
  identity?: InvokeIdentity
}

/** A RuntimePort whose functions answer `reply` (default WeChat's expected `{errcode:0}`) and are recorded. */
export function recordingRuntime(reply: (call: RecordedInvoke) => unknown = () => ({ errcode: 0, errmsg: 'OK' })) {
  const invokes: RecordedInvoke[] = []
  const handlers: { pay?: PlatformHandler; openapi?: PlatformHandler } = {}
  const runtime: RuntimePort = {
    async invoke(fn, event, identity) {
      const call = { fn, event, identity }
      invokes.push(call)
      return reply(call)
    },
    setPayHandler: (h) => {
      handlers.pay = h
    },
    setOpenApiHandler: (h) => {
      handlers.openapi = h
    },
  }
  return { runtime, invokes, handlers }
}
