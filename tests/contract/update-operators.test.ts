/**
 * Every update command the WeChat cloud database documents, through the real wx-server-sdk 4.0.2 against
 * the local cloud: doc(id).update(), where().update() and doc operations inside a transaction, plus the
 * positional paths `$` (first element the query matched) and `$[]` (every element).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { type TestCloud, openTestCloud, wireJson } from './helpers'

let t: TestCloud

beforeAll(async () => {
  t = await openTestCloud()
})
afterAll(() => t.cloud.close())
beforeEach(() => {
  t.wire.length = 0
})

const notes = () => t.cloud.store.collection('notes')
const lastUpdateData = () => wireJson(t.wire.filter((w) => w.action === 'database.modifyDocument').at(-1)!.params.data)

const BASE = {
  n: 10,
  price: 4,
  low: 5,
  high: 5,
  gone: 'x',
  old: 'kept',
  style: { color: 'red', size: 'S' },
  list: [1, 2, 3],
  front: [2, 3],
  tail: [1, 2, 3],
  head: [1, 2, 3],
  set: [1, 2],
  pulled: [1, 5, 2, 6, 1],
  pulledObj: [{ k: 'a' }, { k: 'b' }],
  pulledAll: [1, 2, 3, 1, 4],
}

/** One update naming every documented command, and what it must leave. */
const everyCommand = (_: any) => ({
  n: _.inc(5),
  price: _.mul(2.5),
  style: _.set({ color: 'blue' }),
  gone: _.remove(),
  list: _.push([4, 5]),
  front: _.unshift([0, 1]),
  tail: _.pop(),
  head: _.shift(),
  set: _.addToSet(2),
  pulled: _.pull(_.gt(4)),
  pulledObj: _.pull({ k: 'a' }),
  pulledAll: _.pullAll([1, 4]),
  old: _.rename('renamed'),
  low: _.min(3),
  high: _.max(3),
})
const AFTER_EVERY_COMMAND = {
  n: 15,
  price: 10,
  style: { color: 'blue' },
  list: [1, 2, 3, 4, 5],
  front: [0, 1, 2, 3],
  tail: [1, 2],
  head: [2, 3],
  set: [1, 2],
  pulled: [1, 2, 1],
  pulledObj: [{ k: 'b' }],
  pulledAll: [2, 3],
  renamed: 'kept',
  low: 3,
  high: 5,
}

describe('every update command through doc(id).update()', () => {
  beforeEach(() => {
    notes().remove({})
    notes().insert({ _id: 'n1', ...structuredClone(BASE) })
  })

  it('applies inc, mul, set, remove, push, unshift, pop, shift, addToSet, pull, pullAll, rename, min and max in one update', async () => {
    const res = await t.db((db, _) => db.collection('notes').doc('n1').update({ data: everyCommand(_) }))
    expect(res.stats.updated).toBe(1)
    const doc = notes().get('n1')!
    expect(doc).toEqual({ _id: 'n1', ...AFTER_EVERY_COMMAND })
    expect(doc).not.toHaveProperty('gone')
    expect(doc).not.toHaveProperty('old')
  })

  it('receives each command as the Mongo operator the SDK encodes it to', async () => {
    await t.db((db, _) => db.collection('notes').doc('n1').update({ data: everyCommand(_) }))
    const data = lastUpdateData() as Record<string, Record<string, unknown>>
    expect(Object.keys(data).sort()).toEqual(
      ['$addToSet', '$inc', '$max', '$min', '$mul', '$pop', '$pull', '$pullAll', '$push', '$rename', '$set', '$unset'].sort(),
    )
    expect(data.$pop).toEqual({ tail: { $numberInt: '1' }, head: { $numberInt: '-1' } })
    expect(data.$push.front).toEqual({ $each: [{ $numberInt: '0' }, { $numberInt: '1' }], $position: { $numberInt: '0' } })
    expect(data.$pull.pulled).toEqual({ $gt: { $numberInt: '4' } })
    expect(data.$rename).toEqual({ old: 'renamed' })
    expect(data.$unset).toEqual({ gone: '' })
  })

  it('push with { each, position, sort, slice } inserts, sorts and truncates like the cloud', async () => {
    notes().update({ _id: 'n1' }, { $set: { a: [1, 2, 3], b: [3, 1], c: [1, 2, 3], d: [{ w: 3 }, { w: 1 }], e: [1, 2] } })
    await t.db((db, _) =>
      db.collection('notes').doc('n1').update({
        data: {
          a: _.push({ each: [9], position: -1 }),
          b: _.push({ each: [2, 0], sort: -1 }),
          c: _.push({ each: [4, 5], slice: -2 }),
          d: _.push({ each: [{ w: 2 }], sort: { w: 1 } }),
          e: _.push({ each: [], slice: 0 }),
        },
      }),
    )
    expect(notes().get('n1')).toMatchObject({ a: [1, 2, 9, 3], b: [3, 2, 1, 0], c: [4, 5], d: [{ w: 1 }, { w: 2 }, { w: 3 }], e: [] })
  })

  it('push creates a missing array; min and max set a missing field; mul makes a missing field 0', async () => {
    await t.db((db, _) =>
      db.collection('notes').doc('n1').update({ data: { fresh: _.push(['x']), lo: _.min(7), hi: _.max(8), m: _.mul(3) } }),
    )
    expect(notes().get('n1')).toMatchObject({ fresh: ['x'], lo: 7, hi: 8, m: 0 })
  })

  it('rename moves a nested field', async () => {
    await t.db((db, _) => db.collection('notes').doc('n1').update({ data: { 'style.size': _.rename('style.fit') } }))
    expect(notes().get('n1')!.style).toEqual({ color: 'red', fit: 'S' })
  })

  it('reports 0 updated when no command changes anything', async () => {
    const res = await t.db((db, _) => db.collection('notes').doc('n1').update({ data: { low: _.max(1), set: _.addToSet(1) } }))
    expect(res.stats.updated).toBe(0)
  })
})

describe('every update command through where().update()', () => {
  beforeEach(() => {
    notes().remove({})
    for (const id of ['w1', 'w2']) notes().insert({ _id: id, group: 'g', ...structuredClone(BASE) })
    notes().insert({ _id: 'w3', group: 'other', ...structuredClone(BASE) })
  })

  it('applies them to every matched record and leaves the others', async () => {
    const res = await t.db((db, _) => db.collection('notes').where({ group: 'g' }).update({ data: everyCommand(_) }))
    expect(res.stats.updated).toBe(2)
    for (const id of ['w1', 'w2']) expect(notes().get(id)).toEqual({ _id: id, group: 'g', ...AFTER_EVERY_COMMAND })
    expect(notes().get('w3')).toEqual({ _id: 'w3', group: 'other', ...BASE })
  })
})

describe('positional $: the first array element the query matched', () => {
  beforeEach(() => {
    notes().remove({})
    notes().insert({ _id: 'a', numbers: [10, 20, 30, 20] })
    notes().insert({ _id: 'b', numbers: [20, 40] })
    notes().insert({ _id: 'c', numbers: [1, 2] })
    notes().insert({ _id: 'o1', items: [{ skuId: 'x', qty: 1 }, { skuId: 'y', qty: 5 }, { skuId: 'y', qty: 9 }] })
  })

  it("where({ numbers: 20 }).update({ 'numbers.$': 25 }) replaces the first 20 in each matched record", async () => {
    const res = await t.db((db) => db.collection('notes').where({ numbers: 20 }).update({ data: { 'numbers.$': 25 } }))
    expect(res.stats.updated).toBe(2)
    expect(notes().get('a')!.numbers).toEqual([10, 25, 30, 20])
    expect(notes().get('b')!.numbers).toEqual([25, 40])
    expect(notes().get('c')!.numbers).toEqual([1, 2])
    expect(lastUpdateData()).toEqual({ $set: { 'numbers.$': { $numberInt: '25' } } })
  })

  it('follows a query command on the array (numbers > 25 → the 30)', async () => {
    await t.db((db, _) => db.collection('notes').where({ _id: 'a', numbers: _.gt(25) }).update({ data: { 'numbers.$': _.inc(1) } }))
    expect(notes().get('a')!.numbers).toEqual([10, 20, 31, 20])
  })

  it("'items.$.qty': _.inc(1) with where({ 'items.skuId': 'y' }) bumps the first y line only", async () => {
    const res = await t.db((db, _) => db.collection('notes').where({ 'items.skuId': 'y' }).update({ data: { 'items.$.qty': _.inc(1) } }))
    expect(res.stats.updated).toBe(1)
    expect(notes().get('o1')!.items).toEqual([{ skuId: 'x', qty: 1 }, { skuId: 'y', qty: 6 }, { skuId: 'y', qty: 9 }])
  })

  it('takes the nested where() object form, which the SDK flattens to a dotted path', async () => {
    await t.db((db) => db.collection('notes').where({ items: { skuId: 'x' } }).update({ data: { 'items.$.qty': 0 } }))
    expect(notes().get('o1')!.items[0]).toEqual({ skuId: 'x', qty: 0 })
  })

  it('works with every command on the matched element: set, remove, push, pull, mul, min, max', async () => {
    notes().update({ _id: 'o1' }, { $set: { 'items.1.tags': ['a', 'b'] } })
    await t.db((db, _) =>
      db.collection('notes').where({ 'items.skuId': 'y' }).update({
        data: {
          'items.$.qty': _.mul(2),
          'items.$.tags': _.push(['c']),
          'items.$.note': _.set({ by: 'staff' }),
          'items.$.skuId': _.remove(),
        },
      }),
    )
    expect(notes().get('o1')!.items[1]).toEqual({ qty: 10, tags: ['a', 'b', 'c'], note: { by: 'staff' } })
    await t.db((db, _) => db.collection('notes').where({ 'items.qty': 10 }).update({ data: { 'items.$.tags': _.pull('a'), 'items.$.qty': _.min(4) } }))
    expect(notes().get('o1')!.items[1]).toEqual({ qty: 4, tags: ['b', 'c'], note: { by: 'staff' } })
    await t.db((db, _) => db.collection('notes').where({ 'items.qty': 4 }).update({ data: { 'items.$.qty': _.max(7) } }))
    expect(notes().get('o1')!.items[1].qty).toBe(7)
  })

  it('_.elemMatch pins one element that meets several conditions', async () => {
    await t.db((db, _) =>
      db
        .collection('notes')
        .where({ items: _.elemMatch({ skuId: 'y', qty: _.gt(6) }) })
        .update({ data: { 'items.$.qty': _.inc(-1) } }),
    )
    expect(notes().get('o1')!.items.map((i: { qty: number }) => i.qty)).toEqual([1, 5, 8])
  })

  it('refuses (and writes nothing) when conditions on the array first match different elements', async () => {
    const run = t.db((db, _) =>
      db.collection('notes').where({ 'items.skuId': 'y', 'items.qty': _.lt(3) }).update({ data: { 'items.$.qty': 100 } }),
    )
    await expect(run).rejects.toMatchObject({ errMsg: expect.stringContaining('elemMatch') })
    expect(notes().get('o1')!.items.map((i: { qty: number }) => i.qty)).toEqual([1, 5, 9])
  })

  it('refuses when the query has no condition on that array, as MongoDB does', async () => {
    const run = t.db((db) => db.collection('notes').where({ _id: 'a' }).update({ data: { 'numbers.$': 0 } }))
    await expect(run).rejects.toMatchObject({ errMsg: expect.stringContaining('positional operator did not find the match') })
    const byDoc = t.db((db) => db.collection('notes').doc('a').update({ data: { 'numbers.$': 0 } }))
    await expect(byDoc).rejects.toMatchObject({ errMsg: expect.stringContaining('positional operator did not find the match') })
    expect(notes().get('a')!.numbers).toEqual([10, 20, 30, 20])
  })

  it('refuses $[identifier] (it needs arrayFilters, which the SDK cannot send)', async () => {
    const run = t.db((db) => db.collection('notes').where({ _id: 'a' }).update({ data: { 'numbers.$[big]': 0 } }))
    await expect(run).rejects.toMatchObject({ errMsg: expect.stringContaining('arrayFilters') })
    expect(notes().get('a')!.numbers).toEqual([10, 20, 30, 20])
  })
})

describe('all positional $[]: every element of the array', () => {
  beforeEach(() => {
    notes().remove({})
    notes().insert({ _id: 'a', numbers: [10, 11, 10], items: [{ qty: 1 }, { qty: 2 }] })
  })

  it('updates every element whatever the query matched (the cloud behaves so too)', async () => {
    await t.db((db, _) =>
      db.collection('notes').where({ numbers: 10 }).update({ data: { 'numbers.$[]': 12, 'items.$[].qty': _.inc(10) } }),
    )
    expect(notes().get('a')).toMatchObject({ numbers: [12, 12, 12], items: [{ qty: 11 }, { qty: 12 }] })
  })

  it('works through doc(id).update(), which needs no array condition', async () => {
    await t.db((db, _) => db.collection('notes').doc('a').update({ data: { 'items.$[].done': _.set(true) } }))
    expect(notes().get('a')!.items).toEqual([{ qty: 1, done: true }, { qty: 2, done: true }])
  })
})

describe('positional $ on a declared, indexed collection (the routes that answer where())', () => {
  const products = () => t.cloud.store.collection('products')
  const product = (id: string, status: string, categoryId: string) => ({
    _id: id,
    status,
    categoryId,
    skus: [
      { skuId: `${id}-a`, stock: 3 },
      { skuId: `${id}-b`, stock: 2 },
    ],
  })

  beforeEach(() => {
    products().remove({})
    for (let i = 0; i < 30; i++) products().insert(product(`p${i}`, i % 3 === 0 ? 'on_sale' : 'off_shelf', `c${i % 2}`))
  })

  it('an index on status narrows the candidates and $ still hits the SKU named in the query', async () => {
    const narrowed = vi.spyOn(t.cloud.store as any, 'narrowed')
    try {
      const res = await t.db((db, _) =>
        db.collection('products').where({ status: 'on_sale', 'skus.skuId': 'p3-b' }).update({ data: { 'skus.$.stock': _.inc(-1) } }),
      )
      expect(res.stats.updated).toBe(1)
      // the SQLite index answered the status condition (a list of rows, not null = full scan)
      expect(narrowed.mock.results.some((r) => Array.isArray(r.value) && r.value.length === 10)).toBe(true)
    } finally {
      narrowed.mockRestore()
    }
    expect(products().get('p3')!.skus).toEqual([{ skuId: 'p3-a', stock: 3 }, { skuId: 'p3-b', stock: 1 }])
    expect(products().count({ 'skus.stock': 1 })).toBe(1)
  })

  it('a query pinned by _id (the id route) resolves $ against that record', async () => {
    const before = t.cloud.store.routes.id
    await t.db((db, _) =>
      db.collection('products').where({ _id: 'p4', 'skus.skuId': 'p4-a', 'skus.stock': _.gte(3) }).update({ data: { 'skus.$.stock': _.inc(-3) } }),
    )
    expect(t.cloud.store.routes.id).toBeGreaterThan(before)
    expect(products().get('p4')!.skus[0]).toEqual({ skuId: 'p4-a', stock: 0 })
  })

  it('a where() SQLite answers entirely (the sql route) drives $[] on every matched record', async () => {
    const before = t.cloud.store.routes.sql
    const res = await t.db((db) => db.collection('products').where({ status: 'on_sale', categoryId: 'c0' }).update({ data: { 'skus.$[].stock': 0 } }))
    expect(t.cloud.store.routes.sql).toBeGreaterThan(before)
    const hit = products().find({ status: 'on_sale', categoryId: 'c0' })
    expect(res.stats.updated).toBe(hit.length)
    expect(hit.length).toBe(5)
    for (const p of hit) expect(p.skus.map((s: { stock: number }) => s.stock)).toEqual([0, 0])
    expect(products().count({ 'skus.stock': 0 })).toBe(5)
  })
})

describe('inside a transaction (doc operations)', () => {
  beforeEach(() => {
    notes().remove({})
    notes().insert({ _id: 't1', ...structuredClone(BASE), items: [{ qty: 1 }, { qty: 2 }] })
  })

  it('applies every command at commit, sees its own result before, and $[] works', async () => {
    let seenInside: unknown
    let seenOutside: unknown
    await t.db((db, _) =>
      db.runTransaction(async (tx: any) => {
        await tx.collection('notes').doc('t1').update({ data: everyCommand(_) })
        await tx.collection('notes').doc('t1').update({ data: { 'items.$[].qty': _.inc(1) } })
        seenInside = (await tx.collection('notes').doc('t1').get()).data
        seenOutside = notes().get('t1')
      }),
    )
    expect(seenInside).toEqual({ _id: 't1', ...AFTER_EVERY_COMMAND, items: [{ qty: 2 }, { qty: 3 }] })
    expect(seenOutside).toEqual({ _id: 't1', ...BASE, items: [{ qty: 1 }, { qty: 2 }] })
    expect(notes().get('t1')).toEqual({ _id: 't1', ...AFTER_EVERY_COMMAND, items: [{ qty: 2 }, { qty: 3 }] })
    expect(t.wire.filter((w) => w.action === 'database.modifyDocument').every((w) => typeof w.params.transactionId === 'string')).toBe(true)
  })

  it('a positional $ has no array condition in doc(id).update(), so it fails and the whole transaction rolls back', async () => {
    const run = t.db((db, _) =>
      db.runTransaction(async (tx: any) => {
        await tx.collection('notes').doc('t1').update({ data: { n: _.inc(1) } })
        await tx.collection('notes').doc('t1').update({ data: { 'items.$.qty': 9 } })
      }),
    )
    await expect(run).rejects.toMatchObject({ errMsg: expect.stringContaining('positional operator did not find the match') })
    expect(notes().get('t1')).toEqual({ _id: 't1', ...BASE, items: [{ qty: 1 }, { qty: 2 }] })
  })

  it('pins the SDK pitfall for $ too: tx.where().update() with $ runs at once, outside the transaction', async () => {
    const run = t.db((db, _) =>
      db.runTransaction(async (tx: any) => {
        await tx.collection('notes').where({ 'items.qty': 2 }).update({ data: { 'items.$.qty': 20 } })
        await tx.rollback('undo')
      }),
    )
    await expect(run).rejects.toBe('undo')
    expect(notes().get('t1')!.items).toEqual([{ qty: 1 }, { qty: 20 }])
  })
})
