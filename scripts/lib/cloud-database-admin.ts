/**
 * Reads and changes a cloud environment's collections, indexes and security rules. The port
 * (CloudDatabaseAdmin) keeps db-apply's logic testable with a fake; managerNodeAdmin implements it with
 * @cloudbase/manager-node (database.* for collections and indexes, the tcb common service for the
 * security rules: DescribeSafeRule / ModifySafeRule).
 */
import CloudBase from '@cloudbase/manager-node'
import type { DatabasePlan, ExistingCollection, ExistingIndex, IndexDecl, SecurityRule } from '../../cloudfunctions/schema'

export interface CloudDatabaseAdmin {
  listCollectionNames(): Promise<string[]>
  describeIndexes(collection: string): Promise<ExistingIndex[]>
  readRule(collection: string): Promise<ExistingCollection['rule']>
  /** Creates the collection unless it exists (so a half-finished earlier run is harmless). */
  createCollection(collection: string): Promise<void>
  createIndex(collection: string, index: IndexDecl): Promise<void>
  setRule(collection: string, rule: SecurityRule): Promise<void>
}

export async function readEnvironment(admin: CloudDatabaseAdmin): Promise<ExistingCollection[]> {
  const names = await admin.listCollectionNames()
  const result: ExistingCollection[] = []
  for (const name of names) {
    result.push({ name, indexes: await admin.describeIndexes(name), rule: await admin.readRule(name) })
  }
  return result
}

export interface ApplyOutcome {
  done: string[]
  failed: { step: string; error: string }[]
}

/**
 * Performs every change of the plan, one step at a time, logging each. A failing step is reported and
 * the rest continue; a re-run picks up whatever is still missing.
 */
export async function applyDatabasePlan(
  admin: CloudDatabaseAdmin,
  plan: DatabasePlan,
  log: (line: string) => void,
): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { done: [], failed: [] }
  const step = async (label: string, run: () => Promise<void>) => {
    try {
      await run()
      outcome.done.push(label)
      log(`  ✓ ${label}`)
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err)
      outcome.failed.push({ step: label, error })
      log(`  ✗ ${label}: ${error}`)
    }
  }
  for (const c of plan.collections) {
    const name = c.decl.name
    if (c.createCollection) await step(`create collection ${name}`, () => admin.createCollection(name))
    for (const index of c.createIndexes) await step(`create index ${name}.${index.name}`, () => admin.createIndex(name, index))
    if (c.setRule) {
      const rule = c.setRule
      await step(`set rule ${name} ${JSON.stringify(rule)}`, () => admin.setRule(name, rule))
    }
  }
  return outcome
}

export interface TencentCloudCredentials {
  secretId: string
  secretKey: string
  envId: string
}

/** Direction as the flexdb API reports it: "1" / "-1" (numbers are tolerated). **[unverified beyond the typings]** */
function orderOf(direction: unknown): 'asc' | 'desc' | null {
  const d = String(direction)
  return d === '1' ? 'asc' : d === '-1' ? 'desc' : null
}

export function managerNodeAdmin(credentials: TencentCloudCredentials): CloudDatabaseAdmin {
  const app = new CloudBase({ secretId: credentials.secretId, secretKey: credentials.secretKey, envId: credentials.envId })
  const tcb = app.commonService('tcb', '2018-06-08')
  const pageSize = 100
  return {
    async listCollectionNames() {
      const names: string[] = []
      for (let offset = 0; ; offset += pageSize) {
        const page = await app.database.listCollections({ MgoLimit: pageSize, MgoOffset: offset })
        names.push(...page.Collections.map((c) => c.CollectionName))
        if (page.Collections.length < pageSize || names.length >= (page.Pager?.Total ?? 0)) return names
      }
    },
    async describeIndexes(collection) {
      const info = await app.database.describeCollection(collection)
      return (info.Indexes ?? []).map((i) => ({
        name: i.Name,
        unique: Boolean(i.Unique),
        // A key with a non-sort direction (e.g. a geo index) gets a field name no declaration can match.
        keys: i.Keys.map((k) => {
          const order = orderOf(k.Direction)
          return order ? { field: String(k.Name), order } : { field: `${k.Name}:${k.Direction}`, order: 'asc' as const }
        }),
      }))
    },
    async readRule(collection) {
      try {
        const res = (await tcb.call({ Action: 'DescribeSafeRule', Param: { EnvId: credentials.envId, CollectionName: collection } })) as {
          AclTag?: string
          Rule?: string | null
        }
        if (!res.AclTag) return null
        return { aclTag: res.AclTag, rule: res.Rule ? (JSON.parse(res.Rule) as SecurityRule) : null }
      } catch {
        return null // unreadable: the plan then (re)sets the declared rule, which is always safe
      }
    },
    async createCollection(collection) {
      await app.database.createCollectionIfNotExists(collection)
    },
    async createIndex(collection, index) {
      await app.database.updateCollection(collection, {
        CreateIndexes: [
          {
            IndexName: index.name,
            MgoKeySchema: {
              MgoIsUnique: index.unique,
              MgoIndexKeys: index.keys.map((k) => ({ Name: k.field, Direction: k.order === 'desc' ? '-1' : '1' })),
            },
          },
        ],
      })
    },
    async setRule(collection, rule) {
      // Booleans must stay JSON booleans: the rule engine rejects the string "false".
      await tcb.call({
        Action: 'ModifySafeRule',
        Param: { EnvId: credentials.envId, CollectionName: collection, AclTag: 'CUSTOM', Rule: JSON.stringify(rule) },
      })
    },
  }
}
