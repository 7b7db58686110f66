/** Aggregation through the real SDK: match, group, sort, limit and lookup across collections. */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type TestCloud, openTestCloud, wireJson } from './helpers'

let t: TestCloud

beforeAll(async () => {
  t = await openTestCloud()
  const orders = t.cloud.store.collection('orders')
  orders.insert({ _id: 'o1', openid: 'o-a', state: 'paid', total: 12800 })
  orders.insert({ _id: 'o2', openid: 'o-a', state: 'paid', total: 6800 })
  orders.insert({ _id: 'o3', openid: 'o-b', state: 'paid', total: 39900 })
  orders.insert({ _id: 'o4', openid: 'o-c', state: 'cancelled', total: 99900 })
  orders.insert({ _id: 'o5', openid: 'o-c', state: 'paid', total: 100 })
  const members = t.cloud.store.collection('members')
  members.insert({ _id: 'm-a', openid: 'o-a', nickname: '小紫' })
  members.insert({ _id: 'm-b', openid: 'o-b', nickname: '小黄' })
})
afterAll(() => t.cloud.close())

it('totals paid orders per buyer, biggest first, top two, with the member joined in', async () => {
  const res = await t.db((db, _) => {
    const $ = db.command.aggregate
    return db
      .collection('orders')
      .aggregate()
      .match({ state: 'paid', total: _.gt(0) })
      .group({ _id: '$openid', spent: $.sum('$total'), orders: $.sum(1) })
      .sort({ spent: -1 })
      .limit(2)
      .lookup({ from: 'members', localField: '_id', foreignField: 'openid', as: 'member' })
      .end()
  })
  expect(res.list).toEqual([
    { _id: 'o-b', spent: 39900, orders: 1, member: [{ _id: 'm-b', openid: 'o-b', nickname: '小黄' }] },
    { _id: 'o-a', spent: 19600, orders: 2, member: [{ _id: 'm-a', openid: 'o-a', nickname: '小紫' }] },
  ])
})

it('sends each stage as { stageKey, stageValue } with EJSON text', async () => {
  t.wire.length = 0
  await t.db((db) => db.collection('orders').aggregate().match({ state: 'paid' }).limit(3).end())
  const req = t.wire[0]
  expect(req.action).toBe('database.aggregateDocuments')
  const stages = req.params.stages as { stageKey: string; stageValue: string }[]
  expect(stages.map((s) => s.stageKey)).toEqual(['$match', '$limit'])
  expect(wireJson(stages[0].stageValue)).toEqual({ state: 'paid' })
  expect(stages[1].stageValue).toBe('3')
})

it('answers an empty list for a collection never written to', async () => {
  const res = await t.db((db) => db.collection('nothing_here').aggregate().match({}).end())
  expect(res.list).toEqual([])
})
