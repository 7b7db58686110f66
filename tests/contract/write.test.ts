/**
 * Writes through the real wx-server-sdk 4.0.2 against the local cloud: add, update operators, set,
 * where().update, remove, serverDate and the positional SKU paths the shop uses for stock.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type TestCloud, openTestCloud, wireJson } from './helpers'

const NOW = Date.UTC(2026, 0, 15, 8, 0, 0)
let t: TestCloud

beforeAll(async () => {
  t = await openTestCloud({ now: () => NOW })
})
afterAll(() => t.cloud.close())
beforeEach(() => {
  t.wire.length = 0
})

describe('add', () => {
  it('generates a 32-hex _id and stores the record as given', async () => {
    const res = await t.db((db) => db.collection('notes').add({ data: { text: '开光?', n: 1.5, at: new Date(5) } }))
    expect(res._id).toMatch(/^[0-9a-f]{32}$/)
    expect(t.cloud.store.collection('notes').get(res._id)).toEqual({ _id: res._id, text: '开光?', n: 1.5, at: new Date(5) })
  })

  it('keeps a caller-chosen _id and refuses to reuse it', async () => {
    const res = await t.db((db) => db.collection('notes').add({ data: { _id: 'fixed', text: 'a' } }))
    expect(res._id).toBe('fixed')
    await expect(t.db((db) => db.collection('notes').add({ data: { _id: 'fixed', text: 'b' } }))).rejects.toMatchObject({
      errMsg: expect.stringContaining('duplicate'),
    })
    expect(t.cloud.store.collection('notes').get('fixed')?.text).toBe('a')
  })

  it('does not stamp _openid from a cloud function (server writes are admin writes)', async () => {
    const res = await t.db((db) => db.collection('notes').add({ data: { text: 'x' } }), { identity: { openid: 'o-someone' } })
    expect(t.cloud.store.collection('notes').get(res._id)).not.toHaveProperty('_openid')
  })
})

describe('doc(id).update', () => {
  beforeEach(() => {
    t.cloud.store.collection('members').remove({})
    t.cloud.store.collection('members').insert({ _id: 'm1', points: 10, tags: ['new'], profile: { city: '杭州', phone: '138' }, level: 1 })
  })

  it('applies inc, push, set (whole sub-object), remove and nested merges', async () => {
    const res = await t.db((db, _) =>
      db.collection('members').doc('m1').update({
        data: {
          points: _.inc(5),
          tags: _.push(['vip']),
          address: _.set({ city: '苏州' }),
          level: _.remove(),
          profile: { phone: '139' },
        },
      }),
    )
    expect(res.stats.updated).toBe(1)
    expect(t.cloud.store.collection('members').get('m1')).toEqual({
      _id: 'm1',
      points: 15,
      tags: ['new', 'vip'],
      profile: { city: '杭州', phone: '139' },
      address: { city: '苏州' },
    })
  })

  it('applies the array and arithmetic operators: shift, unshift, pop, addToSet, pull, mul, max', async () => {
    t.cloud.store.collection('members').update({ _id: 'm1' }, { $set: { a: [1, 2, 3], b: [2], c: [1, 2], d: [1], e: [1], f: [1, 2, 1], g: 3, h: 5 } })
    await t.db((db, _) =>
      db.collection('members').doc('m1').update({
        data: {
          a: _.shift(),
          b: _.unshift([0, 1]),
          c: _.pop(),
          d: _.addToSet({ $each: [1, 2] }),
          e: _.addToSet({ each: [7] }),
          f: _.pull(1),
          g: _.mul(2),
          h: _.max(4),
        },
      }),
    )
    expect(t.cloud.store.collection('members').get('m1')).toMatchObject({
      a: [2, 3],
      b: [0, 1, 2],
      c: [1],
      d: [1, 2],
      // docs/platform-facts.md §10: without the $ the SDK sends { each: [...] } literally, so the object itself is added
      e: [1, { each: [7] }],
      f: [2],
      g: 6,
      h: 5,
    })
  })

  it('reports 0 updated for a missing id and creates nothing', async () => {
    const res = await t.db((db, _) => db.collection('members').doc('ghost').update({ data: { points: _.inc(1) } }))
    expect(res.stats.updated).toBe(0)
    expect(t.cloud.store.collection('members').get('ghost')).toBeNull()
  })

  it('sends operators as Mongo update operators in EJSON', async () => {
    await t.db((db, _) => db.collection('members').doc('m1').update({ data: { points: _.inc(2), level: _.remove() } }))
    const req = t.wire.find((w) => w.action === 'database.modifyDocument')!
    expect(req.params).toMatchObject({ queryType: 'DOC', multi: false, merge: true, upsert: false })
    expect(wireJson(req.params.data)).toEqual({ $inc: { points: { $numberInt: '2' } }, $unset: { level: '' } })
  })
})

describe('where().update', () => {
  beforeEach(() => {
    t.cloud.store.collection('orders').remove({})
    for (const [id, state] of [['o1', 'pending_payment'], ['o2', 'pending_payment'], ['o3', 'paid']]) {
      t.cloud.store.collection('orders').insert({ _id: id, state })
    }
  })

  it('updates every match and reports how many changed', async () => {
    const res = await t.db((db) => db.collection('orders').where({ state: 'pending_payment' }).update({ data: { state: 'cancelled' } }))
    expect(res.stats.updated).toBe(2)
    expect(t.cloud.store.collection('orders').count({ state: 'cancelled' })).toBe(2)
  })

  it('succeeds with 0 updated when nothing matches (a lost race, not an error)', async () => {
    const res = await t.db((db) => db.collection('orders').where({ _id: 'o3', state: 'pending_payment' }).update({ data: { state: 'cancelled' } }))
    expect(res.stats.updated).toBe(0)
    expect(t.cloud.store.collection('orders').get('o3')?.state).toBe('paid')
  })
})

describe('positional SKU paths', () => {
  beforeEach(() => {
    t.cloud.store.collection('products').remove({})
    t.cloud.store.collection('products').insert({
      _id: 'p1',
      stock: 5,
      sold: 0,
      skus: [
        { skuId: 's-small', stock: 3, price: 9900 },
        { skuId: 's-large', stock: 2, price: 15900 },
      ],
    })
  })

  const take = (index: number, skuId: string, n: number) =>
    t.db((db, _) =>
      db
        .collection('products')
        .where({ _id: 'p1', [`skus.${index}.skuId`]: skuId, [`skus.${index}.stock`]: _.gte(n) })
        .update({ data: { [`skus.${index}.stock`]: _.inc(-n), stock: _.inc(-n), sold: _.inc(n) } }),
    )

  it('decrements the addressed SKU, the total and the sold count together', async () => {
    expect((await take(1, 's-large', 2)).stats.updated).toBe(1)
    const p = t.cloud.store.collection('products').get('p1')!
    expect(p.skus[1].stock).toBe(0)
    expect(p.skus[0].stock).toBe(3)
    expect(p.stock).toBe(3)
    expect(p.sold).toBe(2)
  })

  it('refuses when the SKU has too little stock or the index holds another SKU', async () => {
    expect((await take(1, 's-large', 3)).stats.updated).toBe(0)
    expect((await take(0, 's-large', 1)).stats.updated).toBe(0)
    expect(t.cloud.store.collection('products').get('p1')!.stock).toBe(5)
  })
})

describe('set, remove and serverDate', () => {
  it('set creates a missing record, then replaces it whole', async () => {
    const created = await t.db((db) => db.collection('settings').doc('shop').set({ data: { name: '晶坊', open: true } }))
    expect(created.stats).toEqual({ updated: 0, created: 1 })
    const replaced = await t.db((db) => db.collection('settings').doc('shop').set({ data: { name: '晶坊 Jingfang' } }))
    expect(replaced.stats).toEqual({ updated: 1, created: 0 })
    expect(t.cloud.store.collection('settings').get('shop')).toEqual({ _id: 'shop', name: '晶坊 Jingfang' })
  })

  it('removes one record by id and many by filter, reporting counts', async () => {
    for (let i = 0; i < 4; i++) t.cloud.store.collection('carts').insert({ _id: `c${i}`, openid: i < 3 ? 'o-a' : 'o-b' })
    expect((await t.db((db) => db.collection('carts').doc('c0').remove())).stats.removed).toBe(1)
    expect((await t.db((db) => db.collection('carts').where({ openid: 'o-a' }).remove())).stats.removed).toBe(2)
    expect((await t.db((db) => db.collection('carts').doc('c0').remove())).stats.removed).toBe(0)
    expect(t.cloud.store.collection('carts').find().map((c) => c._id)).toEqual(['c3'])
  })

  it('stores serverDate as the server clock plus offset', async () => {
    const res = await t.db((db) =>
      db.collection('logs').add({ data: { at: db.serverDate(), expires: db.serverDate({ offset: 15 * 60_000 }) } }),
    )
    const saved = t.cloud.store.collection('logs').get(res._id)!
    expect(saved.at).toEqual(new Date(NOW))
    expect(saved.expires).toEqual(new Date(NOW + 15 * 60_000))
    const back = await t.db((db) => db.collection('logs').doc(res._id).get())
    expect(back.data.at).toBeInstanceOf(Date)
    expect(back.data.at.getTime()).toBe(NOW)
  })

  it('compares against serverDate in queries', async () => {
    t.cloud.store.collection('coupons').insert({ _id: 'old', expiresAt: new Date(NOW - 1) })
    t.cloud.store.collection('coupons').insert({ _id: 'live', expiresAt: new Date(NOW + 1) })
    const res = await t.db((db, _) => db.collection('coupons').where({ expiresAt: _.gt(db.serverDate()) }).get())
    expect(res.data.map((c: { _id: string }) => c._id)).toEqual(['live'])
  })
})
