/**
 * Per-invocation context for code that only knows process-wide state. wx-server-sdk reads the caller's
 * identity from `process.env` (WX_CONTEXT_KEYS, WX_OPENID, TCB_SOURCE, TCB_ENV…) and sends every request
 * through one module-level function; concurrent invocations in one process would share both. An
 * AsyncLocalStorage scope carries "which local cloud, which caller" through every await, and
 * `process.env` is replaced by a Proxy that overlays the current scope's variables.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

/** What a local cloud answers; the SDK bridge decodes requests into these calls and encodes the replies. */
export interface RequestRouter {
  /** A `database.*` action with its raw params; the reply is the service's JSON (with `code` on failure). */
  database(action: string, params: Record<string, unknown>): Promise<Record<string, unknown>>
  pay(req: { api: string; data: Record<string, unknown> }): Promise<unknown>
  openApi(req: { api: string; data: Record<string, unknown> }): Promise<unknown>
  /** cloud.callFunction from inside a function: the callee's return value. */
  callFunction(name: string, data: unknown, caller: InvocationScope): Promise<unknown>
  /** A `storage.*` action (uploadFile's metadata, getTempFileURL): runtime/cloud-storage.ts. */
  storage?(action: string, params: Record<string, unknown>): Promise<unknown>
}

export interface InvocationScope {
  router: RequestRouter
  /** Variables this invocation sees on top of the real process.env; `undefined` hides a real one. */
  env: Record<string, string | undefined>
  functionName?: string
}

interface ScopeGlobals {
  storage: AsyncLocalStorage<InvocationScope>
  envProxyInstalled: boolean
}

/**
 * Kept on globalThis so every copy of this module (test runners may load it twice) shares one
 * storage: the SDK patch installed by one copy must see scopes opened by another.
 */
const GLOBAL_KEY = Symbol.for('jingfang.localCloud.scope')
const globals: ScopeGlobals = ((globalThis as Record<symbol, unknown>)[GLOBAL_KEY] as ScopeGlobals) ??
  ((globalThis as Record<symbol, unknown>)[GLOBAL_KEY] = {
    storage: new AsyncLocalStorage<InvocationScope>(),
    envProxyInstalled: false,
  })

export function runInScope<T>(scope: InvocationScope, fn: () => T): T {
  installEnvProxy()
  return globals.storage.run(scope, fn)
}

export function currentScope(): InvocationScope | undefined {
  return globals.storage.getStore()
}

const has = (o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(o, k)

/** Replaces process.env (once per process) with a view that consults the current scope first. */
export function installEnvProxy(): void {
  if (globals.envProxyInstalled) return
  const base = process.env
  const overlay = (key: PropertyKey): { hit: boolean; value?: string } => {
    const scope = globals.storage.getStore()
    if (!scope || typeof key !== 'string' || !has(scope.env, key)) return { hit: false }
    return { hit: true, value: scope.env[key] }
  }
  process.env = new Proxy(base, {
    get(target, key, receiver) {
      const o = overlay(key)
      return o.hit ? o.value : Reflect.get(target, key, receiver)
    },
    has(target, key) {
      const o = overlay(key)
      return o.hit ? o.value !== undefined : Reflect.has(target, key)
    },
    set(target, key, value) {
      const scope = globals.storage.getStore()
      if (scope && typeof key === 'string' && has(scope.env, key)) {
        scope.env[key] = String(value)
        return true
      }
      return Reflect.set(target, key, String(value))
    },
    deleteProperty(target, key) {
      const scope = globals.storage.getStore()
      if (scope && typeof key === 'string' && has(scope.env, key)) {
        scope.env[key] = undefined
        return true
      }
      return Reflect.deleteProperty(target, key)
    },
    ownKeys(target) {
      const scope = globals.storage.getStore()
      const keys = new Set(Reflect.ownKeys(target))
      if (scope) {
        for (const [k, v] of Object.entries(scope.env)) {
          if (v === undefined) keys.delete(k)
          else keys.add(k)
        }
      }
      return [...keys]
    },
    getOwnPropertyDescriptor(target, key) {
      const o = overlay(key)
      if (!o.hit) return Reflect.getOwnPropertyDescriptor(target, key)
      if (o.value === undefined) return undefined
      return { value: o.value, writable: true, enumerable: true, configurable: true }
    },
  })
  globals.envProxyInstalled = true
}
