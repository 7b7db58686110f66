/**
 * Translates the indexable part of a cloud-database query into SQL over `json_extract(doc, '$.field')`,
 * the same expressions the declared indexes are built on (cloudfunctions/schema/sqlite-indexes.ts), so
 * SQLite's indexes do the filtering, ordering and paging.
 *
 * A query is a conjunction (top-level fields and `$and` of field maps). Each conjunct on a simple path
 * with $eq / plain value, $ne, $gt, $gte, $lt, $lte, $in or $nin against safe integers or safe strings
 * (field-kinds.ts) becomes SQL when the field holds only that kind (or is absent) in every document:
 * then SQL and mingo provably agree. Anything else is left to mingo (`residual`).
 */
import { type FieldKind, type KindSummary, SIMPLE_PATH, scalarKind } from './field-kinds'
import type { SortSpec } from './query-engine'

export interface SqlFilter {
  /** SQL boolean terms, ANDed; empty means no indexable condition was found. */
  terms: string[]
  params: (string | number)[]
  /** True when some part of the query was not translated, so mingo must still test every candidate. */
  residual: boolean
}

export type KindOf = (path: string) => KindSummary

type Operator = '$eq' | '$ne' | '$gt' | '$gte' | '$lt' | '$lte' | '$in' | '$nin'

const COMPARISON: Record<'$eq' | '$gt' | '$gte' | '$lt' | '$lte', string> = {
  $eq: '=',
  $gt: '>',
  $gte: '>=',
  $lt: '<',
  $lte: '<=',
}

const SUPPORTED = new Set<string>(['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin'])

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** The SQL expression for a field; `_id` is a real (primary key) column when every id is a string. */
export function fieldExpression(path: string, kindOf: KindOf): string {
  if (path === '_id' && kindOf('_id').kind === 'string') return '_id'
  return `json_extract(doc, '$.${path}')`
}

/** The single kind every operand has (`int`/`string`), or null when operands are unusable or mixed. */
function operandKind(values: unknown[]): FieldKind | null {
  let kind: FieldKind | null = null
  for (const v of values) {
    const k = scalarKind(v)
    if (k !== 'int' && k !== 'string') return null
    if (kind && k !== kind) return null
    kind = k
  }
  return kind
}

/** One field's condition as SQL, or null when it must be left to mingo. */
function translateField(path: string, condition: unknown, kindOf: KindOf): { terms: string[]; params: (string | number)[] } | null {
  if (!SIMPLE_PATH.test(path)) return null
  const ops: [Operator, unknown][] = []
  if (isPlainObject(condition)) {
    const keys = Object.keys(condition)
    if (keys.length === 0 || !keys.every((k) => SUPPORTED.has(k))) return null
    for (const k of keys) ops.push([k as Operator, condition[k]])
  } else {
    ops.push(['$eq', condition])
  }
  const field = kindOf(path).kind
  if (field === 'mixed') return null
  const expr = fieldExpression(path, kindOf)
  const terms: string[] = []
  const params: (string | number)[] = []
  for (const [op, operand] of ops) {
    const list = op === '$in' || op === '$nin'
    if (list !== Array.isArray(operand)) return null
    const values = list ? (operand as unknown[]) : [operand]
    const kind: string | null = values.length === 0 ? field : operandKind(values)
    // An operand of another kind than the field's would need mingo's cross-type rules: leave it to mingo.
    if (kind === null || (field !== 'absent' && kind !== field)) return null
    const typed = values as (string | number)[]
    if (op === '$ne') {
      terms.push(`(${expr} IS NULL OR ${expr} <> ?)`)
      params.push(typed[0])
    } else if (op === '$in') {
      terms.push(typed.length ? `${expr} IN (${typed.map(() => '?').join(', ')})` : '0')
      params.push(...typed)
    } else if (op === '$nin') {
      terms.push(typed.length ? `(${expr} IS NULL OR ${expr} NOT IN (${typed.map(() => '?').join(', ')}))` : '1')
      params.push(...typed)
    } else {
      terms.push(`${expr} ${COMPARISON[op]} ?`)
      params.push(typed[0])
    }
  }
  return { terms, params }
}

/**
 * The indexable conjuncts of `query` as SQL. Every document the query matches satisfies the SQL
 * (it is a conjunction), and when `residual` is false the SQL matches exactly the same documents.
 */
export function translateFilter(query: Record<string, unknown> | undefined, kindOf: KindOf): SqlFilter {
  const out: SqlFilter = { terms: [], params: [], residual: false }
  const visit = (part: Record<string, unknown>) => {
    for (const [key, condition] of Object.entries(part)) {
      if (key === '$and' && Array.isArray(condition) && condition.length > 0 && condition.every(isPlainObject)) {
        for (const sub of condition) visit(sub)
        continue
      }
      const sql = key.startsWith('$') ? null : translateField(key, condition, kindOf)
      if (!sql) {
        out.residual = true
        continue
      }
      out.terms.push(...sql.terms)
      out.params.push(...sql.params)
    }
  }
  if (query) visit(query)
  return out
}

/**
 * ORDER BY for a sort spec, ending with `rowid` because mingo's sort is stable over the collection's
 * insertion order, which is rowid order. Null when a sort field could order differently in mingo.
 */
export function translateSort(sort: SortSpec | undefined, kindOf: KindOf): string | null {
  const parts: string[] = []
  for (const [path, direction] of Object.entries(sort ?? {})) {
    if (!SIMPLE_PATH.test(path) || (direction !== 1 && direction !== -1)) return null
    if (kindOf(path).kind === 'mixed') return null
    parts.push(`${fieldExpression(path, kindOf)} ${direction === -1 ? 'DESC' : 'ASC'}`)
  }
  parts.push('rowid ASC')
  return parts.join(', ')
}
