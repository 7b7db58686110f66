/**
 * `npm run deploy`: build, upload the mini program (miniprogram-ci), upload the four cloud functions with
 * remote npm install, create their timer triggers; progress per step and a summary.
 *
 *   npm run deploy -- --dry-run                 print the plan; needs no credentials, builds nothing
 *   npm run deploy -- --version 1.2.0 --desc "…" [--robot 2] [--skip-build]
 *
 * Credentials (environment only): JF_APPID, JF_ENV_ID, JF_CI_PRIVATE_KEY_PATH — see docs/go-live.md.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describeMissing } from './lib/credentials'
import { DeployOptionsError, formatDeployPlan, parseDeployArgs, planDeploy } from './lib/deploy-plan'
import { runDeploy, type DeployPorts } from './lib/deploy-run'
import { miniprogramCi } from './lib/miniprogram-ci-port'

export { planDeploy, formatDeployPlan } from './lib/deploy-plan'

const ROOT = resolve(__dirname, '..')

function packageVersion(): string {
  return (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version
}

function runCommand(command: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, { cwd: ROOT, shell: true, stdio: 'inherit' })
    child.on('error', fail)
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} exited with ${code}`))))
  })
}

async function main(): Promise<number> {
  const args = parseDeployArgs(process.argv.slice(2))
  const version = args.version ?? packageVersion()
  const plan = planDeploy({
    version,
    desc: args.desc ?? `晶坊 v${version} (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    robot: args.robot,
    skipBuild: args.skipBuild,
    env: process.env,
  })
  if (args.dryRun) {
    for (const line of formatDeployPlan(plan)) console.log(line)
    console.log('\n--dry-run: 未构建、未上传 / nothing was built or uploaded.')
    return 0
  }
  // Refuse before building: a 3-minute build that then fails for want of a key wastes everyone's time.
  if (plan.missing.length) {
    console.error(describeMissing(plan.missing, 'npm run deploy'))
    return 1
  }
  const keyPath = resolve(process.env.JF_CI_PRIVATE_KEY_PATH!.trim())
  if (!existsSync(keyPath)) {
    console.error(`找不到代码上传密钥 / code-upload key not found: ${keyPath} (JF_CI_PRIVATE_KEY_PATH)`)
    return 1
  }
  let ci: ReturnType<DeployPorts['ci']> | null = null
  const ports: DeployPorts = {
    runCommand,
    exists: (p) => existsSync(resolve(ROOT, p)),
    // Loaded once, after the builds: miniprogram-ci scans the project folder when it starts.
    ci: () => (ci ??= miniprogramCi({ appid: plan.appid!, envId: plan.envId!, privateKeyPath: keyPath, root: ROOT })),
    log: (line) => console.log(line),
    now: () => Date.now(),
  }
  const { ok } = await runDeploy(plan, ports)
  return ok ? 0 : 1
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      const known = err instanceof DeployOptionsError
      console.error(known ? err.message : `deploy 失败 / failed: ${err instanceof Error ? err.stack : String(err)}`)
      process.exit(1)
    },
  )
}
