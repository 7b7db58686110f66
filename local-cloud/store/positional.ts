/**
 * The positional update operators of the cloud database (MongoDB's), resolved per document before
 * mingo applies the update (mingo 6 implements `$[]` itself but not `$`):
 *
 * - `'<array>.$'` / `'<array>.$.<field>'`: the first element of `<array>` matched by the query's
 *   conditions on that array (`<array>: v`, `'<array>.<field>': v`, `<array>: _.elemMatch(...)`, also
 *   inside `_.and`). The query must hold such a condition, as in MongoDB ("The positional operator did
 *   not find the match needed from the query"); a `doc(id).update()` — so every update in a
 *   transaction — has none. Local choice, stricter than MongoDB: when several conditions on the array
 *   are first matched by different elements, MongoDB silently uses the element of whichever condition it
 *   evaluated last; here the update is refused and names `_.elemMatch`, which pins one element.
 * - `'<array>.$[]'`: every element; left to mingo.
 * - `'<array>.$[<identifier>]'`: needs `arrayFilters`, which wx-server-sdk 4.0.2 cannot send, so it is
 *   refused (mingo would otherwise update every element).
 */
import { Query } from 'mingo'
import type { Doc } from './ejson'

type Conditions = Record<string, unknown>

const NEGATIONS = new Set(['$ne', '$nin', '$not'])

/** Thrown for an update the cloud database would refuse; the service answers DATABASE_REQUEST_FAILED. */
export class PositionalUpdateError extends Error {}

/** True when some update path uses `$` or `$[...]`, so `resolvePositional` has work to do. */
export function hasPositional(ops: Record<string, unknown>): boolean {
  return Object.values(ops).some((spec) => isObject(spec) && Object.keys(spec).some((path) => path.split('.').some((s) => s.startsWith('$'))))
}

/**
 * The update with every `$` segment replaced by the index of the element the query matched in `doc`.
 * `ops` is an operator document (`{ $set: {...}, $inc: {...} }`).
 */
export function resolvePositional(doc: Doc, ops: Record<string, unknown>, query: Conditions): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [op, spec] of Object.entries(ops)) {
    if (!isObject(spec)) {
      out[op] = spec
      continue
    }
    const paths: Record<string, unknown> = {}
    for (const [path, value] of Object.entries(spec)) paths[resolvePath(doc, path, query)] = value
    out[op] = paths
  }
  return out
}

function resolvePath(doc: Doc, path: string, query: Conditions): string {
  const segments = path.split('.')
  const filtered = segments.find((s) => /^\$\[.+\]$/.test(s))
  if (filtered) {
    throw new PositionalUpdateError(
      `不支持 ${filtered}：wx-server-sdk 无法传 arrayFilters / ${filtered} needs arrayFilters, which wx-server-sdk cannot send (use $[] or $)`,
    )
  }
  const at = segments.indexOf('$')
  if (at < 0) return path
  if (at === 0) throw new PositionalUpdateError(`位置符 $ 必须跟在数组字段后 / positional $ must follow an array field: "${path}"`)
  const arrayPath = segments.slice(0, at).join('.')
  const index = matchedIndex(doc, arrayPath, query)
  return [...segments.slice(0, at), String(index), ...segments.slice(at + 1)].join('.')
}

/** Index of the element of `doc[arrayPath]` the query's conditions on that array first match. */
function matchedIndex(doc: Doc, arrayPath: string, query: Conditions): number {
  const array = valueAt(doc, arrayPath)
  const tests = elementTests(arrayPath, query)
  if (!Array.isArray(array) || tests.length === 0) {
    throw new PositionalUpdateError(
      `位置符 $ 未在查询中找到匹配的数组元素 / The positional operator did not find the match needed from the query (${arrayPath}.$ needs a where() condition on ${arrayPath})`,
    )
  }
  const firsts = tests.map((test) => array.findIndex(test))
  if (firsts.some((i) => i < 0)) {
    throw new PositionalUpdateError(
      `位置符 $ 未在查询中找到匹配的数组元素 / The positional operator did not find the match needed from the query (no single element of ${arrayPath} matched)`,
    )
  }
  if (new Set(firsts).size > 1) {
    throw new PositionalUpdateError(
      `位置符 $ 不明确：${arrayPath} 的多个条件匹配到不同元素，请用 _.elemMatch / ambiguous positional $: conditions on ${arrayPath} first match different elements (${firsts.join(', ')}); combine them with _.elemMatch`,
    )
  }
  return firsts[0]
}

/** One predicate on an array element per (non-negated) query condition on that array. */
function elementTests(arrayPath: string, query: Conditions): ((element: unknown) => boolean)[] {
  const tests: ((element: unknown) => boolean)[] = []
  const visit = (part: Conditions) => {
    for (const [key, condition] of Object.entries(part)) {
      if (key === '$and' && Array.isArray(condition)) {
        condition.filter(isObject).forEach(visit)
        continue
      }
      if (key === arrayPath) {
        if (isNegation(condition)) continue
        // `_.elemMatch` tests the element itself; any other condition tests it as the field's value.
        const elemMatch = isObject(condition) && Object.keys(condition).length === 1 && '$elemMatch' in condition
        const q = new Query({ v: condition })
        tests.push(elemMatch ? (e) => q.test({ v: [e] }) : (e) => q.test({ v: e }))
      } else if (key.startsWith(`${arrayPath}.`)) {
        if (isNegation(condition)) continue
        const q = new Query({ [key.slice(arrayPath.length + 1)]: condition })
        tests.push((e) => isObject(e) && q.test(e))
      }
    }
  }
  visit(query)
  return tests
}

function isNegation(condition: unknown): boolean {
  return isObject(condition) && Object.keys(condition).some((op) => NEGATIONS.has(op))
}

function valueAt(doc: Doc, path: string): unknown {
  let value: unknown = doc
  for (const segment of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[segment]
  }
  return value
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof RegExp)
}
