import { describe, expect, it } from 'vitest'
import { FUNCTIONS, FUNCTION_NAMES } from '../../../cloudfunctions/functions/manifest'
import { DeployOptionsError, formatDeployPlan, parseDeployArgs, planDeploy, type DeployOptions } from '../../../scripts/lib/deploy-plan'

const CREDENTIALS = { JF_APPID: 'wx0123456789abcdef', JF_ENV_ID: 'jingfang-prod-8g2k1', JF_CI_PRIVATE_KEY_PATH: '/keys/private.key' }
const options = (over: Partial<DeployOptions> = {}): DeployOptions => ({
  version: '1.2.0',
  desc: 'spring collection',
  robot: 1,
  skipBuild: false,
  env: CREDENTIALS,
  ...over,
})

describe('planDeploy', () => {
  it('builds, checks, uploads the mini program, then every function, then the triggers', () => {
    const plan = planDeploy(options())
    expect(plan.steps.map((s) => s.kind)).toEqual([
      'build',
      'build',
      'check-build',
      'upload-miniprogram',
      ...FUNCTION_NAMES.map(() => 'upload-function'),
      'create-trigger',
    ])
    expect(plan.steps.filter((s) => s.kind === 'build').map((s) => s.kind === 'build' && s.command)).toEqual([
      'npm run build:functions',
      'npm run build:weapp',
    ])
    expect(plan.missing).toEqual([])
  })

  it('uploads the Taro weapp build with the given version and description', () => {
    const upload = planDeploy(options()).steps.find((s) => s.kind === 'upload-miniprogram')
    expect(upload).toMatchObject({ miniprogramRoot: 'dist/weapp/', version: '1.2.0', desc: 'spring collection', robot: 1 })
  })

  it('uploads each of the 5 functions from its bundle with remote npm install and its openapi permissions', () => {
    const uploads = planDeploy(options()).steps.filter((s) => s.kind === 'upload-function')
    expect(uploads.map((u) => u.kind === 'upload-function' && u.functionName)).toEqual(['shop', 'admin', 'payNotify', 'cron', 'carrierNotify'])
    for (const u of uploads) {
      if (u.kind !== 'upload-function') continue
      expect(u.path).toBe(`dist/cloudfunctions/${u.functionName}`)
      expect(u.remoteNpmInstall).toBe(true)
      expect(u.openapi).toEqual(FUNCTIONS[u.functionName as keyof typeof FUNCTIONS].permissions.openapi)
    }
  })

  it('creates the cron timer trigger from the manifest', () => {
    const triggers = planDeploy(options()).steps.filter((s) => s.kind === 'create-trigger')
    expect(triggers).toEqual([
      expect.objectContaining({ functionName: 'cron', trigger: FUNCTIONS.cron.triggers[0] }),
    ])
  })

  it('skips only the builds with --skip-build, still checking the output exists', () => {
    const kinds = planDeploy(options({ skipBuild: true })).steps.map((s) => s.kind)
    expect(kinds).not.toContain('build')
    expect(kinds[0]).toBe('check-build')
  })

  it('names the credentials a real run still needs, without refusing to plan', () => {
    const plan = planDeploy(options({ env: { JF_APPID: 'wx0123456789abcdef', JF_ENV_ID: '  ' } }))
    expect(plan.missing.map((m) => m.key)).toEqual(['JF_ENV_ID', 'JF_CI_PRIVATE_KEY_PATH'])
    expect(formatDeployPlan(plan).join('\n')).toContain('JF_ENV_ID, JF_CI_PRIVATE_KEY_PATH')
  })

  it.each([
    [{ version: 'v1' }, /invalid version/],
    [{ version: '1.2' }, /invalid version/],
    [{ robot: 0 }, /robot/],
    [{ robot: 31 }, /robot/],
  ])('rejects bad options %j', (over, message) => {
    expect(() => planDeploy(options(over))).toThrow(DeployOptionsError)
    expect(() => planDeploy(options(over))).toThrow(message)
  })
})

describe('parseDeployArgs', () => {
  it('reads flags in both spellings', () => {
    expect(parseDeployArgs(['--dry-run', '--version=2.0.1', '--desc', '双十一 上新', '--robot', '3'])).toEqual({
      dryRun: true,
      skipBuild: false,
      version: '2.0.1',
      desc: '双十一 上新',
      robot: 3,
    })
  })

  it('refuses an unknown flag and a flag without its value', () => {
    expect(() => parseDeployArgs(['--dryrun'])).toThrow(/unknown option --dryrun/)
    expect(() => parseDeployArgs(['--version'])).toThrow(/needs a value/)
  })
})
