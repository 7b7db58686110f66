/**
 * Cloud-database semantics on plain JS documents, delegated to mingo (the Mongo query language the
 * cloud database speaks): matching, sorting, projection, update operators and aggregation.
 */
import 'mingo/init/system'
import { ProcessingMode, Query, aggregate as mingoAggregate, update as mingoUpdate } from 'mingo'
import type { Doc } from './ejson'
import { hasPositional, resolvePositional } from './positional'

export type SortSpec = Record<string, 1 | -1>

export interface FindOptions {
  sort?: SortSpec
  skip?: number
  limit?: number
  projection?: Record<string, unknown>
}

const compiled = new Map<string, Query>()

/** Queries are small and repeat (every shopper runs the same one), so compiled matchers are memoised. */
function compile(query: Record<string, unknown>): Query {
  const key = cacheKey(query)
  if (key === null) return new Query(query)
  let q = compiled.get(key)
  if (!q) {
    if (compiled.size > 2000) compiled.clear()
    q = new Query(query)
    compiled.set(key, q)
  }
  return q
}

/** Dates and RegExps would stringify ambiguously; those queries are simply not memoised. */
function cacheKey(query: Record<string, unknown>): string | null {
  let plain = true
  const text = JSON.stringify(query, (_k, v) => {
    if (v instanceof RegExp) plain = false
    return v
  })
  if (!plain || text.includes('"$date"') || /\d{4}-\d\d-\d\dT/.test(text)) return null
  return text
}

export function matches(query: Record<string, unknown> | undefined, doc: Doc): boolean {
  return matcher(query)(doc)
}

/** Compiles once for testing many documents (compiling per document cost a JSON.stringify or a parse each). */
export function matcher(query: Record<string, unknown> | undefined): (doc: Doc) => boolean {
  if (!query || Object.keys(query).length === 0) return () => true
  const compiledQuery = compile(query)
  return (doc) => compiledQuery.test(doc)
}

export function findDocs(docs: Doc[], query: Record<string, unknown> | undefined, opts: FindOptions = {}): Doc[] {
  const projection = opts.projection && Object.keys(opts.projection).length ? opts.projection : undefined
  let cursor = compile(query ?? {}).find<Doc>(docs, projection)
  if (opts.sort && Object.keys(opts.sort).length) cursor = cursor.sort(opts.sort)
  if (opts.skip) cursor = cursor.skip(opts.skip)
  if (opts.limit !== undefined) cursor = cursor.limit(opts.limit)
  return cursor.all()
}

const UPDATE_OPERATORS = new Set([
  '$set', '$unset', '$inc', '$mul', '$min', '$max', '$rename', '$push', '$pop', '$pull', '$pullAll',
  '$addToSet', '$currentDate',
])

export function isOperatorUpdate(update: Record<string, unknown>): boolean {
  const keys = Object.keys(update)
  return keys.length > 0 && keys.every((k) => k.startsWith('$'))
}

/**
 * Applies an update document to a copy of `doc`. Plain field maps are treated as `$set` (what the cloud
 * does for a merge update). The SDK already maps `_.shift`/`_.unshift` to `$pop`/`$push` with `$position`.
 * `query` is the condition that selected `doc`: positional `$` paths resolve against it (positional.ts).
 */
export function applyUpdate(doc: Doc, update: Record<string, unknown>, query: Record<string, unknown> = {}): Doc {
  const next = structuredClone(doc)
  const given = isOperatorUpdate(update) ? update : { $set: update }
  for (const op of Object.keys(given)) {
    if (!UPDATE_OPERATORS.has(op)) throw new Error(`不支持的更新操作符 / unsupported update operator ${op}`)
  }
  const ops = hasPositional(given) ? resolvePositional(doc, given, query) : given
  for (const [op, spec] of Object.entries(ops)) mingoUpdate(next, { [op]: spec } as never)
  next._id = doc._id
  return next
}

export function aggregate(
  docs: Doc[],
  pipeline: Record<string, unknown>[],
  resolveCollection: (name: string) => Doc[],
): Doc[] {
  // CLONE_INPUT: stages must never modify the store's cached documents.
  return mingoAggregate(docs, pipeline, {
    collectionResolver: resolveCollection,
    processingMode: ProcessingMode.CLONE_INPUT,
  }) as Doc[]
}
