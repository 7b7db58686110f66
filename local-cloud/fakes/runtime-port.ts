/**
 * What the fakes need from the local-cloud runtime. Declared here (not imported from runtime/) so the
 * fakes build and test on their own; the runtime implements a superset of it.
 */
export interface InvokeIdentity {
  openid?: string | null
  /** Becomes getWXContext().SOURCE, e.g. 'wx_paycallback' or 'wx_trigger'. */
  source?: string
}

/**
 * A cloudPay or openapi call as it reached the SDK's request(): `api` is the proxy path joined by dots
 * ('unifiedOrder', 'subscribeMessage.send'), `data` the call's params after the SDK's camel→snake
 * conversion. `openid` is the caller, when the runtime knows it (optional).
 */
export interface PlatformCall {
  api: string
  data: any
  openid?: string | null
}

export type PlatformHandler = (req: PlatformCall) => Promise<any>

export interface RuntimePort {
  invoke(fn: string, event: unknown, identity?: InvokeIdentity): Promise<unknown>
  setPayHandler(h: PlatformHandler): void
  setOpenApiHandler(h: PlatformHandler): void
}
