/**
 * `npm test`: typecheck, unit, build the function bundles, integration (contract, fuzz, concurrency on
 * the local cloud with the real SDK), build H5, e2e in Chromium. Stops at the first failing stage and
 * exits non-zero; prints one summary line per stage.
 */
import { spawnSync } from 'node:child_process'

const stages: [string, string[]][] = [
  ['typecheck', ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['unit', ['npx', 'vitest', 'run', '--project', 'unit']],
  ['build functions', ['npx', 'tsx', 'scripts/build-functions.ts']],
  ['integration', ['npx', 'vitest', 'run', '--project', 'integration']],
  ['build h5', ['npx', 'taro', 'build', '--type', 'h5']],
  ['build weapp', ['npx', 'taro', 'build', '--type', 'weapp']],
  ['e2e', ['npx', 'vitest', 'run', '--project', 'e2e']],
]

const only = process.argv.slice(2)
const results: string[] = []
for (const [name, cmd] of stages) {
  if (only.length && !only.includes(name)) continue
  const started = Date.now()
  console.log(`\n=== ${name}: ${cmd.join(' ')}`)
  const run = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  results.push(`${run.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds}s)`)
  if (run.status !== 0) {
    console.log(`\n${results.join('\n')}`)
    process.exit(run.status ?? 1)
  }
}
console.log(`\n${results.join('\n')}`)
