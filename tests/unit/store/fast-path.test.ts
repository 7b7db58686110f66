/**
 * The store answers queries by SQL over the json_extract indexes or by a compiled predicate whenever
 * it can (local-cloud/store/fast-path.ts). A shopper must never see a different page, order or total
 * because of that, so every route is checked against mingo itself on random documents — missing
 * fields, nulls, arrays, nested objects, mixed types, astral and NUL characters — and random queries,
 * including after updates and deletes (the field-kind statistics must follow every write).
 */
import 'mingo/init/system'
import fc from 'fast-check'
import { Query, find as mingoFind } from 'mingo'
import { afterEach, describe, expect, it } from 'vitest'
import type { Doc } from '../../../local-cloud/store/ejson'
import { Store } from '../../../local-cloud/store/sqlite-store'

/** `products` is a declared collection, so its indexes exist and SQL plans really use them. */
const COLLECTION = 'products'
const FIELDS = ['status', 'categoryId', 'priceFrom', 'sold', 'stock', 'createdAt', 'attrs.material', 'title', 'tags'] as const

const open: Store[] = []
afterEach(() => open.splice(0).forEach((s) => s.close()))

type RouteCounts = Store['routes']

/** FAST_PATH_RUNS=20000 for a longer soak; the default keeps the unit suite quick. */
const RUNS = Number(process.env.FAST_PATH_RUNS) || 400
const TIMEOUT = 30_000 + RUNS * 25

const text = fc.constantFrom('on', 'off', 'a', 'b', 'ab', 'B', '水晶', 'é', '\uFFFD', '')
/** Strings whose order differs between UTF-8 (SQLite) and UTF-16 (JavaScript), or that SQLite mishandles. */
const awkwardText = fc.constantFrom('😀', 'a\u0000', '\uD800')
const int = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(-0, 1e15, Number.MAX_SAFE_INTEGER))
const messy = fc.oneof(
  awkwardText,
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(1.5, -0.25, 2 ** 60),
  fc.array(fc.oneof(text, int), { maxLength: 3 }),
  fc.record({ x: fc.oneof(text, int) }),
  fc.date({ min: new Date(0), max: new Date(1e12) }),
)

/** Per field, mostly one clean kind (so the fast routes are taken), sometimes anything. */
type Profile = 'int' | 'string' | 'strings' | 'messy'
const valueFor = (profile: Profile): fc.Arbitrary<unknown> => {
  const clean = profile === 'int' ? int : profile === 'string' ? text : profile === 'strings' ? fc.array(text, { maxLength: 3 }) : messy
  return fc.oneof({ weight: 6, arbitrary: clean }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: profile === 'messy' ? 3 : 0, arbitrary: fc.oneof(text, int) })
}

const profiles = fc.record(
  Object.fromEntries(FIELDS.map((f) => [f, fc.constantFrom<Profile>('int', 'string', 'int', 'string', 'strings', 'messy')])) as Record<(typeof FIELDS)[number], fc.Arbitrary<Profile>>,
)

function docArb(p: Record<string, Profile>): fc.Arbitrary<Doc> {
  const attrs = fc.oneof(
    { weight: 40, arbitrary: valueFor(p['attrs.material']).map((material) => (material === undefined ? {} : { material })) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, 'flat', [{ material: 'a' }]) },
  )
  const top = FIELDS.filter((f) => !f.includes('.'))
  return fc.record({ ...Object.fromEntries(top.map((f) => [f, valueFor(p[f])])), attrs }).map((d) => {
    const out: Doc = {}
    for (const [k, v] of Object.entries(d)) if (v !== undefined) out[k] = v
    return out
  })
}

const anyOperand = fc.oneof({ weight: 8, arbitrary: fc.oneof(text, int) }, { weight: 1, arbitrary: awkwardText })
const fieldName = fc.constantFrom(...FIELDS, '_id')

/** Conditions on one field; operands mostly of the field's kind, so that many queries are fast-path material. */
function conditionFor(profile: Profile | undefined): fc.Arbitrary<unknown> {
  const operand = fc.oneof({ weight: 4, arbitrary: profile === 'int' ? int : text }, { weight: 1, arbitrary: anyOperand })
  return fc.oneof(
    { weight: 3, arbitrary: operand },
    { weight: 3, arbitrary: fc.record({ op: fc.constantFrom('$eq', '$ne', '$gt', '$gte', '$lt', '$lte'), v: operand }).map(({ op, v }) => ({ [op]: v })) },
    { weight: 2, arbitrary: fc.record({ lo: operand, hi: operand }).map(({ lo, hi }) => ({ $gte: lo, $lte: hi })) },
    { weight: 2, arbitrary: fc.record({ op: fc.constantFrom('$in', '$nin'), v: fc.array(operand, { maxLength: 3 }) }).map(({ op, v }) => ({ [op]: v })) },
    { weight: 2, arbitrary: fc.constantFrom(/a/, /^B/i, /水/, /b$/m, /a/g) },
    { weight: 1, arbitrary: fc.constantFrom({ $exists: true }, { $size: 1 }, { $elemMatch: { $eq: 'a' } }) },
  )
}

function queryFor(p: Record<string, Profile>): fc.Arbitrary<Record<string, unknown>> {
  const leaf = fc
    .uniqueArray(fieldName, { maxLength: 3 })
    .chain((fields) => fc.tuple(...fields.map((f) => conditionFor(f === '_id' ? 'string' : p[f]))).map((conds) => Object.fromEntries(fields.map((f, i) => [f, conds[i]]))))
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    { weight: 2, arbitrary: fc.record({ base: leaf, and: fc.array(leaf, { minLength: 1, maxLength: 3 }) }).map(({ base, and }) => ({ ...base, $and: and })) },
    { weight: 2, arbitrary: fc.record({ base: leaf, or: fc.array(leaf, { minLength: 1, maxLength: 3 }) }).map(({ base, or }) => ({ $and: [base, { $or: or }] })) },
  )
}

const sortArb = fc
  .uniqueArray(fc.record({ f: fieldName, d: fc.constantFrom<1 | -1>(1, -1) }), { selector: (s) => s.f, maxLength: 3 })
  .map((keys) => Object.fromEntries(keys.map((k) => [k.f, k.d])) as Record<string, 1 | -1>)

const optsArb = fc.record({
  sort: sortArb,
  skip: fc.option(fc.nat(6), { nil: undefined }),
  limit: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
  projection: fc.option(fc.constant({ status: 1, priceFrom: 1 }), { nil: undefined }),
})

interface Edit {
  at: number
  doc: Doc | null
}

const scenario = (minDocs: number, maxDocs: number) =>
  profiles.chain((p) =>
    fc.record({
      docs: fc.array(docArb(p), { minLength: minDocs, maxLength: maxDocs }),
      edits: fc.array(fc.record({ at: fc.nat(), doc: fc.option(docArb(p), { nil: null }) }), { maxLength: 6 }),
      queries: fc.array(fc.record({ query: queryFor(p), opts: optsArb }), { minLength: 1, maxLength: 4 }),
    }),
  )

/** Loads the documents (ids in insertion order), applies the edits, returns the store and mingo's view. */
function build(docs: Doc[], edits: Edit[]): { store: Store; current: () => Doc[] } {
  const store = new Store(':memory:')
  open.push(store)
  store.write(docs.map((d, i) => ({ collection: COLLECTION, id: `d${i}`, doc: { ...d, _id: `d${i}` } })))
  // Ask once before editing so the field statistics exist and must be kept up to date by the writes.
  store.count(COLLECTION, { status: 'on', priceFrom: { $gt: 0 }, title: /a/ })
  for (const [n, e] of edits.entries()) {
    const ids = [...store.rows(COLLECTION).keys()]
    const id = ids.length && n % 3 !== 0 ? ids[e.at % ids.length] : `e${n}`
    store.write([{ collection: COLLECTION, id, doc: e.doc && { ...e.doc, _id: id } }])
  }
  return { store, current: () => store.docs(COLLECTION) }
}

function viaMingo(docs: Doc[], query: Record<string, unknown>, opts: { sort: Record<string, 1 | -1>; skip?: number; limit?: number; projection?: Record<string, number> }) {
  let cursor = mingoFind<Doc>(docs, query, opts.projection)
  if (Object.keys(opts.sort).length) cursor = cursor.sort(opts.sort)
  if (opts.skip) cursor = cursor.skip(opts.skip)
  if (opts.limit !== undefined) cursor = cursor.limit(opts.limit)
  return cursor.all()
}

function outcome(run: () => unknown): unknown {
  try {
    return { value: run() }
  } catch (err) {
    return { error: (err as Error).message }
  }
}

type Scenario = { docs: Doc[]; edits: Edit[]; queries: { query: Record<string, unknown>; opts: Parameters<typeof viaMingo>[2] }[] }

function checkScenario({ docs, edits, queries }: Scenario, used: RouteCounts) {
  const { store, current } = build(docs, edits)
  const before = { ...store.routes }
  for (const { query, opts } of queries) {
    const all = current()
    const expected = outcome(() => viaMingo(all, query, opts))
    expect(outcome(() => store.find(COLLECTION, query, opts))).toEqual(expected)
    const matched = outcome(() => all.filter((d) => new Query(query).test(d)).map((d) => d._id))
    expect(outcome(() => store.matching(COLLECTION, query).map((d) => d._id))).toEqual(matched)
    expect(outcome(() => store.count(COLLECTION, query))).toEqual(outcome(() => (matched as { value: unknown[] }).value.length))
  }
  for (const route of Object.keys(used) as (keyof RouteCounts)[]) used[route] += store.routes[route] - before[route]
  open.splice(open.indexOf(store), 1)
  store.close()
}

describe('store fast paths agree with mingo', () => {
  it('same documents, order, pages and counts for random data and queries', () => {
    const used: RouteCounts = { id: 0, sql: 0, compiled: 0, mingo: 0 }
    fc.assert(fc.property(scenario(0, 40), (s) => checkScenario(s, used)), { numRuns: RUNS })
    // Every route must have answered many random cases, or the agreement above proves little.
    expect(used.sql).toBeGreaterThan(RUNS / 4)
    expect(used.compiled).toBeGreaterThan(RUNS)
    expect(used.mingo).toBeGreaterThan(RUNS)
  }, TIMEOUT)

  it('same answers once a collection is large enough for statistics-driven index plans', () => {
    const used: RouteCounts = { id: 0, sql: 0, compiled: 0, mingo: 0 }
    fc.assert(fc.property(scenario(120, 220), (s) => checkScenario(s, used)), { numRuns: Math.ceil(RUNS / 16) })
    expect(used.sql).toBeGreaterThan(3)
  }, TIMEOUT)
})

describe('store query routes on a realistic catalogue', () => {
  const catalogue = () => {
    const store = new Store(':memory:')
    open.push(store)
    store.write(
      Array.from({ length: 500 }, (_, i) => ({
        collection: COLLECTION,
        id: `p${String(i).padStart(3, '0')}`,
        doc: {
          _id: `p${String(i).padStart(3, '0')}`,
          status: i % 10 === 0 ? 'off' : 'on',
          categoryId: `c${i % 5}`,
          priceFrom: 1000 + ((i * 7919) % 5000),
          sold: (i * 31) % 50,
          stock: i % 7,
          createdAt: 1_700_000_000_000 + (i % 50) * 1000,
          title: `${['紫水晶', '海蓝宝', '粉晶'][i % 3]}手串 #${i}`,
          tags: i % 4 ? ['热卖'] : [],
          attrs: { material: ['紫水晶', '海蓝宝', '粉晶'][i % 3] },
        },
      })),
    )
    return store
  }

  it('pages a category by price with the same ids and total as mingo', () => {
    const store = catalogue()
    const query = { status: 'on', categoryId: 'c2', $and: [{ priceFrom: { $gte: 1500 } }, { priceFrom: { $lte: 5000 } }] }
    const opts = { sort: { priceFrom: 1 as const, _id: 1 as const }, skip: 20, limit: 20 }
    const all = store.docs(COLLECTION)
    expect(store.find(COLLECTION, query, opts).map((d) => d._id)).toEqual(viaMingo(all, query, { ...opts }).map((d) => d._id))
    expect(store.count(COLLECTION, query)).toBe(all.filter((d) => new Query(query).test(d)).length)
  })

  it('answers a keyword search (regex $or) like mingo, and sees a write made just before', () => {
    const store = catalogue()
    const query = { $and: [{ status: 'on' }, { $or: [{ title: /紫水晶/i }, { tags: /紫水晶/i }, { 'attrs.material': /紫水晶/i }] }] }
    const opts = { sort: { createdAt: -1 as const, _id: 1 as const }, limit: 20 }
    const before = store.count(COLLECTION, query)
    store.write([{ collection: COLLECTION, id: 'new', doc: { _id: 'new', status: 'on', title: '新到紫水晶', tags: [], attrs: {}, createdAt: 1_800_000_000_000 } }])
    expect(store.count(COLLECTION, query)).toBe(before + 1)
    const page = store.find(COLLECTION, query, opts)
    expect(page[0]._id).toBe('new')
    expect(page.map((d) => d._id)).toEqual(viaMingo(store.docs(COLLECTION), query, { ...opts }).map((d) => d._id))
  })

  it('falls back to mingo once a field stops being one plain kind, with the same answer', () => {
    const store = catalogue()
    store.write([{ collection: COLLECTION, id: 'odd', doc: { _id: 'odd', status: 'on', priceFrom: '1200', sold: [1, 2] } }])
    const query = { status: 'on', priceFrom: { $gte: 1000 } }
    const opts = { sort: { sold: -1 as const }, limit: 30 }
    expect(store.find(COLLECTION, query, opts).map((d) => d._id)).toEqual(viaMingo(store.docs(COLLECTION), query, { ...opts }).map((d) => d._id))
    expect(store.count(COLLECTION, query)).toBe(store.docs(COLLECTION).filter((d) => new Query(query).test(d)).length)
  })
})
