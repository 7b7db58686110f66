/**
 * `npm run db:apply`: makes the cloud environment JF_ENV_ID match cloudfunctions/schema/collections.ts —
 * creates missing collections and indexes and sets each security rule — through @cloudbase/manager-node
 * with TCB_SECRET_ID / TCB_SECRET_KEY. Only adds; safe to re-run. Exits 1 on missing credentials, a
 * failed step, or an index conflict that needs a human.
 */
import { planDatabase } from '../cloudfunctions/schema'
import { describeMissing, missingCredentials } from './lib/credentials'
import { formatDatabasePlan } from './lib/format-db-plan'
import { applyDatabasePlan, managerNodeAdmin, readEnvironment } from './lib/cloud-database-admin'

async function main(): Promise<number> {
  const env = process.env
  const missing = missingCredentials(env, ['TCB_SECRET_ID', 'TCB_SECRET_KEY', 'JF_ENV_ID'])
  if (missing.length) {
    console.error(describeMissing(missing, 'npm run db:apply'))
    return 1
  }
  const envId = env.JF_ENV_ID!.trim()
  const admin = managerNodeAdmin({ secretId: env.TCB_SECRET_ID!.trim(), secretKey: env.TCB_SECRET_KEY!.trim(), envId })
  console.log(`读取环境 / reading environment ${envId} …`)
  const plan = planDatabase(await readEnvironment(admin))
  for (const line of formatDatabasePlan(plan, `cloud environment ${envId}`)) console.log(line)
  if (plan.changeCount === 0) {
    console.log('\n已是最新，无需变更 / already up to date, nothing to do.')
    return plan.conflictCount ? 1 : 0
  }
  console.log(`\n应用 ${plan.changeCount} 项变更 / applying ${plan.changeCount} change(s):`)
  const outcome = await applyDatabasePlan(admin, plan, (line) => console.log(line))
  console.log(
    `\n完成 / done: ${outcome.done.length} applied, ${outcome.failed.length} failed, ${plan.conflictCount} conflict(s).` +
      (outcome.failed.length ? ' 修复后重新运行即可 / fix and re-run: finished steps are skipped.' : '') +
      ' 安全规则约几分钟后生效 / security rules take a few minutes to take effect.',
  )
  return outcome.failed.length || plan.conflictCount ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`db:apply 失败 / failed: ${err instanceof Error ? err.message : String(err)}`)
    process.exit(1)
  },
)
