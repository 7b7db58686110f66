import { describe, expect, it } from 'vitest'
import { planDeploy } from '../../../scripts/lib/deploy-plan'
import { runDeploy, type DeployPorts, type MiniprogramCiPort } from '../../../scripts/lib/deploy-run'

const plan = () =>
  planDeploy({
    version: '1.2.0',
    desc: 'test',
    robot: 1,
    skipBuild: false,
    env: { JF_APPID: 'wx0123456789abcdef', JF_ENV_ID: 'prod-1', JF_CI_PRIVATE_KEY_PATH: '/k' },
  })

function fakePorts(opts: { failFunction?: string; missingFiles?: string[] } = {}) {
  const calls: string[] = []
  const lines: string[] = []
  const ci: MiniprogramCiPort = {
    uploadMiniprogram: async (s) => (calls.push(`upload ${s.version}`), 'uploaded'),
    uploadFunction: async (s) => {
      calls.push(`function ${s.functionName}`)
      if (s.functionName === opts.failFunction) throw new Error('errCode: -10008 invalid ip')
      return 'ok'
    },
    createTimeTrigger: async (s) => (calls.push(`trigger ${s.functionName}/${s.trigger.name}`), 'ok'),
  }
  const ports: DeployPorts = {
    runCommand: async (c) => void calls.push(c),
    exists: (p) => !(opts.missingFiles ?? []).includes(p),
    ci: async () => ci,
    log: (l) => void lines.push(l),
    now: () => 0,
  }
  return { ports, calls, lines }
}

describe('runDeploy', () => {
  it('runs every step in order and prints a summary', async () => {
    const { ports, calls, lines } = fakePorts()
    const { ok } = await runDeploy(plan(), ports)
    expect(ok).toBe(true)
    expect(calls).toEqual([
      'npm run build:functions',
      'npm run build:weapp',
      'upload 1.2.0',
      'function shop',
      'function admin',
      'function payNotify',
      'function cron',
      'function carrierNotify',
      'trigger cron/everyMinute',
    ])
    expect(lines.join('\n')).toContain('部署完成 / deployed: mini program v1.2.0 to wx0123456789abcdef, functions to prod-1.')
  })

  it('stops at the first failure, says which step failed and skips the rest', async () => {
    const { ports, calls, lines } = fakePorts({ failFunction: 'admin' })
    const { ok, results } = await runDeploy(plan(), ports)
    expect(ok).toBe(false)
    expect(calls).not.toContain('function payNotify')
    expect(results.filter((r) => r.outcome === 'skipped').map((r) => r.step.label)).toEqual([
      'upload cloud function payNotify',
      'upload cloud function cron',
      'upload cloud function carrierNotify',
      'create timer trigger cron/everyMinute',
    ])
    const text = lines.join('\n')
    expect(text).toContain('✗ upload cloud function admin: errCode: -10008 invalid ip')
    expect(text).toContain('re-run')
  })

  it('refuses to upload when the build output is missing', async () => {
    const { ports, calls, lines } = fakePorts({ missingFiles: ['dist/weapp/app.json'] })
    const { ok } = await runDeploy(plan(), ports)
    expect(ok).toBe(false)
    expect(calls.some((c) => c.startsWith('upload'))).toBe(false)
    expect(lines.join('\n')).toContain('build output missing: dist/weapp/app.json')
  })
})
