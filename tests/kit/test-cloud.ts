/**
 * Boots a local cloud for a test: temp database, the built bundles from dist/cloudfunctions, optionally
 * the demo seed. `call` behaves like the mini program's callAction as a chosen openid.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { localCloudFunctionEnv } from '../../cloudfunctions/config'
import type { ActionResult } from '../../cloudfunctions/core/result'
import type { FunctionName } from '../../cloudfunctions/functions/manifest'
import { createLocalCloud, type LocalCloud } from '../../local-cloud/runtime/local-cloud'
import { seedLocalCloud } from '../../local-cloud/seed-local-cloud'
import type { CloudCostOptions } from '../../local-cloud/store/cloud-cost'

export const REPO_ROOT = resolve(__dirname, '..', '..')
export const DIST_DIR = resolve(REPO_ROOT, process.env.JF_DIST_DIR || 'dist')
export const FUNCTIONS_DIR = join(DIST_DIR, 'cloudfunctions')
export const OWNER = 'test-owner'

export interface TestCloud {
  cloud: LocalCloud
  dataDir: string
  /** Database write requests (insert/modify/remove/commit) the functions have sent so far. */
  writeRequests(): number
  /** Every database request (reads, writes, transaction calls) the functions have sent so far. */
  requests(): number
  call<T = unknown>(fn: FunctionName, action: string, input: unknown, openid?: string | null): Promise<ActionResult<T>>
  close(): Promise<void>
}

const WRITE_REQUESTS = new Set([
  'database.insertDocument',
  'database.modifyDocument',
  'database.removeDocument',
  'database.commitTransaction',
])

export interface TestCloudOptions {
  seed?: boolean
  dataDir?: string
  /** Another bundle folder (e.g. a fixture function built by a test); default dist/cloudfunctions. */
  functionsDir?: string
  /** `optimistic` lets transactions overlap, as on the real cloud. */
  transactions?: { optimistic?: boolean; timeoutMs?: number }
  /** Cloud-like cost (off by default): per-request latency, per-document write rate. */
  cost?: CloudCostOptions
  /** Extra function environment (e.g. JF_CARRIER=kuaidi100 and its account for the Kuaidi100 tests). */
  env?: Record<string, string>
}

export async function startTestCloud(opts: TestCloudOptions = {}): Promise<TestCloud> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'jf-test-'))
  let writes = 0
  let requests = 0
  const cloud = await createLocalCloud({
    dbPath: join(dataDir, 'jingfang.db'),
    functionsDir: opts.functionsDir ?? FUNCTIONS_DIR,
    env: localCloudFunctionEnv({ JF_OWNER_OPENID: OWNER, ...opts.env }),
    transactions: opts.transactions,
    cost: opts.cost,
    onDatabaseRequest: (action) => {
      requests += 1
      if (WRITE_REQUESTS.has(action)) writes += 1
    },
  })
  if (opts.seed) seedLocalCloud(cloud.store, { filesDir: join(dataDir, 'files'), ownerOpenid: OWNER, log: () => {} })
  return {
    cloud,
    dataDir,
    writeRequests: () => writes,
    requests: () => requests,
    call: (fn, action, input, openid = 'test-shopper') =>
      cloud.invoke(fn, { action, input }, { openid, source: 'wx_client' }) as Promise<ActionResult<never>>,
    close: async () => {
      await cloud.close()
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Unwraps an ok result or fails the test with the error the action gave. */
export function expectOk<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`)
  return result.data
}
