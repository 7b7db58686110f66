/**
 * What kind of value each queried field holds across a collection, kept up to date on every write.
 * The SQL fast path (fast-path.ts) may only answer a query when SQLite's json_extract comparison and
 * ordering provably agree with mingo's for every document, and that depends on the values present:
 *
 * - `int`: a safe integer. JSON text round-trips it exactly, SQLite compares it exactly; non-integers
 *   are excluded because SQLite's text-to-real conversion is not guaranteed to be correctly rounded.
 * - `string`: no surrogates (so UTF-8 byte order, SQLite's BINARY collation, equals the UTF-16 code
 *   unit order JavaScript and mingo use) and no NUL (which SQLite text functions treat unreliably).
 * - `absent`: missing or null, on the field or on an object above it. json_extract gives SQL NULL for
 *   both; mingo groups both as null when sorting (lowest, like SQL NULL) and no supported operator
 *   with a non-null operand matches either, while $ne/$nin match both (the SQL adds `IS NULL OR`).
 * - `strings`: an array of such strings (only regex conditions take these: mingo tests each element).
 * - `other`: anything else — arrays anywhere on the path (mingo matches any element), booleans
 *   (json_extract gives 0/1), objects, Dates, RegExps, non-integer or non-finite numbers.
 */
import type { Doc } from './ejson'

export type FieldKind = 'int' | 'string' | 'strings' | 'absent' | 'other'

/** Field paths the fast path handles: dotted identifiers (no array indexes, nothing json paths must quote). */
export const SIMPLE_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

// eslint-disable-next-line no-control-regex -- NUL (and lone surrogates) is exactly the text the fast path must refuse
const UNSAFE_TEXT = /[\u0000\uD800-\uDFFF]/

export function scalarKind(value: unknown): FieldKind {
  if (value === undefined || value === null) return 'absent'
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'int' : 'other'
  if (typeof value === 'string') return UNSAFE_TEXT.test(value) ? 'other' : 'string'
  return 'other'
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** The kind of the value at a dotted path, resolved the way mingo resolves it (plain property access). */
export function kindAt(doc: Doc, path: string): FieldKind {
  let value: unknown = doc
  for (const segment of path.split('.')) {
    if (value === undefined || value === null) return 'absent'
    if (!isPlainObject(value)) return 'other'
    value = value[segment]
  }
  if (Array.isArray(value)) return value.every((v) => scalarKind(v) === 'string') ? 'strings' : 'other'
  return scalarKind(value)
}

export interface KindSummary {
  /** The one scalar kind every present value has, `absent` if none is present, else `mixed`. */
  kind: 'int' | 'string' | 'absent' | 'mixed'
  /** Every present value is a string or an array of strings (what a regex condition can be decided on). */
  textual: boolean
}

type Counts = Record<FieldKind, number>

/** Per-collection, per-path counts of value kinds; paths are counted on first use, then maintained by `change`. */
export class FieldKindStats {
  private readonly byPath = new Map<string, Counts>()

  constructor(private readonly docs: () => Iterable<Doc>) {}

  summary(path: string): KindSummary {
    let counts = this.byPath.get(path)
    if (!counts) {
      counts = { int: 0, string: 0, strings: 0, absent: 0, other: 0 }
      for (const doc of this.docs()) counts[kindAt(doc, path)] += 1
      this.byPath.set(path, counts)
    }
    const textual = counts.other === 0 && counts.int === 0
    if (counts.other > 0 || counts.strings > 0 || (counts.int > 0 && counts.string > 0)) return { kind: 'mixed', textual }
    if (counts.int > 0) return { kind: 'int', textual }
    if (counts.string > 0) return { kind: 'string', textual }
    return { kind: 'absent', textual }
  }

  /** Called for every row write with the previous and the new document (null when absent/deleted). */
  change(before: Doc | null, after: Doc | null): void {
    for (const [path, counts] of this.byPath) {
      if (before) counts[kindAt(before, path)] -= 1
      if (after) counts[kindAt(after, path)] += 1
    }
  }
}
