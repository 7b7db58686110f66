/**
 * `npm test`: typecheck, layering (dependency-cruiser), lint (ESLint), unit, build the function bundles, integration (contract, fuzz, concurrency on
 * the local cloud with the real SDK), build H5, e2e in Chromium. Stops at the first failing stage and
 * exits non-zero; prints one summary line per stage.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const REPORTS = 'test-results/reports'

/** A vitest project, also writing a JSON report so the closing line can count every test. */
function vitest(project: string): string[] {
  return ['npx', 'vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/${project}.json`]
}

/** `tests: N passed, M failed` over every vitest stage that ran, the line CI reads. */
function countTests(projects: string[]): { passed: number; failed: number } {
  let passed = 0
  let failed = 0
  for (const project of projects) {
    const file = `${REPORTS}/${project}.json`
    if (!existsSync(file)) continue
    const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number }
    passed += report.numPassedTests
    failed += report.numFailedTests
  }
  return { passed, failed }
}

const stages: [string, string[]][] = [
  ['typecheck', ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['layering', ['npx', 'depcruise', 'cloudfunctions', 'src', 'local-cloud', '--config', '.dependency-cruiser.cjs']],
  ['lint', ['npx', 'eslint', '.']],
  ['unit', vitest('unit')],
  ['build functions', ['npx', 'tsx', 'scripts/build-functions.ts']],
  ['integration', vitest('integration')],
  ['build h5', ['npx', 'taro', 'build', '--type', 'h5']],
  ['build weapp', ['npx', 'taro', 'build', '--type', 'weapp']],
  ['e2e', vitest('e2e')],
]

const only = process.argv.slice(2)
const results: string[] = []
rmSync(REPORTS, { recursive: true, force: true })
mkdirSync(REPORTS, { recursive: true })
const summary = () => {
  const { passed, failed } = countTests(['unit', 'integration', 'e2e'])
  return `${results.join('\n')}\n\ntests: ${passed} passed, ${failed} failed`
}
for (const [name, cmd] of stages) {
  if (only.length && !only.includes(name)) continue
  const started = Date.now()
  console.log(`\n=== ${name}: ${cmd.join(' ')}`)
  const run = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  results.push(`${run.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds}s)`)
  if (run.status !== 0) {
    console.log(`\n${summary()}`)
    process.exit(run.status ?? 1)
  }
}
console.log(`\n${summary()}`)
