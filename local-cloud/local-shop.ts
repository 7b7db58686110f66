/**
 * Assembles a running local shop: runtime (real bundles + real SDK on SQLite), fakes wired as the
 * SDK's pay/openapi handlers, demo seed, timers, HTTP. Used by `npm start` and by the e2e kit.
 */
import { join } from 'node:path'
import type { Server } from 'node:http'
import { createLocalFakes, type LocalFakes } from './fakes'
import { fakeStateOnStore } from './fake-state-on-store'
import { createLocalServer, listen } from './http/server'
import { createLocalCloud, type LocalCloud } from './runtime/local-cloud'
import { seedLocalCloud } from './seed-local-cloud'
import { localCloudFunctionEnv } from '../cloudfunctions/config'

export interface LocalShopOptions {
  dataDir: string
  functionsDir: string
  h5Dir: string
  port: number
  host?: string
  env?: Record<string, string | undefined>
  /** Fire cron triggers on their schedule (off in tests, which fire them on demand). */
  timers?: boolean
  seed?: boolean
  log?: (line: string) => void
}

export interface LocalShop {
  url: string
  port: number
  cloud: LocalCloud
  fakes: LocalFakes
  server: Server
  close(): Promise<void>
}

export async function startLocalShop(opts: LocalShopOptions): Promise<LocalShop> {
  const log = opts.log ?? (() => {})
  const functionEnv = localCloudFunctionEnv(opts.env ?? {})
  const cloud = await createLocalCloud({
    dbPath: join(opts.dataDir, 'jingfang.db'),
    functionsDir: opts.functionsDir,
    env: functionEnv,
    // Off unless asked for: `JF_LOCAL_DB_LATENCY_MS=10 JF_LOCAL_DOC_WRITE_RATE=50 npm start` (runtime/README.md).
    cost: { dbLatencyMs: Number(opts.env?.JF_LOCAL_DB_LATENCY_MS ?? 0) || 0, docWriteRatePerSec: Number(opts.env?.JF_LOCAL_DOC_WRITE_RATE ?? 0) || 0 },
  })
  const fakes = createLocalFakes({
    runtime: cloud,
    dataDir: opts.dataDir,
    functionsDir: opts.functionsDir,
    store: fakeStateOnStore(cloud.store),
    appid: functionEnv.JF_APPID,
  })
  if (opts.seed !== false) {
    const result = seedLocalCloud(cloud.store, { filesDir: join(opts.dataDir, 'files'), ownerOpenid: functionEnv.JF_OWNER_OPENID, log })
    log(`seed: ${result.inserted} new, ${result.skipped} kept`)
  }
  let carrierTimer: NodeJS.Timeout | null = null
  if (opts.timers !== false) {
    fakes.timers.start()
    // The simulated carrier moves every followed parcel one step now and then, so a demo order travels
    // on its own (POST /api/dev/carrier/advance moves one at once). LOCAL_CARRIER_STEP_SECONDS=0 stops it.
    const stepSeconds = Number(process.env.LOCAL_CARRIER_STEP_SECONDS ?? 120)
    if (Number.isFinite(stepSeconds) && stepSeconds > 0) {
      carrierTimer = setInterval(() => void fakes.carrier.advanceAllFollowed().catch((err) => log(`carrier: ${String(err)}`)), stepSeconds * 1000)
      carrierTimer.unref()
    }
  }
  const server = createLocalServer({
    cloud,
    h5Dir: opts.h5Dir,
    devRoutes: async (req, res, url) => (await fakes.devRoutes(req, res, url)) || (await fakes.fileRoutes(req, res, url)),
  })
  const port = await listen(server, opts.port, opts.host)
  const url = `http://${opts.host ?? '127.0.0.1'}:${port}`
  return {
    url,
    port,
    cloud,
    fakes,
    server,
    close: async () => {
      fakes.timers.stop()
      if (carrierTimer) clearInterval(carrierTimer)
      await new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections?.()
      await cloud.close()
    },
  }
}
