/**
 * `npm start`: the whole shop on one machine. Builds what is missing, opens (or creates and seeds) the
 * local database under .data/, wires the fakes, fires timers, and serves the H5 shop and the functions
 * on 127.0.0.1:${PORT:-8080}.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { FUNCTION_NAMES } from '../cloudfunctions/functions/manifest'
import { startLocalShop } from './local-shop'

const root = resolve(__dirname, '..')
const args = new Set(process.argv.slice(2))
const port = Number(process.env.PORT ?? 8080)
const dataDir = resolve(process.env.JF_DATA_DIR ?? join(root, '.data'))

function ensureBuilt(what: string, present: boolean, cmd: string[]) {
  if (present && !args.has('--rebuild')) return
  console.log(`start: building ${what} (${cmd.join(' ')}) …`)
  const run = spawnSync(cmd[0], cmd.slice(1), { cwd: root, stdio: 'inherit' })
  if (run.status !== 0) {
    console.error(`start: building ${what} failed`)
    process.exit(1)
  }
}

async function main() {
  const distDir = resolve(root, process.env.JF_DIST_DIR || 'dist')
  const functionsDir = join(distDir, 'cloudfunctions')
  const h5Dir = join(distDir, 'h5')
  ensureBuilt('cloud functions', FUNCTION_NAMES.every((fn) => existsSync(join(functionsDir, fn, 'index.js'))), [
    'npx',
    'tsx',
    'scripts/build-functions.ts',
  ])
  ensureBuilt('H5 shop', existsSync(join(h5Dir, 'index.html')), ['npx', 'taro', 'build', '--type', 'h5'])
  if (args.has('--reset')) {
    console.log(`start: --reset: removing ${dataDir}`)
    rmSync(dataDir, { recursive: true, force: true })
  }
  mkdirSync(dataDir, { recursive: true })
  const shop = await startLocalShop({ dataDir, functionsDir, h5Dir, port, env: process.env, log: console.log })
  console.log(`\n晶坊 Jingfang is running: ${shop.url}\n  shopper: open it in a browser · merchant: 我的 → 切换身份 → 商家\n  functions: POST ${shop.url}/api/functions/<shop|admin|payNotify|cron>  (header X-WX-OPENID)\n  dev: ${shop.url}/api/dev/outbox · /api/dev/pay · /api/dev/timers\n`)
  const stop = async () => {
    console.log('start: stopping …')
    await shop.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err) => {
  console.error(`start: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
