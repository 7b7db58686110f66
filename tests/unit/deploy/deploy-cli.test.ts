import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../../..')
const run = promisify(execFile)

/** The environment of a developer who has set nothing: no WeChat credentials at all. */
function bareEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const key of Object.keys(env)) if (key.startsWith('JF_') || key.startsWith('TCB_')) delete env[key]
  return env
}

async function deploy(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/deploy.ts', ...args], { cwd: ROOT, env: bareEnv(), timeout: 60_000 })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string }
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }
  }
}

describe('npx tsx scripts/deploy.ts', () => {
  it('--dry-run prints the mini program upload, the 4 functions and the cron trigger without credentials', async () => {
    const { code, stdout } = await deploy(['--dry-run', '--version', '1.2.0'])
    expect(code).toBe(0)
    expect(stdout).toContain('upload mini program v1.2.0')
    expect(stdout).toContain('miniprogramRoot dist/weapp/')
    for (const fn of ['shop', 'admin', 'payNotify', 'cron']) {
      expect(stdout).toContain(`upload cloud function ${fn} — from dist/cloudfunctions/${fn}, remoteNpmInstall: true`)
    }
    expect(stdout).toContain('create timer trigger cron/everyMinute — timer "0 * * * * * *"')
    expect(stdout).toContain('openapi: subscribeMessage.send, logistics.addOrder')
    expect(stdout).toContain('nothing was built or uploaded')
  }, 60_000)

  it('without credentials refuses before building, naming each missing variable', async () => {
    const { code, stdout, stderr } = await deploy(['--version', '1.2.0'])
    expect(code).toBe(1)
    for (const key of ['JF_APPID', 'JF_ENV_ID', 'JF_CI_PRIVATE_KEY_PATH']) expect(stderr).toContain(key)
    expect(stdout).not.toContain('build cloud functions')
  }, 60_000)
})
