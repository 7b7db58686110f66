import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COLLECTION, COLLECTION_NAMES, COLLECTIONS, isDeclaredCollection } from '../../../cloudfunctions/schema'
import { collectionUsesIn, collectionUsesInRepo } from './collection-usage'

const ROOT = resolve(__dirname, '../../..')

describe('every collection the code uses is declared', () => {
  const uses = collectionUsesInRepo(ROOT, ['cloudfunctions', 'local-cloud'])

  it('finds the collections the back end already uses (the scan itself works)', () => {
    const names = new Set(uses.map((u) => u.name))
    expect(names.has('products')).toBe(true)
    expect(names.has('staff')).toBe(true)
  })

  it('has no undeclared collection name anywhere in cloudfunctions/ or local-cloud/', () => {
    const undeclared = uses.filter((u) => !isDeclaredCollection(u.name)).map((u) => `${u.file}:${u.line} "${u.name}"`)
    // Declare it in cloudfunctions/schema/collections.ts (with its indexes) or fix the typo.
    expect(undeclared).toEqual([])
  })

  it('recognises every spelling of a collection reference, and reports an undeclared one', () => {
    const text = [
      "db.collection('orders').where({})",
      'db().collection("coupons")',
      'db().collection<Product>(`products`)',
      't.collection( COLLECTION.refunds )',
      "db.collection('order_itemz').add({})",
    ].join('\n')
    const uses = collectionUsesIn(text, 'x.ts')
    expect(uses.map((u) => u.name)).toEqual(['orders', 'coupons', 'products', 'order_itemz', 'refunds'])
    expect(uses.filter((u) => !isDeclaredCollection(u.name))).toEqual([{ name: 'order_itemz', file: 'x.ts', line: 5 }])
  })
})

describe('the declaration', () => {
  it('declares each designed collection (docs/platform-facts.md §13.3) once, plus audit_log and pay_notifications', () => {
    const design = 'products categories carts addresses orders payments refunds shipments promotions coupons groups members points_ledger browse favorites faqs tickets staff settings outbox'
    for (const name of [...design.split(' '), 'audit_log', 'pay_notifications']) expect(COLLECTION_NAMES).toContain(name)
    expect(new Set(COLLECTIONS.map((c) => c.name)).size).toBe(COLLECTIONS.length)
  })

  it('exposes a name constant per collection', () => {
    expect(COLLECTION.orders).toBe('orders')
    expect(Object.keys(COLLECTION)).toEqual([...COLLECTION_NAMES])
  })

  it('keeps all client access closed: every read and write goes through a function', () => {
    for (const c of COLLECTIONS) expect(c.rule, c.name).toEqual({ read: false, write: false })
  })

  it('gives every index a valid, per-collection unique name and at least one key', () => {
    for (const c of COLLECTIONS) {
      const names = c.indexes.map((i) => i.name)
      expect(new Set(names).size, c.name).toBe(names.length)
      for (const index of c.indexes) {
        expect(index.name).toMatch(/^[a-z][a-z0-9_]{0,39}$/)
        expect(index.keys.length).toBeGreaterThan(0)
        expect(index.serves.length).toBeGreaterThan(0)
      }
    }
  })

  it('has the indexes the money paths depend on', () => {
    const indexOf = (collection: string, name: string) =>
      COLLECTIONS.find((c) => c.name === collection)?.indexes.find((i) => i.name === name)
    expect(indexOf('payments', 'out_trade_no')).toMatchObject({ unique: true, keys: [{ field: 'outTradeNo', order: 'asc' }] })
    expect(indexOf('refunds', 'out_refund_no')?.unique).toBe(true)
    expect(indexOf('orders', 'buyer_client_request')).toMatchObject({
      unique: true,
      keys: [{ field: 'openid' }, { field: 'clientRequestId' }],
    })
    expect(indexOf('products', 'status_category_newest')?.keys.map((k) => k.field)).toEqual(['status', 'categoryId', 'createdAt'])
  })
})
