import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { COLLECTIONS, sqliteIndexStatements } from '../../../cloudfunctions/schema'

describe('sqliteIndexStatements (the local cloud builds the same indexes)', () => {
  let db: Database.Database
  beforeEach(() => {
    db = new Database(':memory:')
    for (const c of COLLECTIONS) db.exec(`CREATE TABLE "${c.name}" (_id TEXT PRIMARY KEY, doc TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0)`)
  })
  afterEach(() => db.close())

  const insert = (table: string, _id: string, doc: object) =>
    db.prepare(`INSERT INTO "${table}" (_id, doc, version) VALUES (?, ?, 1)`).run(_id, JSON.stringify({ _id, ...doc }))

  it('creates every declared index, and running them again at the next start is harmless', () => {
    for (let run = 0; run < 2; run++) for (const c of COLLECTIONS) for (const sql of sqliteIndexStatements(c.name)) db.exec(sql)
    const count = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND name LIKE '%\\_\\_%' ESCAPE '\\'").get() as { n: number }).n
    expect(count).toBe(COLLECTIONS.reduce((n, c) => n + c.indexes.length, 0))
  })

  it('uses json_extract over the document with the declared order', () => {
    expect(sqliteIndexStatements('products')).toContain(
      `CREATE INDEX IF NOT EXISTS "products__status_category_newest" ON "products" (json_extract(doc, '$.status') ASC, json_extract(doc, '$.categoryId') ASC, json_extract(doc, '$.createdAt') DESC)`,
    )
  })

  it('rejects a second payment with the same outTradeNo, as the cloud would', () => {
    for (const sql of sqliteIndexStatements('payments')) db.exec(sql)
    insert('payments', 'p1', { outTradeNo: 'JF2026112600001', orderId: 'o1' })
    expect(() => insert('payments', 'p2', { outTradeNo: 'JF2026112600001', orderId: 'o1' })).toThrow(/UNIQUE/)
    insert('payments', 'p3', { outTradeNo: 'JF2026112600002', orderId: 'o1' })
  })

  it('lets the product list query use the index instead of scanning', () => {
    for (const sql of sqliteIndexStatements('products')) db.exec(sql)
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT doc FROM products WHERE json_extract(doc, '$.status') = 'on' AND json_extract(doc, '$.categoryId') = 'c1' ORDER BY json_extract(doc, '$.createdAt') DESC`,
      )
      .all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toContain('products__status_category_newest')
  })

  it('targets the local store\'s prefixed table when told to', () => {
    db.exec('CREATE TABLE "c_favorites" (_id TEXT PRIMARY KEY, doc TEXT NOT NULL, version INTEGER NOT NULL)')
    const statements = sqliteIndexStatements('favorites', { table: 'c_favorites' })
    for (const sql of statements) db.exec(sql)
    expect(statements[0]).toContain('"c_favorites__buyer_product" ON "c_favorites"')
    insert('c_favorites', 'f1', { openid: 'o1', productId: 'p1' })
    expect(() => insert('c_favorites', 'f2', { openid: 'o1', productId: 'p1' })).toThrow(/UNIQUE/)
  })

  it('refuses a collection that is not declared', () => {
    expect(() => sqliteIndexStatements('order_itemz')).toThrow(/not declared/)
  })
})
