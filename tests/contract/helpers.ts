/**
 * Shared set-up for contract tests: a local cloud over the fixture bundles, and the real wx-server-sdk
 * (loaded with Node's own require, the same copy the bundles use) to drive database calls directly.
 */
import { createRequire } from 'node:module'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Identity, type LocalCloud, type LocalCloudOptions, createLocalCloud } from '../../local-cloud/runtime/local-cloud'

export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures', import.meta.url))

export interface WireRequest {
  action: string
  params: Record<string, unknown>
}

export interface TestCloud {
  cloud: LocalCloud
  /** Every database request the SDK sent, in order. */
  wire: WireRequest[]
  /** Runs `fn` with a fresh `cloud.database()` handle inside an invocation by `identity`. */
  db<T = any>(fn: (db: any, _: any) => Promise<T> | T, opts?: { identity?: Identity; throwOnNotFound?: boolean }): Promise<T>
}

export async function openTestCloud(opts: Partial<LocalCloudOptions> = {}): Promise<TestCloud> {
  const wire: WireRequest[] = []
  const cloud = await createLocalCloud({
    dbPath: ':memory:',
    functionsDir: FIXTURES_DIR,
    ...opts,
    onDatabaseRequest: (action, params) => wire.push({ action, params: { ...params } }),
  })
  const sdk = wxServerSdk()
  return {
    cloud,
    wire,
    db: (fn, { identity = { openid: 'o-tester' }, throwOnNotFound = false } = {}) =>
      cloud.runAs(identity, () => {
        const db = sdk.database({ throwOnNotFound })
        return fn(db, db.command)
      }),
  }
}

/** The SDK as the fixture bundles resolve it, initialised for the current environment. */
export function wxServerSdk(): any {
  const sdk = createRequire(path.join(FIXTURES_DIR, 'noop.js'))('wx-server-sdk')
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
  return sdk
}

export function tempDbPath(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'jf-local-cloud-')), 'cloud.db')
}

/** Decoded EJSON text of one wire field, for asserting what the SDK sent. */
export function wireJson(text: unknown): unknown {
  return typeof text === 'string' ? JSON.parse(text) : text
}
