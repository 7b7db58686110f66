/**
 * What actually leaves wx-server-sdk 4.0.2: the serialisation pitfalls of docs/platform-facts.md §10 pinned on
 * the wire, and proof that nothing leaves the process at all.
 */
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type TestCloud, openTestCloud, wireJson } from './helpers'

let t: TestCloud

beforeAll(async () => {
  t = await openTestCloud()
  t.cloud.store.collection('gems').insert({ _id: 'g1', grade: 1, scores: [85, 120], reviews: [{ stars: 5 }] })
  t.cloud.store.collection('gems').insert({ _id: 'g2', grade: 2, scores: [10], reviews: [{ stars: 2 }] })
  t.cloud.store.collection('gems').insert({ _id: 'g3', grade: 3, scores: [90], reviews: [{ stars: 4 }] })
})
afterAll(() => t.cloud.close())

const lastQuery = () => wireJson(t.wire[t.wire.length - 1].params.query)
const ids = (res: { data: { _id: string }[] }) => res.data.map((d) => d._id).sort()

describe('wx-server-sdk 4.0.2 pitfalls (docs/platform-facts.md §10)', () => {
  it('_.not(_.or([...])) loses its condition on the wire, so it matches nothing', async () => {
    const res = await t.db((db, _) => db.collection('gems').where({ grade: _.not(_.or([_.eq(1), _.eq(2)])) }).get())
    expect(lastQuery()).toEqual({ grade: {} })
    expect(res.data).toEqual([])
    // The safe spelling of the same condition:
    const safe = await t.db((db, _) => db.collection('gems').where({ grade: _.nin([1, 2]) }).get())
    expect(ids(safe)).toEqual(['g3'])
  })

  it('_.elemMatch(_.gt().lt()) on numbers sends the raw command object instead of $gt/$lt', async () => {
    await t.db((db, _) => db.collection('gems').where({ scores: _.elemMatch(_.gt(80).lt(100)) }).get())
    expect(lastQuery()).toEqual({
      scores: { $elemMatch: expect.objectContaining({ operator: 'and', fieldName: 'scores' }) },
    })
    // The object form is converted properly:
    const safe = await t.db((db, _) => db.collection('gems').where({ reviews: _.elemMatch({ stars: _.gte(4) }) }).get())
    expect(lastQuery()).toEqual({ reviews: { $elemMatch: { stars: { $gte: { $numberInt: '4' } } } } })
    expect(ids(safe)).toEqual(['g1', 'g3'])
  })

  it('nested objects in where() are flattened to dotted paths (a partial match, not whole-object equality)', async () => {
    t.cloud.store.collection('addresses').insert({ _id: 'a1', region: { province: '浙江', city: '杭州' } })
    const res = await t.db((db) => db.collection('addresses').where({ region: { city: '杭州' } }).get())
    expect(lastQuery()).toEqual({ 'region.city': '杭州' })
    expect(ids(res)).toEqual(['a1'])
  })
})

describe('network isolation', () => {
  it('opens no socket for database, transaction, callFunction, openapi and cloudPay calls', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect')
    try {
      t.cloud.setOpenApiHandler(async () => ({ errcode: 0 }))
      t.cloud.setPayHandler(async () => ({ return_code: 'SUCCESS' }))
      await t.db(async (db, _) => {
        await db.collection('gems').where({ grade: _.gte(1) }).get()
        await db.collection('gems').add({ data: { grade: 9 } })
        await db.collection('gems').doc('g1').update({ data: { grade: _.inc(1) } })
        await db.runTransaction(async (tx: any) => tx.collection('gems').doc('g2').get())
      })
      await t.cloud.invoke('caller', { target: 'whoami' }, { openid: 'o-a' })
      await t.cloud.invoke('wxapis', { kind: 'openapi', touser: 'o-a' }, { openid: 'o-a' })
      await t.cloud.invoke('wxapis', { kind: 'pay', outTradeNo: 'T9' }, { openid: 'o-a' })
      expect(connect).not.toHaveBeenCalled()
    } finally {
      connect.mockRestore()
    }
  })
})
