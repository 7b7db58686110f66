/**
 * The local cloud database: one SQLite table per collection (`_id`, `doc` as EJSON text, `version`),
 * every table mirrored in memory as parsed documents. All methods are synchronous, so one request's
 * read-match-write happens in a single turn of the event loop and is exact under any concurrency.
 */
import { randomBytes } from 'node:crypto'
import Database from 'better-sqlite3'
import { isDeclaredCollection } from '../../cloudfunctions/schema/collections'
import { sqliteIndexStatements } from '../../cloudfunctions/schema/sqlite-indexes'
import { type Doc, parseEjson, stringifyEjson } from './ejson'
import { type KindOf, type Predicate, type SqlFilter, compileFilter, compileSort, translateFilter, translateSort } from './fast-path'
import { FieldKindStats } from './field-kinds'
import { type FindOptions, applyUpdate, findDocs, matcher } from './query-engine'

export interface StoredRow {
  doc: Doc
  /** Changes on every write; transactions compare it at commit to detect conflicts. */
  version: number
}

/** One change in an atomic batch; `doc: null` deletes. */
export interface RowWrite {
  collection: string
  id: string
  doc: Doc | null
}

const TABLE_PREFIX = 'c_'
const COLLECTION_NAME = /^[A-Za-z0-9_-]{1,100}$/

export function assertCollectionName(name: string): void {
  if (!COLLECTION_NAME.test(name)) {
    throw new Error(`集合名不合法 / invalid collection name "${name}" (letters, digits, _ and - only)`)
  }
}

/** Cloud ids are 32 lowercase hex characters. */
export function newDocId(): string {
  return randomBytes(16).toString('hex')
}

export const idKey = (id: unknown): string => String(id)

export class Store {
  private readonly db: Database.Database
  private readonly tables = new Map<string, Map<string, StoredRow>>()
  /** Monotonic across restarts (seeded from the wall clock), so a deleted-then-recreated row never reuses a version. */
  private clock = Date.now() * 1000
  private closed = false
  private readonly statements = new Map<string, Database.Statement>()
  private readonly reads = new Map<string, Database.Statement>()
  private readonly created = new Set<string>()
  private readonly kindStats = new Map<string, FieldKindStats>()
  private readonly indexed = new Set<string>()
  private readonly docLists = new Map<string, Doc[]>()
  /** The last compiled-route match per collection: a list page's find and count share one scan. */
  private readonly lastMatch = new Map<string, { key: string; docs: Doc[] }>()
  /** Whether a read's query plan is index-only, per SQL text and statistics generation. */
  private readonly served = new Map<string, boolean>()
  private readonly analyzedSize = new Map<string, number>()
  private statsGeneration = 0
  /** How often each route answered a find/count/matching; tests use it to prove the fast routes ran. */
  readonly routes: Record<QueryRoute, number> = { id: 0, sql: 0, compiled: 0, mingo: 0 }

  constructor(readonly path: string) {
    this.db = new Database(path)
    if (path !== ':memory:') this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
  }

  collection(name: string): StoreCollection {
    assertCollectionName(name)
    return new StoreCollection(this, name)
  }

  /** Names of every collection that has been written to (even if now empty). */
  collections(): string[] {
    const rows = this.db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c\\_%' ESCAPE '\\' ORDER BY name`)
      .all() as { name: string }[]
    return rows.map((r) => r.name.slice(TABLE_PREFIX.length))
  }

  hasCollection(name: string): boolean {
    return this.collections().includes(name)
  }

  /** Every document of every collection, for tests that compare the whole database before and after. */
  snapshot(): Record<string, Doc[]> {
    const out: Record<string, Doc[]> = {}
    for (const name of this.collections()) out[name] = [...this.rows(name).values()].map((r) => structuredClone(r.doc))
    return out
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    this.db.close()
  }

  /** The in-memory mirror of one collection (loaded on first use). Callers must not mutate the docs. */
  rows(name: string): Map<string, StoredRow> {
    this.assertOpen()
    let table = this.tables.get(name)
    if (table) return table
    table = new Map()
    if (this.tableExists(name)) {
      this.created.add(name)
      this.applyDeclaredIndexes(name)
      const rows = this.db.prepare(`SELECT _id, doc, version FROM ${quoteTable(name)} ORDER BY rowid`).all() as {
        _id: string
        doc: string
        version: number
      }[]
      for (const r of rows) table.set(r._id, { doc: parseEjson(r.doc, 0) as Doc, version: r.version })
    }
    this.tables.set(name, table)
    return table
  }

  docs(name: string): Doc[] {
    return this.docList(name).slice()
  }

  /** The collection's documents in order, shared between reads until the next write (never mutate it). */
  private docList(name: string): Doc[] {
    let list = this.docLists.get(name)
    if (!list) {
      list = [...this.rows(name).values()].map((r) => r.doc)
      this.docLists.set(name, list)
    }
    return list
  }

  versionOf(name: string, id: string): number {
    return this.rows(name).get(id)?.version ?? 0
  }

  ensureCollection(name: string): void {
    assertCollectionName(name)
    this.assertOpen()
    if (this.created.has(name)) return
    this.db
      .prepare(
        `CREATE TABLE IF NOT EXISTS ${quoteTable(name)} (_id TEXT PRIMARY KEY, doc TEXT NOT NULL, version INTEGER NOT NULL)`,
      )
      .run()
    this.created.add(name)
    this.applyDeclaredIndexes(name)
    this.rows(name)
  }

  /** Applies a batch of row changes atomically: one SQLite transaction, then the memory mirror. */
  write(writes: RowWrite[]): void {
    this.assertOpen()
    if (writes.length === 0) return
    const versions = writes.map(() => ++this.clock)
    const apply = this.db.transaction(() => {
      writes.forEach((w, i) => {
        this.ensureCollection(w.collection)
        const table = quoteTable(w.collection)
        if (w.doc === null) this.statement(`DELETE FROM ${table} WHERE _id = ?`).run(w.id)
        else
          this.statement(
            `INSERT INTO ${table} (_id, doc, version) VALUES (?, ?, ?) ON CONFLICT(_id) DO UPDATE SET doc = excluded.doc, version = excluded.version`,
          ).run(w.id, stringifyEjson(w.doc), versions[i])
      })
    })
    try {
      apply()
    } catch (err) {
      const code = (err as { code?: string }).code
      if (code === 'SQLITE_CONSTRAINT_UNIQUE') throw new Error(`唯一索引冲突 / duplicate key: ${(err as Error).message}`)
      throw err
    }
    writes.forEach((w, i) => {
      this.docLists.delete(w.collection)
      this.lastMatch.delete(w.collection)
      const rows = this.rows(w.collection)
      this.kindStats.get(w.collection)?.change(rows.get(w.id)?.doc ?? null, w.doc)
      if (w.doc === null) rows.delete(w.id)
      else rows.set(w.id, { doc: w.doc, version: versions[i] })
    })
  }

  /**
   * Documents matching `query`, sorted, paged and projected like the cloud database. Returns the cached
   * documents themselves (projection makes new ones): callers must copy before handing them out.
   *
   * Routes, all giving mingo's answer (tests/unit/store/fast-path.test.ts checks them against mingo):
   * a literal `_id` reads one row; a query the declared indexes serve entirely runs as SQL; a query
   * fast-path.ts can decide runs as a compiled predicate and comparator over the collection; anything
   * else goes to mingo, over the rows an index narrows it to when one does.
   */
  find(name: string, query: Record<string, unknown> | undefined, opts: FindOptions = {}): Doc[] {
    const pinned = this.pinned(name, query)
    if (pinned) return this.via('id', findDocs(pinned, query, opts))
    const kindOf = this.kindOf(name)
    const filter = translateFilter(query, kindOf)
    const paging = exactPaging(opts)
    const order = filter.residual || !paging ? null : translateSort(opts.sort, kindOf)
    const project = (docs: Doc[]) =>
      opts.projection && Object.keys(opts.projection).length ? findDocs(docs, {}, { projection: opts.projection }) : docs
    if (order !== null) {
      const sql = `SELECT _id FROM ${quoteTable(name)}${whereClause(filter)} ORDER BY ${order} LIMIT ? OFFSET ?`
      const params = [...filter.params, opts.limit ?? -1, opts.skip ?? 0]
      if (this.servedByIndex(name, sql, params, filter.terms.length)) return this.via('sql', project(this.docsById(name, this.query<string>(sql, params))))
    }
    const predicate = paging ? compileFilter(query, kindOf) : null
    const comparator = predicate ? compileSort(opts.sort, kindOf) : null
    if (predicate && comparator) {
      const hits = this.compiledMatches(name, query, filter, predicate).slice()
      if (opts.sort && Object.keys(opts.sort).length) hits.sort(comparator) // stable, like mingo's grouping sort
      const from = opts.skip ?? 0
      return this.via('compiled', project(hits.slice(from, opts.limit === undefined ? undefined : from + opts.limit)))
    }
    return this.via('mingo', findDocs(this.narrowed(name, filter) ?? this.docs(name), query, opts))
  }

  count(name: string, query: Record<string, unknown> | undefined): number {
    const pinned = this.pinned(name, query)
    if (pinned) return this.via('id', pinned.filter(matcher(query)).length)
    const kindOf = this.kindOf(name)
    const filter = translateFilter(query, kindOf)
    if (!filter.residual) {
      const sql = `SELECT COUNT(*) FROM ${quoteTable(name)}${whereClause(filter)}`
      if (this.servedByIndex(name, sql, filter.params, filter.terms.length)) return this.via('sql', this.query<number>(sql, filter.params)[0])
    }
    const predicate = compileFilter(query, kindOf)
    if (predicate) return this.via('compiled', this.compiledMatches(name, query, filter, predicate).length)
    return this.via('mingo', (this.narrowed(name, filter) ?? this.docList(name)).filter(matcher(query)).length)
  }

  /** Every document matching `query`, in collection order (what update and remove walk). */
  matching(name: string, query: Record<string, unknown> | undefined): Doc[] {
    const pinned = this.pinned(name, query)
    if (pinned) return this.via('id', pinned.filter(matcher(query)))
    const kindOf = this.kindOf(name)
    const filter = translateFilter(query, kindOf)
    const narrowed = this.narrowed(name, filter)
    if (narrowed && !filter.residual) return this.via('sql', narrowed)
    const predicate = compileFilter(query, kindOf)
    if (predicate) return this.via('compiled', this.compiledMatches(name, query, filter, predicate).slice())
    return this.via('mingo', (narrowed ?? this.docList(name)).filter(matcher(query)))
  }

  /**
   * Documents a query can match: the one row when the query pins a literal `_id` (the common
   * `doc(id)` / `where({_id, ...})` case), else the whole collection.
   */
  candidates(name: string, query: Record<string, unknown> | undefined): Doc[] {
    return this.pinned(name, query) ?? this.docs(name)
  }

  private via<T>(route: QueryRoute, answer: T): T {
    this.routes[route] += 1
    return answer
  }

  private pinned(name: string, query: Record<string, unknown> | undefined): Doc[] | null {
    const id = query?._id
    if (typeof id !== 'string' && typeof id !== 'number') return null
    const row = this.rows(name).get(idKey(id))
    return row ? [row.doc] : []
  }

  private kindOf(name: string): KindOf {
    let stats = this.kindStats.get(name)
    if (!stats) {
      const rows = this.rows(name)
      stats = new FieldKindStats(() => [...rows.values()].map((r) => r.doc))
      this.kindStats.set(name, stats)
    }
    const known = stats
    return (path) => known.summary(path)
  }

  /**
   * The documents satisfying the SQL part of a filter, in collection (rowid) order, when an index
   * finds them without reading every row; else null. A superset of the query's matches (the SQL is
   * a conjunction of some of its conditions), exactly its matches when `filter.residual` is false.
   */
  private narrowed(name: string, filter: SqlFilter): Doc[] | null {
    if (filter.terms.length === 0) return null
    const sql = `SELECT _id FROM ${quoteTable(name)}${whereClause(filter)} ORDER BY rowid`
    if (!this.servedByIndex(name, sql, filter.params, filter.terms.length, true)) return null
    return this.docsById(name, this.query<string>(sql, filter.params))
  }

  /**
   * Documents passing a compiled predicate, in collection order: tested on the rows an index narrows
   * the query to (all of them, or only its $eq/$in part when that is selective), else on every row.
   * Remembered until the next write to the collection, keyed by the query's exact text.
   */
  private compiledMatches(name: string, query: Record<string, unknown> | undefined, filter: SqlFilter, predicate: Predicate): Doc[] {
    const key = queryKey(query)
    const last = this.lastMatch.get(name)
    if (key !== null && last?.key === key) return last.docs
    const docs = (this.narrowed(name, filter) ?? this.narrowedByEquality(name, filter) ?? this.docList(name)).filter(predicate)
    if (key !== null) this.lastMatch.set(name, { key, docs })
    return docs
  }

  /** Rows matching the $eq/$in terms when an index finds them and they are under a third of the collection. */
  private narrowedByEquality(name: string, filter: SqlFilter): Doc[] | null {
    const eq: SqlFilter = { ...filter, terms: filter.equalityTerms, params: filter.equalityParams }
    if (eq.terms.length === 0 || eq.terms.length === filter.terms.length) return null
    const counting = `SELECT COUNT(*) FROM ${quoteTable(name)}${whereClause(eq)}`
    if (!this.servedByIndex(name, counting, eq.params, eq.terms.length)) return null
    if (this.query<number>(counting, eq.params)[0] * 3 > this.rows(name).size) return null
    return this.narrowed(name, eq)
  }

  private docsById(name: string, ids: string[]): Doc[] {
    const rows = this.rows(name)
    return ids.map((id) => rows.get(id)!.doc)
  }

  /**
   * Whether SQLite answers `sql` from one index, with every WHERE term an index constraint and no
   * full sort. Then no document's JSON is parsed per row; otherwise evaluating a term or sort key
   * costs a JSON parse per row and the compiled predicate over the memory mirror is faster.
   * `rowidSort` accepts the final sort of matches into collection order (narrowing only).
   */
  private servedByIndex(name: string, sql: string, params: Scalar[], terms: number, rowidSort = false): boolean {
    if (!this.tableReady(name)) return false
    this.keepStatistics(name)
    const key = `${this.statsGeneration}\u0000${sql}`
    let served = this.served.get(key)
    if (served === undefined) {
      if (this.served.size > 2000) this.served.clear()
      const plan = (this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail)
      served = planUsesIndexOnly(plan, terms, rowidSort)
      this.served.set(key, served)
    }
    return served
  }

  /**
   * Index choice needs table statistics (without them SQLite guesses that `status = ?` is selective).
   * Refreshes them when a collection has grown or shrunk by a quarter since the last ANALYZE.
   */
  private keepStatistics(name: string): void {
    const size = this.rows(name).size
    let last = this.analyzedSize.get(name)
    if (last === undefined) {
      last = this.recordedStatisticsSize(name)
      this.analyzedSize.set(name, last)
    }
    if (size < 100 || (size <= last * 1.25 && size >= last * 0.8)) return
    this.db.exec(`ANALYZE ${quoteTable(name)}`)
    this.analyzedSize.set(name, size)
    this.statsGeneration += 1
  }

  /** Rows counted by an earlier ANALYZE of this table (persisted in sqlite_stat1), 0 if none. */
  private recordedStatisticsSize(name: string): number {
    const hasStats = this.db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'`).get()
    if (!hasStats) return 0
    const stat = this.db.prepare(`SELECT stat FROM sqlite_stat1 WHERE tbl = ? LIMIT 1`).pluck().get(TABLE_PREFIX + name)
    return parseInt(String(stat ?? '0'), 10) || 0
  }

  /** First-column values of a read query (prepared once per distinct SQL text). */
  private query<T>(sql: string, params: Scalar[]): T[] {
    let st = this.reads.get(sql)
    if (!st) {
      if (this.reads.size > 500) this.reads.clear()
      st = this.db.prepare(sql).pluck()
      this.reads.set(sql, st)
    }
    return st.all(...params) as T[]
  }

  /** Whether the collection's table exists (a collection never written to has none). */
  private tableReady(name: string): boolean {
    this.rows(name)
    return this.created.has(name)
  }

  /** The indexes cloudfunctions/schema declares for this collection, so queries here use them as in the cloud. */
  private applyDeclaredIndexes(name: string): void {
    if (!isDeclaredCollection(name) || this.indexed.has(name)) return
    this.indexed.add(name)
    for (const sql of sqliteIndexStatements(name, { table: TABLE_PREFIX + name })) {
      try {
        this.db.prepare(sql).run()
      } catch (err) {
        // Old local data that breaks a unique index must not stop the local cloud; say so loudly instead.
        console.warn(`本地索引未建立 / local index not created (${(err as Error).message}): ${sql}`)
      }
    }
  }

  private statement(sql: string): Database.Statement {
    let st = this.statements.get(sql)
    if (!st) {
      st = this.db.prepare(sql)
      this.statements.set(sql, st)
    }
    return st
  }

  private tableExists(name: string): boolean {
    return !!this.db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(TABLE_PREFIX + name)
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('本地数据库已关闭 / the local cloud store is closed')
  }
}

type Scalar = string | number

export type QueryRoute = 'id' | 'sql' | 'compiled' | 'mingo'

/**
 * Reads EXPLAIN QUERY PLAN: exactly one index search (or a scan when there is no WHERE term) whose
 * constraints are all the WHERE terms, and no sort of every match (sorting the tail of an ORDER BY
 * within equal index keys is fine). Anything unfamiliar counts as not served.
 */
export function planUsesIndexOnly(plan: string[], terms: number, rowidSort: boolean): boolean {
  let access = 0
  for (const detail of plan) {
    const search = /^SEARCH \S+ USING (?:COVERING )?INDEX \S+ \((.*)\)$/.exec(detail)
    if (search) {
      access += 1
      if (search[1].split(' AND ').length !== terms) return false
    } else if (/^SCAN \S+( USING (COVERING )?INDEX \S+)?$/.test(detail)) {
      access += 1
      if (terms !== 0) return false
    } else if (/^USE TEMP B-TREE FOR (RIGHT PART|LAST (\d+ )?TERMS?) OF ORDER BY$/.test(detail)) {
      continue
    } else if (rowidSort && detail === 'USE TEMP B-TREE FOR ORDER BY') {
      continue
    } else {
      return false
    }
  }
  return access === 1
}

/**
 * Exact text of a query, RegExps and Dates included (plain JSON would print both as `{}` or a string
 * indistinguishable from one); null for anything else that is not plain data.
 */
export function queryKey(query: Record<string, unknown> | undefined): string | null {
  let plain = true
  const text = JSON.stringify(query ?? {}, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key]
    if (raw instanceof RegExp) return { '\u0000regexp': [raw.source, raw.flags] }
    if (raw instanceof Date) return { '\u0000date': raw.getTime() }
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
      const proto = Object.getPrototypeOf(raw)
      if (proto !== Object.prototype && proto !== null) plain = false
      else if (Object.keys(raw).some((k) => k.startsWith('\u0000'))) plain = false
    }
    if (typeof raw === 'number' && !Number.isFinite(raw)) plain = false
    if (raw === undefined && key !== '') plain = false
    return value
  })
  return plain ? text : null
}

function whereClause(filter: SqlFilter): string {
  return filter.terms.length ? ` WHERE ${filter.terms.join(' AND ')}` : ''
}

/** SQL pages exactly like mingo only for plain counts; anything odd (0, negative, fractional) goes to mingo. */
function exactPaging(opts: FindOptions): boolean {
  const ok = (n: number | undefined, min: number) => n === undefined || (Number.isSafeInteger(n) && n >= min)
  return ok(opts.skip, 0) && ok(opts.limit, 1)
}

function quoteTable(name: string): string {
  assertCollectionName(name)
  return `"${TABLE_PREFIX}${name}"`
}

/** Direct, synchronous access to one collection for seed scripts, tests and dev endpoints. */
export class StoreCollection {
  constructor(
    private readonly store: Store,
    readonly name: string,
  ) {}

  /** Inserts and returns the `_id` (generated unless the doc brings an unused one). */
  insert(doc: Doc): string {
    const id = doc._id === undefined ? newDocId() : doc._id
    if (this.store.rows(this.name).has(idKey(id))) {
      throw new Error(`_id 重复 / duplicate _id "${String(id)}" in ${this.name}`)
    }
    this.store.write([{ collection: this.name, id: idKey(id), doc: { ...structuredClone(doc), _id: id } }])
    return idKey(id)
  }

  get(id: string): Doc | null {
    const row = this.store.rows(this.name).get(idKey(id))
    return row ? structuredClone(row.doc) : null
  }

  find(query: Record<string, unknown> = {}, opts: FindOptions = {}): Doc[] {
    return this.store.find(this.name, query, opts).map((d) => structuredClone(d))
  }

  count(query: Record<string, unknown> = {}): number {
    return this.store.count(this.name, query)
  }

  /** Updates every match with an operator document (or a plain map, treated as `$set`); returns how many changed. */
  update(query: Record<string, unknown>, update: Record<string, unknown>): number {
    const writes: RowWrite[] = []
    for (const doc of this.store.matching(this.name, query)) {
      const next = applyUpdate(doc, update, query)
      if (stringifyEjson(next) !== stringifyEjson(doc)) writes.push({ collection: this.name, id: idKey(doc._id), doc: next })
    }
    this.store.write(writes)
    return writes.length
  }

  /** Replaces (or creates) the document with this id. */
  set(id: string, doc: Doc): { created: boolean } {
    const created = !this.store.rows(this.name).has(idKey(id))
    const { _id: _ignored, ...rest } = structuredClone(doc)
    this.store.write([{ collection: this.name, id: idKey(id), doc: { _id: id, ...rest } }])
    return { created }
  }

  remove(query: Record<string, unknown> = {}): number {
    const writes: RowWrite[] = this.store
      .matching(this.name, query)
      .map((d) => ({ collection: this.name, id: idKey(d._id), doc: null }))
    this.store.write(writes)
    return writes.length
  }
}
