/**
 * Pure diff between what a cloud environment has and what collections.ts declares. It only ever adds:
 * a missing collection or index is created and a differing security rule is set; nothing is dropped
 * (undeclared collections and indexes are reported for a human to decide), so applying twice is safe.
 */
import { COLLECTIONS } from './collections'
import type { CollectionDecl, ExistingCollection, ExistingIndex, IndexDecl, SecurityRule } from './types'

export interface IndexConflict {
  index: IndexDecl
  existing: ExistingIndex
}

export interface CollectionPlan {
  decl: CollectionDecl
  createCollection: boolean
  createIndexes: IndexDecl[]
  /** Declared indexes already present (possibly under another name). */
  presentIndexes: IndexDecl[]
  /** Same name, different keys: cannot be created without dropping data-bearing structure; a human decides. */
  conflicts: IndexConflict[]
  /** Indexes the environment has that the declaration does not (reported, never dropped). */
  extraIndexes: ExistingIndex[]
  /** The rule to set, or null when the current one already matches. */
  setRule: SecurityRule | null
  /** How the current rule reads, for the printout; null for a new collection. */
  currentRule: string | null
}

export interface DatabasePlan {
  collections: CollectionPlan[]
  /** Collections in the environment that nothing declares. */
  undeclared: string[]
  /** Number of create/set operations applying the plan performs. */
  changeCount: number
  conflictCount: number
}

export function planDatabase(existing: readonly ExistingCollection[], declared: readonly CollectionDecl[] = COLLECTIONS): DatabasePlan {
  const byName = new Map(existing.map((c) => [c.name, c]))
  const collections = declared.map((decl) => planCollection(decl, byName.get(decl.name)))
  const declaredNames = new Set(declared.map((d) => d.name))
  const changeCount = collections.reduce(
    (n, c) => n + (c.createCollection ? 1 : 0) + c.createIndexes.length + (c.setRule ? 1 : 0),
    0,
  )
  return {
    collections,
    undeclared: existing.map((c) => c.name).filter((n) => !declaredNames.has(n)).sort(),
    changeCount,
    conflictCount: collections.reduce((n, c) => n + c.conflicts.length, 0),
  }
}

function planCollection(decl: CollectionDecl, current: ExistingCollection | undefined): CollectionPlan {
  const existingIndexes = (current?.indexes ?? []).filter((i) => !isIdIndex(i))
  const plan: CollectionPlan = {
    decl,
    createCollection: !current,
    createIndexes: [],
    presentIndexes: [],
    conflicts: [],
    extraIndexes: [],
    setRule: null,
    currentRule: current ? describeCurrentRule(current.rule) : null,
  }
  const matched = new Set<ExistingIndex>()
  for (const index of decl.indexes) {
    const same = existingIndexes.find((e) => sameIndex(e, index))
    if (same) {
      matched.add(same)
      plan.presentIndexes.push(index)
      continue
    }
    const clash = existingIndexes.find((e) => e.name === index.name)
    if (clash) {
      matched.add(clash)
      plan.conflicts.push({ index, existing: clash })
    } else plan.createIndexes.push(index)
  }
  plan.extraIndexes = existingIndexes.filter((e) => !matched.has(e))
  if (!current || !ruleMatches(decl.rule, current.rule)) plan.setRule = decl.rule
  return plan
}

/** MongoDB's automatic primary-key index; the platform creates it and it is never declared. */
function isIdIndex(index: ExistingIndex): boolean {
  return index.name === '_id_' || (index.keys.length === 1 && index.keys[0].field === '_id')
}

function sameIndex(existing: ExistingIndex, declared: IndexDecl): boolean {
  return (
    existing.unique === declared.unique &&
    existing.keys.length === declared.keys.length &&
    existing.keys.every((k, i) => k.field === declared.keys[i].field && k.order === declared.keys[i].order)
  )
}

const denyAll = (r: SecurityRule) => r.read === false && r.write === false

/** ADMINONLY ("仅管理端可读写") and a custom all-false rule mean the same thing. */
export function ruleMatches(declared: SecurityRule, current: ExistingCollection['rule']): boolean {
  if (!current) return false
  if (current.aclTag === 'ADMINONLY') return denyAll(declared)
  if (current.aclTag !== 'CUSTOM' || !current.rule) return false
  const keys = Object.keys(current.rule).sort().join(',')
  return keys === 'read,write' && current.rule.read === declared.read && current.rule.write === declared.write
}

function describeCurrentRule(rule: ExistingCollection['rule']): string {
  if (!rule) return 'unknown'
  return rule.aclTag === 'CUSTOM' && rule.rule ? `CUSTOM ${JSON.stringify(rule.rule)}` : rule.aclTag
}
