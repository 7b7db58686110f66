/**
 * The local store builds the indexes cloudfunctions/schema declares, so list pages are served by them
 * and a unique-index violation shows up on a laptop before it shows up in WeChat.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { sqliteIndexStatements } from '../../../cloudfunctions/schema/sqlite-indexes'
import { Store, planUsesIndexOnly } from '../../../local-cloud/store/sqlite-store'

const dirs: string[] = []
const open: Store[] = []
afterEach(() => {
  open.splice(0).forEach((s) => s.close())
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }))
})

function tempDb(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'jf-store-idx-'))
  dirs.push(dir)
  return path.join(dir, 'db.sqlite')
}

function indexNames(file: string, table: string): string[] {
  const db = new Database(file, { readonly: true })
  try {
    return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name`).all(table) as { name: string }[]).map((r) => r.name)
  } finally {
    db.close()
  }
}

const declaredNames = (collection: string) =>
  sqliteIndexStatements(collection, { table: `c_${collection}` }).map((sql) => /INDEX IF NOT EXISTS "([^"]+)"/.exec(sql)![1]).sort()

describe('declared indexes in the local store', () => {
  it('creates every declared index with the collection table, and none for undeclared collections', () => {
    const file = tempDb()
    const store = new Store(file)
    open.push(store)
    store.collection('products').insert({ _id: 'p1', status: 'on' })
    store.collection('scratch').insert({ _id: 's1' })
    store.close()
    expect(indexNames(file, 'c_products')).toEqual(declaredNames('products'))
    expect(indexNames(file, 'c_scratch')).toEqual([])
  })

  it('adds missing indexes to a database written before they were declared', () => {
    const file = tempDb()
    const old = new Database(file)
    old.exec(`CREATE TABLE "c_orders" (_id TEXT PRIMARY KEY, doc TEXT NOT NULL, version INTEGER NOT NULL)`)
    old.prepare(`INSERT INTO "c_orders" VALUES ('o1', '{"_id":"o1","openid":"u1","state":"paid","createdAt":1}', 1)`).run()
    old.close()
    const store = new Store(file)
    open.push(store)
    expect(store.collection('orders').find({ openid: 'u1' })).toEqual([{ _id: 'o1', openid: 'u1', state: 'paid', createdAt: 1 }])
    store.close()
    expect(indexNames(file, 'c_orders')).toEqual(declaredNames('orders'))
  })

  it('refuses a second record with the same unique key, with a bilingual message, and keeps the first', () => {
    const store = new Store(':memory:')
    open.push(store)
    const payments = store.collection('payments')
    payments.insert({ _id: 'pay1', outTradeNo: 'T1', state: 'pending' })
    expect(() => payments.insert({ _id: 'pay2', outTradeNo: 'T1', state: 'pending' })).toThrow(/唯一索引冲突 \/ duplicate key/)
    expect(payments.find({}).map((p) => p._id)).toEqual(['pay1'])
    expect(payments.count({ outTradeNo: 'T1' })).toBe(1)
  })

  it('serves a catalogue page from an index once statistics exist, and answers the same afterwards', () => {
    const store = new Store(':memory:')
    open.push(store)
    store.write(
      Array.from({ length: 400 }, (_, i) => ({
        collection: 'products',
        id: `p${String(i).padStart(3, '0')}`,
        doc: { _id: `p${String(i).padStart(3, '0')}`, status: i % 9 ? 'on' : 'off', categoryId: `c${i % 4}`, createdAt: i, priceFrom: 100 + (i % 13), sold: i % 7 },
      })),
    )
    const query = { status: 'on', categoryId: 'c1' }
    const page = store.find('products', query, { sort: { createdAt: -1, _id: 1 }, limit: 5 })
    expect(page.map((d) => d._id)).toEqual(['p397', 'p393', 'p389', 'p385', 'p381'])
    expect(store.count('products', query)).toBe(89)
    expect(store.routes.sql).toBe(2)
  })
})

describe('reading query plans', () => {
  it('accepts one index search that uses every WHERE term, with at most a partial sort', () => {
    expect(planUsesIndexOnly(['SEARCH c_products USING INDEX c_products__status_newest (<expr>=?)', 'USE TEMP B-TREE FOR RIGHT PART OF ORDER BY'], 1, false)).toBe(true)
    expect(planUsesIndexOnly(['SEARCH c_products USING COVERING INDEX c_products__status_price (<expr>=? AND <expr>>? AND <expr><?)'], 3, false)).toBe(true)
    expect(planUsesIndexOnly(['SCAN c_products'], 0, false)).toBe(true)
  })

  it('rejects plans that read documents for a term or sort every match', () => {
    expect(planUsesIndexOnly(['SEARCH c_products USING INDEX c_products__status_stock (<expr>=? AND <expr>>?)'], 3, false)).toBe(false)
    expect(planUsesIndexOnly(['SEARCH c_products USING INDEX c_products__status_newest (<expr>=?)', 'USE TEMP B-TREE FOR ORDER BY'], 1, false)).toBe(false)
    expect(planUsesIndexOnly(['SCAN c_products'], 1, false)).toBe(false)
    expect(planUsesIndexOnly(['MULTI-INDEX OR', 'INDEX 1', 'SEARCH c_products USING INDEX a (<expr>=?)'], 1, false)).toBe(false)
  })

  it('accepts the final sort into collection order when only narrowing candidates', () => {
    expect(planUsesIndexOnly(['SEARCH c_products USING INDEX c_products__status_newest (<expr>=?)', 'USE TEMP B-TREE FOR ORDER BY'], 1, true)).toBe(true)
  })
})
