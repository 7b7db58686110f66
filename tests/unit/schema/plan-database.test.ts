import { describe, expect, it } from 'vitest'
import {
  COLLECTIONS,
  planDatabase,
  type ExistingCollection,
  type ExistingIndex,
  type IndexDecl,
  type SecurityRule,
} from '../../../cloudfunctions/schema'
import { applyDatabasePlan, readEnvironment, type CloudDatabaseAdmin } from '../../../scripts/lib/cloud-database-admin'
import { formatDatabasePlan } from '../../../scripts/lib/format-db-plan'

/** An in-memory cloud environment behind the same port db-apply uses; `failOn` simulates API errors. */
function fakeCloud(initial: ExistingCollection[] = [], failOn: (step: string) => boolean = () => false) {
  const state = new Map(initial.map((c) => [c.name, structuredClone(c)]))
  const calls: string[] = []
  const guard = (step: string) => {
    calls.push(step)
    if (failOn(step)) throw new Error(`simulated failure: ${step}`)
  }
  const admin: CloudDatabaseAdmin = {
    listCollectionNames: async () => [...state.keys()],
    describeIndexes: async (name) => structuredClone(state.get(name)!.indexes),
    readRule: async (name) => structuredClone(state.get(name)!.rule),
    createCollection: async (name) => {
      guard(`createCollection ${name}`)
      if (!state.has(name)) state.set(name, { name, indexes: [{ name: '_id_', unique: true, keys: [{ field: '_id', order: 'asc' }] }], rule: { aclTag: 'ADMINWRITE', rule: null } })
    },
    createIndex: async (name, index: IndexDecl) => {
      guard(`createIndex ${name}.${index.name}`)
      state.get(name)!.indexes.push({ name: index.name, keys: index.keys, unique: index.unique })
    },
    setRule: async (name, rule: SecurityRule) => {
      guard(`setRule ${name}`)
      state.get(name)!.rule = { aclTag: 'CUSTOM', rule }
    },
  }
  return { admin, state, calls }
}

const totalIndexes = COLLECTIONS.reduce((n, c) => n + c.indexes.length, 0)
const silent = () => {}

describe('planDatabase', () => {
  it('plans every collection, index and rule for an empty environment', () => {
    const plan = planDatabase([])
    expect(plan.collections.every((c) => c.createCollection)).toBe(true)
    expect(plan.changeCount).toBe(COLLECTIONS.length * 2 + totalIndexes)
    expect(plan.conflictCount).toBe(0)
  })

  it('plans nothing once the environment matches, treating ADMINONLY as the same closed rule', () => {
    const existing: ExistingCollection[] = COLLECTIONS.map((c) => ({
      name: c.name,
      indexes: c.indexes.map((i) => ({ name: `console_${i.name}`, keys: i.keys, unique: i.unique })),
      rule: { aclTag: 'ADMINONLY', rule: null },
    }))
    const plan = planDatabase(existing)
    expect(plan.changeCount).toBe(0)
    expect(plan.collections.every((c) => c.presentIndexes.length === c.decl.indexes.length)).toBe(true)
  })

  it('re-closes a collection someone opened to clients in the console', () => {
    const plan = planDatabase([{ name: 'orders', indexes: [], rule: { aclTag: 'READONLY', rule: null } }])
    const orders = plan.collections.find((c) => c.decl.name === 'orders')!
    expect(orders.createCollection).toBe(false)
    expect(orders.setRule).toEqual({ read: false, write: false })
    expect(orders.currentRule).toBe('READONLY')
  })

  it('does not accept a unique index as a plain one, or the reverse', () => {
    const outTradeNo: ExistingIndex = { name: 'by_trade', keys: [{ field: 'outTradeNo', order: 'asc' }], unique: false }
    const plan = planDatabase([{ name: 'payments', indexes: [outTradeNo], rule: { aclTag: 'ADMINONLY', rule: null } }])
    const payments = plan.collections.find((c) => c.decl.name === 'payments')!
    expect(payments.createIndexes.map((i) => i.name)).toContain('out_trade_no')
    expect(payments.extraIndexes).toEqual([outTradeNo])
  })

  it('reports a same-named index with other keys as a conflict and never plans to drop anything', () => {
    const clash: ExistingIndex = { name: 'out_trade_no', keys: [{ field: 'orderId', order: 'asc' }], unique: false }
    const plan = planDatabase([
      { name: 'payments', indexes: [clash], rule: { aclTag: 'ADMINONLY', rule: null } },
      { name: 'legacy_orders', indexes: [], rule: null },
    ])
    expect(plan.conflictCount).toBe(1)
    expect(plan.undeclared).toEqual(['legacy_orders'])
    const text = formatDatabasePlan(plan, 'test').join('\n')
    expect(text).toContain('! conflict: existing index "out_trade_no"')
    expect(text).toContain('legacy_orders')
  })
})

describe('formatDatabasePlan (what db:plan prints)', () => {
  it('lists each collection with its indexes and its rule', () => {
    const text = formatDatabasePlan(planDatabase([]), 'an empty environment').join('\n')
    for (const c of COLLECTIONS) {
      expect(text).toContain(`+ create  ${c.name} — `)
      for (const index of c.indexes) expect(text).toContain(`index ${index.name}`)
    }
    expect(text).toContain('index out_trade_no UNIQUE (outTradeNo ↑)')
    expect(text).toContain('+ rule {"read":false,"write":false}')
  })
})

describe('applying the plan (db:apply)', () => {
  it('brings an empty environment to the declaration, and a second run changes nothing', async () => {
    const cloud = fakeCloud()
    const first = await applyDatabasePlan(cloud.admin, planDatabase(await readEnvironment(cloud.admin)), silent)
    expect(first.failed).toEqual([])
    expect(first.done).toHaveLength(COLLECTIONS.length * 2 + totalIndexes)

    const second = planDatabase(await readEnvironment(cloud.admin))
    expect(second.changeCount).toBe(0)
    expect(second.conflictCount).toBe(0)
  })

  it('keeps going past a failed step, and a re-run finishes only what is missing', async () => {
    let broken = true
    const cloud = fakeCloud([], (step) => broken && step === 'createIndex orders.buyer_newest')
    const first = await applyDatabasePlan(cloud.admin, planDatabase(await readEnvironment(cloud.admin)), silent)
    expect(first.failed.map((f) => f.step)).toEqual(['create index orders.buyer_newest'])
    expect(cloud.state.get('shipments')?.rule).toEqual({ aclTag: 'CUSTOM', rule: { read: false, write: false } })

    broken = false
    cloud.calls.length = 0
    const rerun = planDatabase(await readEnvironment(cloud.admin))
    expect(rerun.changeCount).toBe(1)
    await applyDatabasePlan(cloud.admin, rerun, silent)
    expect(cloud.calls).toEqual(['createIndex orders.buyer_newest'])
  })
})
