/**
 * `npm run db:plan`: prints every declared collection with its indexes and security rule, and what a
 * cloud environment needs to match. With TCB_SECRET_ID / TCB_SECRET_KEY / JF_ENV_ID set it compares with
 * that live environment (read-only); without them, with an empty one — i.e. the full plan.
 */
import { planDatabase, type ExistingCollection } from '../cloudfunctions/schema'
import { missingCredentials } from './lib/credentials'
import { formatDatabasePlan } from './lib/format-db-plan'
import { managerNodeAdmin, readEnvironment } from './lib/cloud-database-admin'

async function main(): Promise<void> {
  const env = process.env
  const offline = process.argv.includes('--offline')
  const canReadLive = missingCredentials(env, ['TCB_SECRET_ID', 'TCB_SECRET_KEY', 'JF_ENV_ID']).length === 0
  let existing: ExistingCollection[] = []
  let against = 'an empty environment (set TCB_SECRET_ID, TCB_SECRET_KEY and JF_ENV_ID to compare with a live one)'
  if (canReadLive && !offline) {
    const admin = managerNodeAdmin({ secretId: env.TCB_SECRET_ID!, secretKey: env.TCB_SECRET_KEY!, envId: env.JF_ENV_ID! })
    existing = await readEnvironment(admin)
    against = `cloud environment ${env.JF_ENV_ID}`
  }
  for (const line of formatDatabasePlan(planDatabase(existing), against)) console.log(line)
}

main().catch((err) => {
  console.error(`db:plan 失败 / failed: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
