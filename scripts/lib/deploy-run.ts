/**
 * Executes a DeployPlan step by step, printing progress and a summary. The outside world (shell,
 * file system, miniprogram-ci) comes in through DeployPorts so a test can drive it with fakes.
 * Stops at the first failure: every step is safe to repeat, so the fix is to re-run.
 */
import type { DeployPlan, DeployStep } from './deploy-plan'

export interface MiniprogramCiPort {
  uploadMiniprogram(step: Extract<DeployStep, { kind: 'upload-miniprogram' }>, onProgress: (message: string) => void): Promise<string>
  uploadFunction(step: Extract<DeployStep, { kind: 'upload-function' }>): Promise<string>
  createTimeTrigger(step: Extract<DeployStep, { kind: 'create-trigger' }>): Promise<string>
}

export interface DeployPorts {
  runCommand(command: string): Promise<void>
  exists(path: string): boolean
  ci(): Promise<MiniprogramCiPort>
  log(line: string): void
  now(): number
}

export interface StepResult {
  step: DeployStep
  outcome: 'done' | 'failed' | 'skipped'
  detail: string
  ms: number
}

export async function runDeploy(plan: DeployPlan, ports: DeployPorts): Promise<{ ok: boolean; results: StepResult[] }> {
  const results: StepResult[] = []
  let failed = false
  for (const [i, step] of plan.steps.entries()) {
    if (failed) {
      results.push({ step, outcome: 'skipped', detail: '', ms: 0 })
      continue
    }
    ports.log(`[${i + 1}/${plan.steps.length}] ${step.label} …`)
    const started = ports.now()
    try {
      const detail = await runStep(step, ports)
      results.push({ step, outcome: 'done', detail, ms: ports.now() - started })
      ports.log(`      ✓ ${detail}`)
    } catch (err) {
      failed = true
      const detail = err instanceof Error ? err.message : String(err)
      results.push({ step, outcome: 'failed', detail, ms: ports.now() - started })
      ports.log(`      ✗ ${detail}`)
    }
  }
  for (const line of summarise(plan, results)) ports.log(line)
  return { ok: !failed, results }
}

async function runStep(step: DeployStep, ports: DeployPorts): Promise<string> {
  switch (step.kind) {
    case 'build':
      await ports.runCommand(step.command)
      return `${step.command} finished`
    case 'check-build': {
      const missing = step.paths.filter((p) => !ports.exists(p))
      if (missing.length) throw new Error(`构建产物缺失 / build output missing: ${missing.join(', ')} (run without --skip-build)`)
      return `${step.paths.length} files present`
    }
    case 'upload-miniprogram':
      return (await ports.ci()).uploadMiniprogram(step, (m) => ports.log(`      · ${m}`))
    case 'upload-function':
      return (await ports.ci()).uploadFunction(step)
    case 'create-trigger':
      return (await ports.ci()).createTimeTrigger(step)
  }
}

function summarise(plan: DeployPlan, results: StepResult[]): string[] {
  const icon = { done: '✓', failed: '✗', skipped: '·' } as const
  const ok = results.every((r) => r.outcome === 'done')
  return [
    '',
    ok
      ? `部署完成 / deployed: mini program v${plan.version} to ${plan.appid}, functions to ${plan.envId}.`
      : '部署未完成 / deploy stopped — fix the failed step and re-run; repeating a finished step is harmless.',
    ...results.map((r) => `  ${icon[r.outcome]} ${r.step.label}${r.outcome === 'done' ? ` (${(r.ms / 1000).toFixed(1)} s)` : ''}${r.outcome === 'failed' ? `: ${r.detail}` : ''}`),
    ...(ok
      ? [
          'Next: mp.weixin.qq.com → 管理 → 版本管理 → 开发版本 → 提交审核 (submit for review), see docs/go-live.md.',
          'openapi permissions are cached ~10 min after an upload: a -604101 right now means wait and retry.',
        ]
      : []),
  ]
}
