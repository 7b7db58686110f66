import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Store } from '../../../local-cloud/store/sqlite-store'

const open: Store[] = []
const store = (p = ':memory:') => {
  const s = new Store(p)
  open.push(s)
  return s
}
afterEach(() => open.splice(0).forEach((s) => s.close()))

describe('Store collections', () => {
  it('inserts with generated or given ids and refuses duplicates', () => {
    const c = store().collection('gems')
    const id = c.insert({ name: 'a' })
    expect(id).toMatch(/^[0-9a-f]{32}$/)
    expect(c.insert({ _id: 'g1', name: 'b' })).toBe('g1')
    expect(() => c.insert({ _id: 'g1', name: 'c' })).toThrow('duplicate')
    expect(c.get('g1')).toEqual({ _id: 'g1', name: 'b' })
  })

  it('finds with filter, sort, skip, limit and projection', () => {
    const c = store().collection('gems')
    for (let i = 0; i < 10; i++) c.insert({ _id: `g${i}`, price: (i * 7) % 10, even: i % 2 === 0 })
    // even ids have prices g0:0 g2:4 g4:8 g6:2 g8:6
    expect(c.find({ even: true }, { sort: { price: -1 }, skip: 1, limit: 2, projection: { price: 1 } })).toEqual([
      { _id: 'g8', price: 6 },
      { _id: 'g2', price: 4 },
    ])
    expect(c.count({ even: false })).toBe(5)
  })

  it('updates with operators (or a plain map as $set) and reports only real changes', () => {
    const c = store().collection('gems')
    c.insert({ _id: 'g1', stock: 2, skus: [{ stock: 2 }] })
    expect(c.update({ _id: 'g1', 'skus.0.stock': { $gte: 1 } }, { $inc: { stock: -1, 'skus.0.stock': -1 } })).toBe(1)
    expect(c.update({ _id: 'g1' }, { note: 'x' })).toBe(1)
    expect(c.update({ _id: 'g1' }, { note: 'x' })).toBe(0)
    expect(c.get('g1')).toEqual({ _id: 'g1', stock: 1, skus: [{ stock: 1 }], note: 'x' })
  })

  it('sets (replace or create) and removes', () => {
    const c = store().collection('settings')
    expect(c.set('shop', { a: 1 })).toEqual({ created: true })
    expect(c.set('shop', { b: 2 })).toEqual({ created: false })
    expect(c.get('shop')).toEqual({ _id: 'shop', b: 2 })
    expect(c.remove({ _id: 'shop' })).toBe(1)
    expect(c.get('shop')).toBeNull()
  })

  it('hands out copies so callers cannot change stored data by accident', () => {
    const c = store().collection('gems')
    c.insert({ _id: 'g1', tags: ['a'] })
    c.get('g1')!.tags.push('b')
    c.find()[0].tags.push('c')
    expect(c.get('g1')).toEqual({ _id: 'g1', tags: ['a'] })
  })

  it('lists written collections, snapshots everything and rejects unsafe names', () => {
    const s = store()
    s.collection('b').insert({ _id: '1' })
    s.collection('a').insert({ _id: '2', at: new Date(1) })
    s.collection('a').remove({})
    expect(s.collections()).toEqual(['a', 'b'])
    expect(s.snapshot()).toEqual({ a: [], b: [{ _id: '1' }] })
    expect(() => s.collection('x"; DROP TABLE c_a; --')).toThrow('invalid collection name')
  })

  it('keeps data, types and order across close and reopen of a file database', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'jf-store-')), 'db.sqlite')
    const first = new Store(file)
    first.collection('orders').insert({ _id: 'o2', at: new Date(9), items: [{ n: 1.25 }] })
    first.collection('orders').insert({ _id: 'o1', re: /x/i })
    first.close()
    const second = store(file)
    expect(second.collection('orders').find()).toEqual([
      { _id: 'o2', at: new Date(9), items: [{ n: 1.25 }] },
      { _id: 'o1', re: /x/i },
    ])
  })
})
