/**
 * The local cloud: runs the built function bundles (`<functionsDir>/<fn>/index.js`, which require the
 * real wx-server-sdk) against the SQLite store, each invocation with its own caller identity.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { tmpdir } from 'node:os'
import { randomBytes } from 'node:crypto'
import { CloudCost, type CloudCostOptions } from '../store/cloud-cost'
import { DatabaseService, type WriteFaults } from '../store/database-service'
import { Store } from '../store/sqlite-store'
import { TransactionManager } from '../store/transactions'
import { type InvocationScope, type RequestRouter, runInScope } from './invocation-scope'
import { StepFaultPlan } from './faults'
import { patchSdk } from './sdk-bridge'
import { localStorage, type LocalStorage } from './cloud-storage'

export interface LocalCloudOptions {
  /** File path (WAL mode) or ':memory:'. */
  dbPath: string
  /** Usually <repo>/dist/cloudfunctions; each <fn>/index.js is require()d. */
  functionsDir: string
  /** Variables every function sees (e.g. JF_OWNER_OPENID, JF_ENV_ID). */
  env?: Record<string, string>
  /** `optimistic` lets transactions overlap (conflicts surface at commit); default is one at a time. */
  transactions?: { optimistic?: boolean; timeoutMs?: number }
  /** Server clock for db.serverDate(); tests may pin it. */
  now?: () => number
  /** Sees every database request exactly as the SDK serialised it (contract tests, debugging). */
  onDatabaseRequest?: (action: string, params: Record<string, unknown>) => void
  /** Cloud-like cost, off by default: per-request latency and a per-document write rate (store/cloud-cost.ts). */
  cost?: CloudCostOptions
  /** Where cloud storage uploads from functions land; default `<dir of dbPath>/files` (the fakes' file store). */
  filesDir?: string
}

export interface Identity {
  openid?: string | null
  /** Default 'wx_client'; timers use 'wx_trigger', pay callbacks 'wx_paycallback'. */
  source?: string
  appid?: string
  unionid?: string
}

export type WxApiHandler = (req: { api: string; data: any }) => Promise<any>

export interface LocalCloud {
  /** The function's return value as the caller receives it (JSON round-trip, like the platform). */
  invoke(fn: string, event: unknown, identity?: Identity): Promise<unknown>
  /** Runs code (e.g. direct wx-server-sdk calls in tests) as if inside an invocation by `identity`. */
  runAs<T>(identity: Identity, fn: () => Promise<T> | T): Promise<T>
  store: Store
  /** Cloud storage written by functions (uploadFile / getTempFileURL); `pathOf(fileId)` is the file on disk. */
  storage: LocalStorage
  setPayHandler(h: WxApiHandler): void
  setOpenApiHandler(h: WxApiHandler): void
  /**
   * Makes the n-th database write request from now fail (n = 1: the next one); or aborts the next
   * invocation that passes `checkpoint(step)` (see cloudfunctions/platform/checkpoint.ts).
   */
  faults: { failNthWrite(n: number): void; abortAfter(step: string): void; fired(): string[]; clear(): void }
  close(): Promise<void>
}

export const DEFAULT_APPID = 'wxlocalcloud000000'
export const DEFAULT_ENV_ID = 'jingfang-local'
const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,60}$/

type FunctionMain = (event: unknown, context: unknown) => unknown

class WriteFaultPlan implements WriteFaults {
  private countdown = 0
  failNthWrite(n: number): void {
    if (!Number.isInteger(n) || n < 1) throw new Error(`failNthWrite needs a positive integer, got ${n}`)
    this.countdown = n
  }
  clear(): void {
    this.countdown = 0
  }
  shouldFailWrite(): boolean {
    if (this.countdown === 0) return false
    this.countdown -= 1
    return this.countdown === 0
  }
}

const unconfigured =
  (what: string): WxApiHandler =>
  async (req) => {
    throw new Error(`本地云未配置${what}处理器 / no ${what} handler is set on the local cloud (api ${req.api})`)
  }

export async function createLocalCloud(opts: LocalCloudOptions): Promise<LocalCloud> {
  const functionsDir = path.resolve(opts.functionsDir)
  const envId = opts.env?.JF_ENV_ID ?? DEFAULT_ENV_ID
  const sdkMain = patchSdk(functionsDir)
  const nodeRequire = createRequire(sdkMain)
  // Bundles are loaded fresh for each cloud so module-level state never leaks between clouds.
  for (const key of Object.keys(nodeRequire.cache)) {
    if (key.startsWith(functionsDir + path.sep)) delete nodeRequire.cache[key]
  }

  const store = new Store(opts.dbPath)
  const transactions = new TransactionManager(store, opts.transactions)
  const faultPlan = new WriteFaultPlan()
  const stepFaults = new StepFaultPlan()
  const db = new DatabaseService(store, transactions, faultPlan, opts.now ?? Date.now, new CloudCost(opts.cost))
  let payHandler = unconfigured('cloudPay')
  let openApiHandler = unconfigured('openapi')
  const loaded = new Map<string, FunctionMain>()
  let closed = false

  const baseEnv = (): Record<string, string | undefined> => ({
    ...opts.env,
    TCB_ENV: envId,
    SCF_NAMESPACE: envId,
    WX_CONTEXT_KEYS: undefined,
    WX_OPENID: undefined,
    WX_APPID: undefined,
    WX_UNIONID: undefined,
    TCB_SOURCE: undefined,
  })

  /** What WeChat injects for a call: getWXContext() reads exactly these. */
  const identityEnv = (who: Identity): Record<string, string | undefined> => {
    const env = { ...baseEnv(), ...stepFaults.envForInvocation() }
    const keys: string[] = []
    const put = (key: string, value: string | null | undefined) => {
      if (value === undefined || value === null || value === '') return
      env[key] = value
      keys.push(key)
    }
    put('WX_OPENID', who.openid)
    put('WX_APPID', who.appid ?? DEFAULT_APPID)
    put('WX_UNIONID', who.unionid)
    env.WX_CONTEXT_KEYS = keys.join(',')
    env.TCB_SOURCE = who.source ?? 'wx_client'
    return env
  }

  const loadFunction = (fn: string): FunctionMain => {
    if (!FUNCTION_NAME.test(fn)) throw new Error(`云函数名不合法 / invalid function name "${fn}"`)
    const cached = loaded.get(fn)
    if (cached) return cached
    const dir = path.join(functionsDir, fn)
    const entry = path.join(dir, 'index.js')
    if (!existsSync(entry)) {
      throw new Error(`云函数 ${fn} 不存在 / function "${fn}" not found at ${entry} — run \`npm run build:functions\` first`)
    }
    patchSdk(dir)
    const mod = runInScope({ router, env: baseEnv(), functionName: fn }, () => nodeRequire(entry)) as {
      main?: FunctionMain
    }
    if (typeof mod.main !== 'function') throw new Error(`云函数 ${fn} 没有导出 main / ${entry} does not export main`)
    loaded.set(fn, mod.main)
    return mod.main
  }

  const run = async (fn: string, event: unknown, who: Identity): Promise<unknown> => {
    if (closed) throw new Error('本地云已关闭 / the local cloud is closed')
    const main = loadFunction(fn)
    // A real invocation crosses the network: give the event loop a turn first, so a caller firing
    // thousands of calls (the fuzz suites) never starves timers and IPC (vitest's worker RPC timed out).
    await new Promise<void>((resolve) => setImmediate(resolve))
    const scope: InvocationScope = { router, env: identityEnv(who), functionName: fn }
    const context = {
      callbackWaitsForEmptyEventLoop: false,
      memory_limit_in_mb: 256,
      time_limit_in_ms: 20_000,
      request_id: randomBytes(16).toString('hex'),
      function_name: fn,
      function_version: '$LATEST',
      namespace: envId,
    }
    try {
      const result = await runInScope(scope, () => main(wireCopy(event), context))
      return wireCopy(result)
    } finally {
      stepFaults.invocationEnded(scope.env)
    }
  }

  const storage = localStorage(opts.filesDir ?? path.join(opts.dbPath === ':memory:' ? path.join(tmpdir(), `jf-local-${process.pid}`) : path.dirname(opts.dbPath), 'files'), opts.env?.JF_ENV_ID ?? DEFAULT_ENV_ID)
  const router: RequestRouter = {
    storage: (action, params) => storage.answer(action, params),
    database: (action, params) => {
      opts.onDatabaseRequest?.(action, params)
      return db.handle(action, params)
    },
    pay: (req) => payHandler(req),
    openApi: (req) => openApiHandler(req),
    callFunction: (name, data, caller) => {
      const openid = caller.env.WX_OPENID ?? null
      const source = `${caller.env.TCB_SOURCE ?? 'wx_unknown'},scf`
      return run(name, data, { openid, source, appid: caller.env.WX_APPID, unionid: caller.env.WX_UNIONID })
    },
  }

  return {
    store,
    storage,
    invoke(fn, event, identity = {}) {
      const who = { ...identity }
      const source = who.source ?? 'wx_client'
      // The mini-program client SDK adds userInfo to every event it sends.
      const withUser =
        source.startsWith('wx_client') && who.openid && event && typeof event === 'object' && !Array.isArray(event)
          ? { ...(event as object), userInfo: { appId: who.appid ?? DEFAULT_APPID, openId: who.openid } }
          : event
      return run(fn, withUser, who)
    },
    async runAs(identity, fn) {
      return runInScope({ router, env: identityEnv(identity) }, () => fn())
    },
    setPayHandler(h) {
      payHandler = h
    },
    setOpenApiHandler(h) {
      openApiHandler = h
    },
    faults: {
      failNthWrite: (n) => faultPlan.failNthWrite(n),
      abortAfter: (step) => stepFaults.abortAfter(step),
      fired: () => stepFaults.fired(),
      clear: () => {
        faultPlan.clear()
        stepFaults.clear()
      },
    },
    async close() {
      if (closed) return
      closed = true
      transactions.abortAll()
      store.close()
    },
  }
}

/** Values cross the platform as JSON: Dates become strings, undefined fields vanish. */
function wireCopy(value: unknown): unknown {
  if (value === undefined) return null
  return JSON.parse(JSON.stringify(value))
}
