/**
 * What `npm run deploy` will do, as data: a pure function of the options and the function manifest, so
 * `--dry-run` and the tests see exactly the steps a real run executes.
 */
import { FUNCTIONS, FUNCTION_NAMES, type FunctionManifest } from '../../cloudfunctions/functions/manifest'
import { missingCredentials, type CredentialSpec } from './credentials'

export interface DeployOptions {
  /** Mini program version, e.g. 1.2.0 (defaults to package.json's). */
  version: string
  /** Upload note shown in 版本管理 (mp.weixin.qq.com → 管理 → 版本管理). */
  desc: string
  /** miniprogram-ci robot 1–30: each robot keeps its own 开发版. */
  robot: number
  skipBuild: boolean
  /** The environment the credentials come from; only presence is checked here. */
  env: Record<string, string | undefined>
  functions?: readonly FunctionManifest[]
}

export type DeployStep =
  | { kind: 'build'; label: string; command: string }
  | { kind: 'check-build'; label: string; paths: string[] }
  | {
      kind: 'upload-miniprogram'
      label: string
      projectPath: string
      miniprogramRoot: string
      version: string
      desc: string
      robot: number
    }
  | {
      kind: 'upload-function'
      label: string
      functionName: string
      path: string
      remoteNpmInstall: true
      /** Declared in the bundle's config.json; the platform applies them on upload. */
      openapi: string[]
    }
  | { kind: 'create-trigger'; label: string; functionName: string; trigger: FunctionManifest['triggers'][number] }

export interface DeployPlan {
  appid: string | null
  envId: string | null
  version: string
  steps: DeployStep[]
  missing: CredentialSpec[]
}

/** Same layout as project.config.json: the repo root is the project, the Taro build its miniprogramRoot. */
export const MINIPROGRAM_ROOT = 'dist/weapp/'
export const FUNCTIONS_ROOT = 'dist/cloudfunctions'

/**
 * Everything at the repo root that is not the built mini program. miniprogram-ci scans projectPath
 * itself; without these it would walk node_modules' siblings and the sources on every upload.
 */
export const UPLOAD_IGNORES = [
  'node_modules/**/*',
  'src/**/*',
  'cloudfunctions/**/*',
  'local-cloud/**/*',
  'scripts/**/*',
  'tests/**/*',
  'config/**/*',
  'types/**/*',
  'docs/**/*',
  '.data/**/*',
  '.notes/**/*',
  '.ci/**/*',
  '.swc/**/*',
  // Only dist/weapp/ is packaged, but keep env files out of the scan regardless.
  '.env*',
  'dist/h5/**/*',
  `${FUNCTIONS_ROOT}/**/*`,
]

const VERSION = /^\d+\.\d+\.\d+([-+.][0-9A-Za-z.-]+)?$/

export class DeployOptionsError extends Error {}

export function planDeploy(opts: DeployOptions): DeployPlan {
  if (!VERSION.test(opts.version)) {
    throw new DeployOptionsError(`版本号无效 / invalid version "${opts.version}": use x.y.z, e.g. 1.2.0`)
  }
  if (!Number.isInteger(opts.robot) || opts.robot < 1 || opts.robot > 30) {
    throw new DeployOptionsError(`robot 须为 1–30 / --robot must be 1–30, got ${opts.robot}`)
  }
  const functions = opts.functions ?? FUNCTION_NAMES.map((n) => FUNCTIONS[n])
  const steps: DeployStep[] = []
  if (!opts.skipBuild) {
    steps.push({ kind: 'build', label: 'build cloud functions', command: 'npm run build:functions' })
    steps.push({ kind: 'build', label: 'build mini program (weapp)', command: 'npm run build:weapp' })
  }
  steps.push({
    kind: 'check-build',
    label: 'check build output',
    paths: [`${MINIPROGRAM_ROOT}app.json`, ...functions.flatMap((f) => [`${FUNCTIONS_ROOT}/${f.name}/index.js`, `${FUNCTIONS_ROOT}/${f.name}/config.json`])],
  })
  steps.push({
    kind: 'upload-miniprogram',
    label: `upload mini program v${opts.version}`,
    projectPath: '.',
    miniprogramRoot: MINIPROGRAM_ROOT,
    version: opts.version,
    desc: opts.desc,
    robot: opts.robot,
  })
  for (const f of functions) {
    steps.push({
      kind: 'upload-function',
      label: `upload cloud function ${f.name}`,
      functionName: f.name,
      path: `${FUNCTIONS_ROOT}/${f.name}`,
      remoteNpmInstall: true,
      openapi: [...f.permissions.openapi],
    })
  }
  for (const f of functions) {
    // WeChat allows one timer trigger per function (docs/platform-facts.md §5); the manifest keeps to that.
    for (const trigger of f.triggers) {
      steps.push({ kind: 'create-trigger', label: `create timer trigger ${f.name}/${trigger.name}`, functionName: f.name, trigger })
    }
  }
  const present = (k: string) => opts.env[k]?.trim() || null
  return {
    appid: present('JF_APPID'),
    envId: present('JF_ENV_ID'),
    version: opts.version,
    steps,
    missing: missingCredentials(opts.env, ['JF_APPID', 'JF_ENV_ID', 'JF_CI_PRIVATE_KEY_PATH']),
  }
}

/** The plan as `--dry-run` prints it: numbered steps with every detail a reviewer needs. */
export function formatDeployPlan(plan: DeployPlan): string[] {
  const lines = [
    `部署计划 / deploy plan: mini program ${plan.appid ?? '<JF_APPID>'} v${plan.version} → cloud env ${plan.envId ?? '<JF_ENV_ID>'}`,
    '',
  ]
  plan.steps.forEach((step, i) => {
    const n = `${String(i + 1).padStart(2)}.`
    switch (step.kind) {
      case 'build':
        lines.push(`${n} ${step.label}: ${step.command}`)
        break
      case 'check-build':
        lines.push(`${n} ${step.label}: ${step.paths.join(', ')}`)
        break
      case 'upload-miniprogram':
        lines.push(`${n} ${step.label} — miniprogram-ci upload, project ${step.projectPath}, miniprogramRoot ${step.miniprogramRoot}, robot ${step.robot}, desc "${step.desc}"`)
        break
      case 'upload-function':
        lines.push(
          `${n} ${step.label} — from ${step.path}, remoteNpmInstall: true, openapi: ${step.openapi.length ? step.openapi.join(', ') : '(none)'}`,
        )
        break
      case 'create-trigger':
        lines.push(`${n} ${step.label} — ${step.trigger.type} "${step.trigger.config}" (UTC+8)`)
        break
    }
  })
  const functions = plan.steps.filter((s) => s.kind === 'upload-function').length
  const triggers = plan.steps.filter((s) => s.kind === 'create-trigger').length
  lines.push('', `${plan.steps.length} steps: 1 mini program upload, ${functions} functions, ${triggers} timer trigger(s).`)
  if (plan.missing.length) {
    lines.push(`尚缺凭据（实际部署需要）/ credentials a real deploy still needs: ${plan.missing.map((m) => m.key).join(', ')}`)
  }
  return lines
}

export interface ParsedDeployArgs {
  dryRun: boolean
  skipBuild: boolean
  version?: string
  desc?: string
  robot: number
}

/** `--dry-run --skip-build --version 1.2.0 --desc "…" --robot 2` (also `--version=1.2.0`). */
export function parseDeployArgs(argv: readonly string[]): ParsedDeployArgs {
  const parsed: ParsedDeployArgs = { dryRun: false, skipBuild: false, robot: 1 }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2)
    const value = () => {
      const v = inline ?? argv[++i]
      if (v === undefined) throw new DeployOptionsError(`${flag} 缺少取值 / ${flag} needs a value`)
      return v
    }
    if (flag === '--dry-run') parsed.dryRun = true
    else if (flag === '--skip-build') parsed.skipBuild = true
    else if (flag === '--version') parsed.version = value()
    else if (flag === '--desc') parsed.desc = value()
    else if (flag === '--robot') parsed.robot = Number(value())
    else throw new DeployOptionsError(`未知参数 / unknown option ${argv[i]} (known: --dry-run --skip-build --version --desc --robot)`)
  }
  return parsed
}
