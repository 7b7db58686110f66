import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../kit/test-cloud'

const dataDir = mkdtempSync(join(tmpdir(), 'jf-restart-'))
const running: ChildProcess[] = []
afterAll(() => {
  for (const child of running) killGroup(child, 'SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal)
  } catch {
    // already gone
  }
}

const exited = (child: ChildProcess) => new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)))

/** Runs `npm start` (the real entry) on a free port and resolves with its URL once it serves. */
function startShop(extraArgs: string[] = []): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn('npx', ['tsx', 'local-cloud/main.ts', ...extraArgs], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', JF_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group, so a kill reaches npx, tsx and node alike, as Ctrl-C or a crash would.
    detached: true,
  })
  running.push(child)
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`start timed out:\n${output}`)), 90_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const m = /is running: (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (m) {
        clearTimeout(timer)
        resolve({ url: m[1], child, output: () => output })
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code) => reject(new Error(`start exited with ${code}:\n${output}`)))
  })
}

async function profile(url: string, openid: string) {
  const res = await fetch(`${url}/api/functions/shop`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': openid },
    body: JSON.stringify({ action: 'me.profile', input: {} }),
  })
  return (await res.json()) as { ok: boolean; data: { openid: string; createdAt: number } }
}

async function productCount(url: string) {
  const res = await fetch(`${url}/api/functions/shop`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'catalog.list', input: { pageSize: 1 } }),
  })
  return ((await res.json()) as { data: { total: number } }).data.total
}

describe('npm start keeps the shop across restarts', () => {
  it('still knows a member after the process is killed, seeds only once, and --reset starts over', async () => {
    const first = await startShop()
    expect(first.output()).toMatch(/seed: products \d+\/\d+/)
    const created = await profile(first.url, 'returning-shopper')
    expect(created.ok).toBe(true)
    const products = await productCount(first.url)
    killGroup(first.child, 'SIGKILL')
    await exited(first.child)

    const second = await startShop()
    const again = await profile(second.url, 'returning-shopper')
    expect(again.data.createdAt).toBe(created.data.createdAt)
    expect(await productCount(second.url)).toBe(products)
    expect(second.output()).toMatch(/\(0 new\)/)
    killGroup(second.child, 'SIGTERM')
    await exited(second.child)

    const reset = await startShop(['--reset'])
    const fresh = await profile(reset.url, 'returning-shopper')
    expect(fresh.data.createdAt).toBeGreaterThan(created.data.createdAt)
    killGroup(reset.child, 'SIGTERM')
    await exited(reset.child)
  })
})
