/**
 * Inputs for an action, derived from its zod schema (zod-fast-check) and then bent: schema-invalid
 * inputs for the fuzz suite, schema-valid but hostile inputs (emoji, RTL, long strings, other users'
 * ids) and realistic valid inputs (ids taken from the database) for the authz suite. Deterministic for
 * a given seed so a failure can be replayed.
 */
import fc from 'fast-check'
import { ZodString, type ZodTypeAny } from 'zod'
import { ZodFastCheck } from 'zod-fast-check'
import type { AnyAction } from '../../cloudfunctions/core/action'
import { schemaAccepts, wireCopy } from './action-catalog'

type Json = unknown
type Path = (string | number)[]

/** Small seeded PRNG (mulberry32) for picking mutations; fast-check drives the schema samples. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]

export function nested(depth: number, leaf: Json = 'deep'): Json {
  let value: Json = leaf
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

const ONE_MB = 'x'.repeat(1 << 20)
export const EMOJI = '💎🔮✨👩‍👩‍👧‍👦🏳️‍🌈'
export const RTL = '\u202Eمرحبا بالعالم\u202C שלום'

/** Values that break naive handlers: sizes, number edge cases, prototype keys, operators, wrong types. */
export const NASTY_VALUES: readonly Json[] = [
  ONE_MB,
  '',
  ' ',
  -1,
  -100,
  0.5,
  -0.01,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e21,
  null,
  true,
  false,
  [],
  {},
  [[[]]],
  '0',
  'null',
  'undefined',
  '-1',
  EMOJI.repeat(50),
  RTL,
  '\u0000\u0001\u001f',
  '<script>alert(1)</script>',
  "'; DROP TABLE products; --",
  '../../etc/passwd',
  JSON.parse('{"__proto__":{"polluted":true,"role":"owner"}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
  { $gt: '' },
  { $ne: null },
  { $where: 'sleep(1000)' },
  nested(50),
  new Array(5000).fill(1),
  { length: 1e9 },
]

/** Whole inputs of the wrong kind (the dispatcher turns null/undefined into {}, so those are absent). */
const WRONG_KIND_INPUTS: readonly Json[] = [
  'input',
  ONE_MB,
  0,
  -1,
  1.5,
  true,
  false,
  [],
  [{}],
  [1, 2, 3],
  EMOJI,
  RTL,
  nested(50),
]

/**
 * zod-fast-check cannot invent strings that match a regex (ids, media URLs); fast-check can. Walks the
 * schema and overrides every regex-checked string with `fc.stringMatching`, still filtered by the schema.
 */
function withRegexOverrides(schema: ZodTypeAny) {
  let generator = ZodFastCheck()
  const seen = new Set<ZodTypeAny>()
  const visit = (node: ZodTypeAny | undefined) => {
    if (!node || seen.has(node)) return
    seen.add(node)
    const def = node._def as Record<string, any>
    if (node instanceof ZodString) {
      const regex = (def.checks as { kind: string; regex?: RegExp }[]).find((c) => c.kind === 'regex')?.regex
      if (regex) {
        // fast-check takes no flags; without `i` the generated strings are a subset that still matches.
        try {
          const matching = fc.stringMatching(new RegExp(regex.source)).filter((v) => node.safeParse(v).success)
          generator = generator.override(node, matching)
        } catch {
          // A regex feature fast-check cannot generate from: leave the string to zod-fast-check's filter.
        }
      }
      return
    }
    for (const key of ['innerType', 'schema', 'type', 'valueType', 'keyType', 'left', 'right', 'in', 'out']) visit(def[key])
    if (typeof def.shape === 'function') for (const child of Object.values(def.shape() as Record<string, ZodTypeAny>)) visit(child)
    for (const list of [def.options, def.items]) {
      if (Array.isArray(list)) list.forEach(visit)
      else if (list instanceof Map) [...list.values()].forEach(visit)
    }
  }
  visit(schema)
  return generator
}

/** Valid samples straight from the schema; empty when zod-fast-check cannot model it. */
export function schemaSamples(action: AnyAction, count: number, seed: number): Json[] {
  try {
    const arb = withRegexOverrides(action.input).inputOf(action.input)
    return fc
      .sample(arb, { numRuns: count, seed })
      .map((v) => wireCopy(v))
      .filter((v) => schemaAccepts(action, v))
  } catch {
    return []
  }
}

/** Every path to a value inside `value` (the root is []). */
export function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix)
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out)
  return out
}

function getAt(value: Json, path: Path): Json {
  return path.reduce<Json>((v, k) => (v as Record<string | number, Json>)?.[k], value)
}

/** A copy of `value` with the value at `path` replaced (or removed when `replacement` is REMOVE). */
export const REMOVE = Symbol('remove')
export function setAt(value: Json, path: Path, replacement: Json | typeof REMOVE): Json {
  if (path.length === 0) return replacement === REMOVE ? undefined : replacement
  const copy = structuredClone(value) as Record<string | number, Json>
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, Json>
  const key = path[path.length - 1]
  if (replacement === REMOVE) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1)
    else delete parent[key]
  } else {
    // defineProperty so a `__proto__` key lands as data, exactly as JSON.parse would deliver it.
    Object.defineProperty(parent, key, { value: replacement, enumerable: true, writable: true, configurable: true })
  }
  return copy
}

function withExtraKey(value: Json, key: string, extra: Json): Json {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value
  return setAt(value, [key], extra)
}

/** One mutation of a valid base input, likely (not certainly) invalid; callers filter with the schema. */
function mutate(base: Json, rand: () => number): Json {
  const paths = pathsOf(base)
  const path = pick(rand, paths)
  switch (Math.floor(rand() * 6)) {
    case 0:
      return pick(rand, WRONG_KIND_INPUTS)
    case 1:
      return setAt(base, path, path.length ? REMOVE : pick(rand, WRONG_KIND_INPUTS))
    case 2:
      return withExtraKey(base, pick(rand, ['__proto__', 'constructor', 'openid', '_openid', 'role', '$where', 'zz']), pick(rand, NASTY_VALUES))
    case 3: {
      // Two fields broken at once, so validators that stop at the first issue still see both.
      const once = setAt(base, path, pick(rand, NASTY_VALUES))
      const second = pick(rand, pathsOf(once))
      return setAt(once, second, pick(rand, NASTY_VALUES))
    }
    default:
      return setAt(base, path, pick(rand, NASTY_VALUES))
  }
}

const arbitraryJunk = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.anything(), { maxLength: 4 }),
  fc.object({ maxDepth: 3 }),
  fc.fullUnicodeString(),
)

/**
 * At least `count` distinct inputs that the action's schema rejects once they have crossed the wire.
 * Returns fewer only when the schema accepts nearly everything (the caller should fail loudly then).
 */
export function invalidInputs(action: AnyAction, count: number, seed: number, admit: (input: Json) => boolean = () => true): Json[] {
  const rand = prng(seed)
  const bases = schemaSamples(action, 40, seed)
  if (bases.length === 0) bases.push({})
  const seen = new Set<string>()
  const out: Json[] = []
  const offer = (candidate: Json) => {
    if (out.length >= count || schemaAccepts(action, candidate) || !admit(candidate)) return
    const key = JSON.stringify(wireCopy(candidate))
    if (seen.has(key)) return
    seen.add(key)
    out.push(candidate)
  }
  // The hand-picked nasties first: every field of a valid input set to every nasty value.
  const first = bases[0]
  for (const path of pathsOf(first)) for (const nasty of NASTY_VALUES) offer(setAt(first, path, nasty))
  for (const wrong of WRONG_KIND_INPUTS) offer(wrong)
  for (let attempt = 0; out.length < count && attempt < count * 30; attempt++) {
    if (attempt % 5 === 4) offer(fc.sample(arbitraryJunk, { numRuns: 1, seed: seed + attempt })[0])
    else offer(mutate(pick(rand, bases), rand))
  }
  return out
}

/** Hostile strings a schema may well allow: emoji, RTL, control-ish, long-but-bounded, lookalikes. */
const HOSTILE_STRINGS = [EMOJI, RTL, '水晶'.repeat(40), 'a'.repeat(64), 'Ａ１＿－', ' ', '%00', '${7*7}', '\\u0000', '..']

export interface ValidInputOptions {
  /** Record ids to put where the input names an id (`id`, `productId`, `ids[]` …). */
  ids?: readonly string[]
  /** Extra strings to plant in free-text fields (e.g. a marker identifying the caller's data). */
  strings?: readonly string[]
  /** Ids by collection: a field `<stem>Id` draws from the collection named `<stem>…` (addressId → addresses). */
  idsByCollection?: Readonly<Record<string, readonly string[]>>
  /** Real product/SKU pairs, put together wherever an object names both (cart lines, buy-now). */
  skus?: readonly { productId: string; skuId: string }[]
}

const ID_KEY = /(^id$|Id$|^ids$|Ids$|No$)/

function isIdPath(path: Path): boolean {
  return path.some((k) => typeof k === 'string' && ID_KEY.test(k))
}

function namedIdPool(path: Path, opts: ValidInputOptions): readonly string[] | undefined {
  const key = [...path].reverse().find((k): k is string => typeof k === 'string')
  const stem = key && /^(.+)Id$/.exec(key)?.[1]
  if (stem && opts.idsByCollection) {
    const match = Object.entries(opts.idsByCollection).find(([name, ids]) => name.startsWith(stem) && ids.length > 0)
    if (match) return match[1]
  }
  return opts.ids
}

/** Replaces string leaves: id-like ones from `ids`, others from `strings`, keeping what the schema allows. */
function rewriteLeaves(action: AnyAction, base: Json, rand: () => number, opts: ValidInputOptions): Json {
  let current = base
  for (const path of pathsOf(base)) {
    const leaf = getAt(current, path)
    if (typeof leaf !== 'string') continue
    const pool = isIdPath(path) ? namedIdPool(path, opts) : opts.strings
    if (!pool?.length) continue
    const next = setAt(current, path, pick(rand, pool))
    if (schemaAccepts(action, next)) current = next
  }
  if (opts.skus?.length) {
    for (const path of pathsOf(current)) {
      const node = getAt(current, path) as Record<string, unknown> | null
      if (!node || typeof node !== 'object' || !('productId' in node) || !('skuId' in node)) continue
      const pair = pick(rand, opts.skus)
      const next = setAt(setAt(current, [...path, 'productId'], pair.productId), [...path, 'skuId'], pair.skuId)
      // Small quantities, so the pair is buyable from the seeded stock.
      const withQuantity = 'quantity' in node ? setAt(next, [...path, 'quantity'], 1) : next
      if (schemaAccepts(action, withQuantity)) current = withQuantity
      else if (schemaAccepts(action, next)) current = next
    }
  }
  return current
}

/**
 * A real province › city › district wherever an object carries all three (address.save checks them
 * against the region dataset), so realistic inputs make real records; other fields keep their strings.
 */
function withRealRegion(action: AnyAction, input: Json): Json {
  let current = input
  for (const path of pathsOf(input)) {
    const node = getAt(current, path) as Record<string, unknown> | null
    if (!node || typeof node !== 'object' || !['province', 'city', 'district'].every((k) => typeof node[k] === 'string')) continue
    const next = setAt(setAt(setAt(current, [...path, 'province'], '广东省'), [...path, 'city'], '深圳市'), [...path, 'district'], '南山区')
    if (schemaAccepts(action, next)) current = next
  }
  return current
}

/** Valid inputs whose ids point at real records (e.g. products in the seed, another shopper's orders). */
export function realisticInputs(action: AnyAction, count: number, seed: number, opts: ValidInputOptions): Json[] {
  const rand = prng(seed)
  const samples = schemaSamples(action, count, seed)
  if (samples.length === 0 && schemaAccepts(action, {})) samples.push({})
  return samples.map((s) => withRealRegion(action, rewriteLeaves(action, s, rand, opts))).filter((s) => schemaAccepts(action, s))
}

/** Schema-valid inputs carrying hostile strings, boundary numbers and the given (other users') ids. */
export function hostileValidInputs(action: AnyAction, count: number, seed: number, otherIds: readonly string[]): Json[] {
  const rand = prng(seed)
  const samples = schemaSamples(action, count * 2, seed)
  const out: Json[] = []
  for (const sample of samples) {
    if (out.length >= count) break
    let current = rewriteLeaves(action, sample, rand, { ids: otherIds, strings: HOSTILE_STRINGS })
    // Push one number to an edge the schema still allows.
    const numberPaths = pathsOf(current).filter((p) => typeof getAt(current, p) === 'number')
    if (numberPaths.length) {
      const p = pick(rand, numberPaths)
      for (const edge of [0, 1, 1_000_000_000, 2 ** 31 - 1, Number.MAX_SAFE_INTEGER]) {
        const next = setAt(current, p, edge)
        if (schemaAccepts(action, next)) {
          current = next
          break
        }
      }
    }
    if (schemaAccepts(action, current)) out.push(current)
  }
  return out
}
