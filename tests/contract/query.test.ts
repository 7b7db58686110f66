/**
 * Reads through the real wx-server-sdk 4.0.2 against the local cloud: every query operator the shop
 * uses, paging and its limits, projections, count, and the not-found behaviour of doc().get().
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestCloud, openTestCloud, wireJson } from './helpers'

const gems = [
  { _id: 'g1', name: 'Amethyst bracelet', price: 12800, stock: 5, tags: ['purple', 'bracelet'], origin: 'Brazil', cert: 'NGTC-1' },
  { _id: 'g2', name: 'Rose quartz sphere', price: 6800, stock: 0, tags: ['pink'], origin: 'Madagascar' },
  { _id: 'g3', name: 'Citrine point', price: 9900, stock: 2, tags: ['yellow'], origin: 'Brazil', cert: 'NGTC-3' },
  { _id: 'g4', name: 'Clear quartz cluster', price: 25800, stock: 1, tags: ['clear', 'cluster'], origin: 'Arkansas' },
  { _id: 'g5', name: 'amethyst geode', price: 39900, stock: 3, tags: ['purple', 'geode'], origin: 'Uruguay' },
]

let t: TestCloud
const ids = (res: { data: { _id: string }[] }) => res.data.map((d) => d._id)

beforeAll(async () => {
  t = await openTestCloud()
  for (const g of gems) t.cloud.store.collection('gems').insert(g)
})
afterAll(() => t.cloud.close())

describe('where() with command operators', () => {
  const cases: [string, (_: any, db: any) => Record<string, unknown>, string[]][] = [
    ['eq', (_) => ({ origin: _.eq('Brazil') }), ['g1', 'g3']],
    ['literal equality', () => ({ origin: 'Brazil', stock: 2 }), ['g3']],
    ['neq', (_) => ({ origin: _.neq('Brazil') }), ['g2', 'g4', 'g5']],
    ['gt', (_) => ({ price: _.gt(12800) }), ['g4', 'g5']],
    ['gte', (_) => ({ price: _.gte(12800) }), ['g1', 'g4', 'g5']],
    ['lt', (_) => ({ price: _.lt(9900) }), ['g2']],
    ['lte', (_) => ({ price: _.lte(9900) }), ['g2', 'g3']],
    ['in', (_) => ({ origin: _.in(['Uruguay', 'Arkansas']) }), ['g4', 'g5']],
    ['nin', (_) => ({ origin: _.nin(['Brazil', 'Madagascar']) }), ['g4', 'g5']],
    ['chained and on one field', (_) => ({ price: _.gt(6800).and(_.lt(25800)) }), ['g1', 'g3']],
    ['and across fields', (_) => _.and([{ origin: 'Brazil' }, { stock: _.gt(2) }]), ['g1']],
    ['or across fields', (_) => _.or([{ stock: 0 }, { price: _.gte(30000) }]), ['g2', 'g5']],
    ['or on one field', (_) => ({ stock: _.eq(0).or(_.gt(4)) }), ['g1', 'g2']],
    ['exists(true)', (_) => ({ cert: _.exists(true) }), ['g1', 'g3']],
    ['exists(false)', (_) => ({ cert: _.exists(false) }), ['g2', 'g4', 'g5']],
    ['JS RegExp', () => ({ name: /^amethyst/i }), ['g1', 'g5']],
    ['db.RegExp', (_, db) => ({ name: db.RegExp({ regexp: 'quartz', options: 'i' }) }), ['g2', 'g4']],
    ['array element equality', () => ({ tags: 'purple' }), ['g1', 'g5']],
  ]
  it.each(cases)('%s', async (_name, where, expected) => {
    const res = await t.db((db, _) => db.collection('gems').where(where(_, db)).get())
    expect(ids(res).sort()).toEqual(expected)
  })
})

describe('ordering, paging and projection', () => {
  it('orders by one field, then by a second to break ties', async () => {
    const byPrice = await t.db((db) => db.collection('gems').orderBy('price', 'desc').get())
    expect(ids(byPrice)).toEqual(['g5', 'g4', 'g1', 'g3', 'g2'])
    const byOrigin = await t.db((db) => db.collection('gems').orderBy('origin', 'asc').orderBy('price', 'asc').get())
    expect(ids(byOrigin)).toEqual(['g4', 'g3', 'g1', 'g2', 'g5'])
  })

  it('skips and limits after sorting', async () => {
    const page = await t.db((db) => db.collection('gems').orderBy('price', 'asc').skip(1).limit(2).get())
    expect(ids(page)).toEqual(['g3', 'g1'])
  })

  it('returns only the chosen fields plus _id', async () => {
    const res = await t.db((db) => db.collection('gems').where({ _id: 'g1' }).field({ name: true, price: true }).get())
    expect(res.data).toEqual([{ _id: 'g1', name: 'Amethyst bracelet', price: 12800 }])
    const doc = await t.db((db) => db.collection('gems').doc('g2').field({ stock: true }).get())
    expect(doc.data).toEqual({ _id: 'g2', stock: 0 })
  })

  it('counts matches', async () => {
    expect((await t.db((db) => db.collection('gems').count())).total).toBe(5)
    expect((await t.db((db, _) => db.collection('gems').where({ stock: _.gt(0) }).count())).total).toBe(4)
  })
})

describe('doc(id).get()', () => {
  it('resolves the record itself', async () => {
    const res = await t.db((db) => db.collection('gems').doc('g3').get())
    expect(res.data).toEqual(gems[2])
  })

  it('resolves { data: null } for a missing id when throwOnNotFound is false', async () => {
    const res = await t.db((db) => db.collection('gems').doc('nope').get())
    expect(res.data).toBeNull()
  })

  it('rejects for a missing id with the SDK default (throwOnNotFound true)', async () => {
    await expect(t.db((db) => db.collection('gems').doc('nope').get(), { throwOnNotFound: true })).rejects.toMatchObject({
      errMsg: expect.stringContaining('does not exist'),
    })
  })
})

describe('collections never written to', () => {
  it('read as empty rather than failing (documented local-cloud choice)', async () => {
    const res = await t.db((db) => db.collection('never_written').get())
    expect(res.data).toEqual([])
    expect((await t.db((db) => db.collection('never_written').count())).total).toBe(0)
    expect(t.cloud.store.collections()).not.toContain('never_written')
  })
})

describe('page limits (1200 records)', () => {
  beforeAll(() => {
    for (let i = 0; i < 1200; i++) t.cloud.store.collection('many').insert({ _id: `m${String(i).padStart(4, '0')}`, i })
  })

  it('returns 100 records when no limit is given, and says so on the wire', async () => {
    t.wire.length = 0
    const res = await t.db((db) => db.collection('many').get())
    expect(res.data).toHaveLength(100)
    expect(t.wire[0].params.limit).toBe(100)
  })

  it('caps an explicit limit at 1000', async () => {
    t.wire.length = 0
    const res = await t.db((db) => db.collection('many').limit(5000).get())
    expect(res.data).toHaveLength(1000)
    expect(t.wire[0].params.limit).toBe(1000)
  })

  it('pages through everything with skip', async () => {
    const seen: number[] = []
    for (let skip = 0; skip < 1200; skip += 1000) {
      const res = await t.db((db) => db.collection('many').orderBy('i', 'asc').skip(skip).limit(1000).get())
      seen.push(...res.data.map((d: { i: number }) => d.i))
    }
    expect(seen).toEqual(Array.from({ length: 1200 }, (_, i) => i))
  })

  it('sends the filter as EJSON text with typed numbers', async () => {
    t.wire.length = 0
    await t.db((db, _) => db.collection('many').where({ i: _.gte(1199) }).get())
    expect(wireJson(t.wire[0].params.query)).toEqual({ i: { $gte: { $numberInt: '1199' } } })
  })
})
