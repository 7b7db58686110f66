/**
 * Makes the real wx-server-sdk 4.0.2 talk to a local cloud instead of Tencent Cloud.
 *
 * Every database, cloudPay, openapi and callFunction call of the SDK ends in `request(args)` exported by
 * `@cloudbase/node-sdk/dist/utils/tcbapirequester.js`; its callers (`tcbdbapirequester.js`,
 * `functions/index.js`, `wx/index.js`) look it up on the module object at call time
 * (`tcbapicaller.request(...)`). Replacing that export answers every request in-process, and the
 * replacement keeps the original's tail (`result.code` → `processReturn`). The request is routed to the
 * local cloud of the current invocation scope (AsyncLocalStorage).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { currentScope } from './invocation-scope'
import { WxCodecs } from './wx-codecs'

const PATCHED = Symbol.for('jingfang.localCloud.patchedRequest')
const REQUESTER = '@cloudbase/node-sdk/dist/utils/tcbapirequester.js'
/** Modules that must reach `request` through the module object, or the patch would be bypassed. */
const CALLERS = ['tcbdbapirequester.js', '../functions/index.js', '../wx/index.js']

type Requester = { request: ((args: { params: Record<string, unknown> }) => Promise<unknown>) & { [PATCHED]?: true } }

function patchPointMissing(what: string): Error {
  return new Error(`wx-server-sdk changed: patch point ${what} missing — the local cloud cannot run it (expected wx-server-sdk 4.0.2)`)
}

/** The SDK copy a function in `fromDir` would load (its main file path). */
export function resolveSdk(fromDir: string): string {
  try {
    return createRequire(path.join(fromDir, 'noop.js')).resolve('wx-server-sdk')
  } catch {
    throw new Error(`找不到 wx-server-sdk / wx-server-sdk cannot be resolved from ${fromDir} (run npm install)`)
  }
}

/**
 * Settings that keep the SDK off the network. Without TENCENTCLOUD=true, `tcb.init` starts a probe of
 * the Tencent metadata host (`preflightRuntimeCloudPlatform`).
 */
export function applyOfflineEnv(): void {
  process.env.TENCENTCLOUD = 'true'
  process.env.SILENCE = 'true'
}

/** Patches the SDK copy that `fromDir` resolves (idempotent) and returns its main path. */
export function patchSdk(fromDir: string): string {
  applyOfflineEnv()
  const sdkMain = resolveSdk(fromDir)
  const sdkRequire = createRequire(sdkMain)
  let requesterPath: string
  try {
    requesterPath = sdkRequire.resolve(REQUESTER)
  } catch {
    throw patchPointMissing(REQUESTER)
  }
  const requester = sdkRequire(requesterPath) as Requester
  if (typeof requester.request !== 'function') throw patchPointMissing(`${REQUESTER} export "request"`)
  if (requester.request[PATCHED]) return sdkMain
  for (const caller of CALLERS) {
    const file = path.resolve(path.dirname(requesterPath), caller)
    let text = ''
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      throw patchPointMissing(file)
    }
    if (!/tcbapicaller\.request\(/.test(text)) throw patchPointMissing(`${file} calling tcbapicaller.request()`)
  }
  const utils = sdkRequire(path.resolve(path.dirname(requesterPath), 'utils.js')) as {
    processReturn?: (r: unknown) => unknown
  }
  if (typeof utils.processReturn !== 'function') throw patchPointMissing('@cloudbase/node-sdk utils.processReturn')
  const processReturn = utils.processReturn
  const codecs = new WxCodecs(sdkRequire)

  const localRequest = async (args: { params: Record<string, unknown> }): Promise<unknown> => {
    const params = args.params
    const action = String(params.action)
    const scope = currentScope()
    if (!scope) {
      throw new Error(
        `本地云：调用不在云函数上下文中 / local cloud: SDK request "${action}" made outside any invocation (use LocalCloud.invoke or runAs)`,
      )
    }
    const result = await answer(action, params)
    if (result && typeof result === 'object' && !Buffer.isBuffer(result) && (result as { code?: unknown }).code) {
      return processReturn(result)
    }
    return result

    async function answer(act: string, p: Record<string, unknown>): Promise<unknown> {
      const router = scope!.router
      if (act.startsWith('database.')) return router.database(act, p)
      if (act === 'wx.openApi') {
        try {
          return codecs.encodeOpenApiReply(await router.openApi(codecs.decodeOpenApi(p)))
        } catch (err) {
          // A handler that throws looks like WeChat's "system busy" (errcode -1) to the function.
          return codecs.encodeOpenApiReply({ errcode: -1, errmsg: (err as Error)?.message ?? String(err) })
        }
      }
      if (act === 'wx.wxPayApi') {
        try {
          return codecs.encodePayReply(await router.pay(codecs.decodePay(p)))
        } catch (err) {
          return codecs.encodePayReply({ code: 'SYS_ERR', message: (err as Error)?.message ?? String(err) })
        }
      }
      if (act.startsWith('storage.') && router.storage) return router.storage(act, p)
      if (act === 'functions.invokeFunction') {
        const name = String(p.function_name)
        const text = typeof p.request_data === 'string' ? p.request_data : ''
        try {
          const result = await router.callFunction(name, text ? JSON.parse(text) : {}, scope!)
          return { data: { response_data: JSON.stringify(result ?? null) }, requestId: 'local-fn' }
        } catch (err) {
          return { code: 'FUNCTIONS_EXECUTE_FAIL', message: (err as Error)?.message ?? String(err), requestId: 'local-fn' }
        }
      }
      return {
        code: 'INVALID_PARAM',
        message: `本地云不支持该请求 / the local cloud does not implement "${act}" (only database, cloudPay, openapi, callFunction)`,
      }
    }
  }
  Object.defineProperty(localRequest, PATCHED, { value: true })
  requester.request = localRequest as Requester['request']
  return sdkMain
}
