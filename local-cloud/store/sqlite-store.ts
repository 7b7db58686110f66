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
import { type SqlFilter, translateFilter, translateSort } from './fast-path'
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
    return [...this.rows(name).values()].map((r) => r.doc)
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
   * Three routes, all giving mingo's answer: a literal `_id` reads one row; a query SQLite can answer
   * exactly (fast-path.ts) runs as SQL over the declared json_extract indexes; otherwise the
   * indexable conjuncts narrow the candidates in SQL (kept in collection order, so mingo's stable
   * sort sees the same sequence it would over the whole collection) and mingo does the rest.
   */
  find(name: string, query: Record<string, unknown> | undefined, opts: FindOptions = {}): Doc[] {
    const pinned = this.pinned(name, query)
    if (pinned) return findDocs(pinned, query, opts)
    const filter = this.filterFor(name, query)
    const order = filter.residual || !exactPaging(opts) ? null : translateSort(opts.sort, this.kindOf(name))
    if (order === null) return findDocs(this.prefiltered(name, filter), query, opts)
    const docs = this.selectDocs(name, filter, order, opts.limit ?? -1, opts.skip ?? 0)
    return opts.projection && Object.keys(opts.projection).length ? findDocs(docs, {}, { projection: opts.projection }) : docs
  }

  count(name: string, query: Record<string, unknown> | undefined): number {
    const pinned = this.pinned(name, query)
    if (pinned) return pinned.filter(matcher(query)).length
    const filter = this.filterFor(name, query)
    if (!filter.residual && this.tableReady(name)) {
      return this.query<number>(`SELECT COUNT(*) FROM ${quoteTable(name)}${whereClause(filter)}`, filter.params)[0]
    }
    return this.prefiltered(name, filter).filter(matcher(query)).length
  }

  /** Every document matching `query`, in collection order (what update and remove walk). */
  matching(name: string, query: Record<string, unknown> | undefined): Doc[] {
    const pinned = this.pinned(name, query)
    if (pinned) return pinned.filter(matcher(query))
    const filter = this.filterFor(name, query)
    const candidates = this.prefiltered(name, filter)
    return filter.residual ? candidates.filter(matcher(query)) : candidates
  }

  /**
   * Documents a query can match: the one row when the query pins a literal `_id` (the common
   * `doc(id)` / `where({_id, ...})` case), else the whole collection.
   */
  candidates(name: string, query: Record<string, unknown> | undefined): Doc[] {
    return this.pinned(name, query) ?? this.docs(name)
  }

  private pinned(name: string, query: Record<string, unknown> | undefined): Doc[] | null {
    const id = query?._id
    if (typeof id !== 'string' && typeof id !== 'number') return null
    const row = this.rows(name).get(idKey(id))
    return row ? [row.doc] : []
  }

  private kindOf(name: string) {
    let stats = this.kindStats.get(name)
    if (!stats) {
      const rows = this.rows(name)
      stats = new FieldKindStats(() => [...rows.values()].map((r) => r.doc))
      this.kindStats.set(name, stats)
    }
    const known = stats
    return (path: string) => known.summary(path)
  }

  private filterFor(name: string, query: Record<string, unknown> | undefined): SqlFilter {
    return translateFilter(query, this.kindOf(name))
  }

  /** The documents satisfying the SQL part of a filter, in collection (rowid) order. */
  private prefiltered(name: string, filter: SqlFilter): Doc[] {
    if (filter.terms.length === 0 || !this.tableReady(name)) return this.docs(name)
    return this.selectDocs(name, filter, 'rowid ASC', -1, 0)
  }

  private selectDocs(name: string, filter: SqlFilter, order: string, limit: number, offset: number): Doc[] {
    if (!this.tableReady(name)) return []
    const ids = this.query<string>(
      `SELECT _id FROM ${quoteTable(name)}${whereClause(filter)} ORDER BY ${order} LIMIT ? OFFSET ?`,
      [...filter.params, limit, offset],
    )
    const rows = this.rows(name)
    return ids.map((id) => rows.get(id)!.doc)
  }

  /** First-column values of a read query (prepared once per distinct SQL text). */
  private query<T>(sql: string, params: (string | number)[]): T[] {
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
      const next = applyUpdate(doc, update)
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
