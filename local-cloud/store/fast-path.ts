/**
 * Fast answers to the queries the shop actually sends, each provably identical to mingo's:
 *
 * - `translateFilter`/`translateSort`: the indexable conjuncts as SQL over `json_extract(doc, '$.f')`,
 *   the same expressions the declared indexes are built on (cloudfunctions/schema/sqlite-indexes.ts),
 *   so SQLite's indexes filter, order and page.
 * - `compileFilter`/`compileSort`: the whole query as a plain JavaScript predicate and comparator (no
 *   per-document operator dispatch), for queries an index cannot serve, e.g. the keyword search.
 *
 * Both only accept what they can decide exactly: conjunctions ($and, and $or for the predicate) of
 * conditions on simple paths — $eq / plain value, $ne, $gt, $gte, $lt, $lte, $in, $nin against safe
 * integers or safe strings, or a RegExp — where the field holds, in every document, only that kind of
 * value or nothing (field-kinds.ts explains why that makes SQL, JavaScript and mingo agree).
 * Everything else returns null / `residual` and mingo answers.
 */
import type { Doc } from './ejson'
import { type KindSummary, SIMPLE_PATH, scalarKind } from './field-kinds'
import type { SortSpec } from './query-engine'

export type KindOf = (path: string) => KindSummary

type Operator = '$eq' | '$ne' | '$gt' | '$gte' | '$lt' | '$lte' | '$in' | '$nin'
type Scalar = string | number

/** A checked comparison: operands all of the field's kind (or the field is absent everywhere). */
interface Comparison {
  path: string
  op: Operator
  values: Scalar[]
}

interface RegexTest {
  path: string
  regex: RegExp
}

const COMPARISONS = new Set<string>(['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin'])
const SQL_OPERATOR: Record<'$eq' | '$gt' | '$gte' | '$lt' | '$lte', string> = { $eq: '=', $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' }

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** `$and`/`$or` operands mingo takes as a list of sub-queries. */
function isQueryList(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every(isPlainObject)
}

/** A field's condition as checked comparisons, or null when only mingo can decide it. */
function comparisons(path: string, condition: unknown, kindOf: KindOf): Comparison[] | null {
  if (!SIMPLE_PATH.test(path)) return null
  const entries: [string, unknown][] = isPlainObject(condition) ? Object.entries(condition) : [['$eq', condition]]
  if (entries.length === 0 || !entries.every(([op]) => COMPARISONS.has(op))) return null
  const field = kindOf(path).kind
  if (field === 'mixed') return null
  const out: Comparison[] = []
  for (const [op, operand] of entries) {
    const list = op === '$in' || op === '$nin'
    if (list !== Array.isArray(operand)) return null
    const values = (list ? operand : [operand]) as unknown[]
    for (const v of values) {
      const kind = scalarKind(v)
      // Another kind than the field's would need mingo's cross-type rules.
      if ((kind !== 'int' && kind !== 'string') || (field !== 'absent' && kind !== field)) return null
    }
    if (field === 'absent' && new Set(values.map((v) => typeof v)).size > 1) return null
    out.push({ path, op: op as Operator, values: values as Scalar[] })
  }
  return out
}

/** A RegExp condition on a field holding only strings or string arrays; stateful (g/y) patterns are mingo's. */
function regexTest(path: string, condition: unknown, kindOf: KindOf): RegexTest | null {
  if (!(condition instanceof RegExp) || condition.global || condition.sticky) return null
  if (!SIMPLE_PATH.test(path) || !kindOf(path).textual) return null
  return { path, regex: condition }
}

// ---------------------------------------------------------------- SQL

export interface SqlFilter {
  /** SQL boolean terms, ANDed; empty means no indexable condition was found. */
  terms: string[]
  params: Scalar[]
  /** The $eq/$in terms alone (what index prefixes serve), to narrow candidates when the rest cannot be. */
  equalityTerms: string[]
  equalityParams: Scalar[]
  /** True when some part of the query was not translated, so mingo must still test every candidate. */
  residual: boolean
}

/** The SQL expression for a field; `_id` is a real (primary key) column when every id is a string. */
export function fieldExpression(path: string, kindOf: KindOf): string {
  if (path === '_id' && kindOf('_id').kind === 'string') return '_id'
  return `json_extract(doc, '$.${path}')`
}

function comparisonSql(c: Comparison, kindOf: KindOf): string {
  const expr = fieldExpression(c.path, kindOf)
  const marks = c.values.map(() => '?').join(', ')
  switch (c.op) {
    case '$ne':
      return `(${expr} IS NULL OR ${expr} <> ?)`
    case '$in':
      return c.values.length ? `${expr} IN (${marks})` : '0'
    case '$nin':
      return c.values.length ? `(${expr} IS NULL OR ${expr} NOT IN (${marks}))` : '1'
    default:
      return `${expr} ${SQL_OPERATOR[c.op]} ?`
  }
}

/**
 * The indexable conjuncts of `query` as SQL. Every document the query matches satisfies the SQL
 * (it is a conjunction), and when `residual` is false the SQL matches exactly the same documents.
 */
export function translateFilter(query: Record<string, unknown> | undefined, kindOf: KindOf): SqlFilter {
  const out: SqlFilter = { terms: [], params: [], equalityTerms: [], equalityParams: [], residual: false }
  const visit = (part: Record<string, unknown>) => {
    for (const [key, condition] of Object.entries(part)) {
      if (key === '$and' && isQueryList(condition)) {
        condition.forEach(visit)
        continue
      }
      const checked = key.startsWith('$') ? null : comparisons(key, condition, kindOf)
      if (!checked) {
        out.residual = true
        continue
      }
      for (const c of checked) {
        const sql = comparisonSql(c, kindOf)
        out.terms.push(sql)
        out.params.push(...c.values)
        if ((c.op === '$eq' || c.op === '$in') && c.values.length) {
          out.equalityTerms.push(sql)
          out.equalityParams.push(...c.values)
        }
      }
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

// ---------------------------------------------------------------- JavaScript

export type Predicate = (doc: Doc) => boolean

/** Reads a dotted path the way mingo does on documents whose path holds no arrays above the leaf. */
function reader(path: string): (doc: Doc) => unknown {
  const segments = path.split('.')
  return (doc) => {
    let value: unknown = doc
    for (const segment of segments) {
      if (value === undefined || value === null) return undefined
      value = (value as Record<string, unknown>)[segment]
    }
    return value ?? undefined
  }
}

function comparisonPredicate(c: Comparison): Predicate {
  const read = reader(c.path)
  const [x] = c.values
  const set = new Set<Scalar>(c.values)
  // Absent values (missing or null) match only the negative operators, as in mingo.
  switch (c.op) {
    case '$eq':
      return (d) => read(d) === x
    case '$ne':
      return (d) => read(d) !== x
    case '$in':
      return (d) => set.has(read(d) as Scalar)
    case '$nin':
      return (d) => !set.has(read(d) as Scalar)
    case '$gt':
      return (d) => { const v = read(d); return v !== undefined && (v as Scalar) > x }
    case '$gte':
      return (d) => { const v = read(d); return v !== undefined && (v as Scalar) >= x }
    case '$lt':
      return (d) => { const v = read(d); return v !== undefined && (v as Scalar) < x }
    case '$lte':
      return (d) => { const v = read(d); return v !== undefined && (v as Scalar) <= x }
  }
}

function regexPredicate(t: RegexTest): Predicate {
  const read = reader(t.path)
  return (d) => {
    const v = read(d)
    if (typeof v === 'string') return t.regex.test(v)
    return Array.isArray(v) && v.some((s) => t.regex.test(s as string))
  }
}

/** The whole query as one predicate, or null when any part of it is outside what is decided exactly. */
export function compileFilter(query: Record<string, unknown> | undefined, kindOf: KindOf): Predicate | null {
  const compile = (part: Record<string, unknown>): Predicate | null => {
    const all: Predicate[] = []
    for (const [key, condition] of Object.entries(part)) {
      if (key === '$and' || key === '$or') {
        if (!isQueryList(condition)) return null
        const subs = condition.map(compile)
        if (subs.some((s) => s === null)) return null
        const list = subs as Predicate[]
        all.push(key === '$and' ? (d) => list.every((p) => p(d)) : (d) => list.some((p) => p(d)))
        continue
      }
      if (key.startsWith('$')) return null
      const regex = regexTest(key, condition, kindOf)
      if (regex) {
        all.push(regexPredicate(regex))
        continue
      }
      const checked = comparisons(key, condition, kindOf)
      if (!checked) return null
      all.push(...checked.map(comparisonPredicate))
    }
    if (all.length === 1) return all[0]
    return (d) => all.every((p) => p(d))
  }
  return compile(query ?? {})
}

/**
 * A comparator equal to mingo's sort for fields holding one kind of scalar (absent lowest). Use with
 * a stable sort over the collection order, which is what mingo's grouping sort amounts to.
 */
export function compileSort(sort: SortSpec | undefined, kindOf: KindOf): ((a: Doc, b: Doc) => number) | null {
  const keys: { read: (d: Doc) => unknown; sign: number }[] = []
  for (const [path, direction] of Object.entries(sort ?? {})) {
    if (!SIMPLE_PATH.test(path) || (direction !== 1 && direction !== -1)) return null
    if (kindOf(path).kind === 'mixed') return null
    keys.push({ read: reader(path), sign: direction })
  }
  return (a, b) => {
    for (const { read, sign } of keys) {
      const x = read(a) as Scalar | undefined
      const y = read(b) as Scalar | undefined
      if (x === y) continue
      if (x === undefined) return -sign
      if (y === undefined) return sign
      return x < y ? -sign : sign
    }
    return 0
  }
}
