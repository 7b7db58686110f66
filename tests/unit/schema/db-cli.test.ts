import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { COLLECTION_NAMES } from '../../../cloudfunctions/schema'
import { collectionUsesInRepo } from './collection-usage'

const ROOT = resolve(__dirname, '../../..')
const run = promisify(execFile)

function bareEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const key of Object.keys(env)) if (key.startsWith('JF_') || key.startsWith('TCB_')) delete env[key]
  return env
}

async function script(path: string, args: string[] = []) {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', path, ...args], { cwd: ROOT, env: bareEnv(), timeout: 60_000 })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string }
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }
  }
}

describe('db scripts', () => {
  it('db:plan prints every collection the code uses, and every declared one, without credentials', async () => {
    const { code, stdout } = await script('scripts/db-plan.ts')
    expect(code).toBe(0)
    const used = new Set(collectionUsesInRepo(ROOT, ['cloudfunctions', 'local-cloud']).map((u) => u.name))
    for (const name of new Set([...used, ...COLLECTION_NAMES])) expect(stdout).toContain(`+ create  ${name} — `)
    expect(stdout).toContain('compared with an empty environment')
  }, 60_000)

  it('db:apply without credentials explains what is missing, changes nothing and exits 1', async () => {
    const { code, stdout, stderr } = await script('scripts/db-apply.ts')
    expect(code).toBe(1)
    for (const key of ['TCB_SECRET_ID', 'TCB_SECRET_KEY', 'JF_ENV_ID']) expect(stderr).toContain(key)
    expect(stdout).not.toContain('applying')
  }, 60_000)
})
