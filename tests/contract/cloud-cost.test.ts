/**
 * The local cloud's cloud-like cost settings through the real SDK: off by default; `dbLatencyMs` delays
 * every request; `docWriteRatePerSec` spaces writes to ONE document (others are not held up), counts only
 * writes whose query matches the document, and a write that would wait past `docWriteMaxWaitMs` fails
 * with the SDK's "exceed concurrent request limit" (-501004).
 */
import { afterEach, expect, it } from 'vitest'
import { openTestCloud, type TestCloud } from './helpers'

let t: TestCloud | null = null
afterEach(async () => {
  await t?.cloud.close()
  t = null
})

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await fn()
  return performance.now() - started
}

it('is off by default: a hundred writes to one document do not wait', async () => {
  t = await openTestCloud()
  await t.db((db) => db.collection('counters').add({ data: { _id: 'c', n: 0 } }))
  const ms = await timed(() => t!.db((db, _) => Promise.all(Array.from({ length: 100 }, () => db.collection('counters').doc('c').update({ data: { n: _.inc(1) } })))))
  expect(ms).toBeLessThan(1_000)
  expect(t.cloud.store.collection('counters').get('c')).toMatchObject({ n: 100 })
})

it('dbLatencyMs delays every request', async () => {
  t = await openTestCloud({ cost: { dbLatencyMs: 40 } })
  const ms = await timed(() => t!.db(async (db) => {
    await db.collection('things').add({ data: { _id: 'a' } })
    await db.collection('things').doc('a').get()
  }))
  expect(ms).toBeGreaterThanOrEqual(75)
})

it('docWriteRatePerSec spaces writes to one document, not to others, and not failed conditions', async () => {
  t = await openTestCloud({ cost: { docWriteRatePerSec: 20 } })
  await t.db((db) => Promise.all(['hot', ...Array.from({ length: 10 }, (_, i) => `cold-${i}`)].map((id) => db.collection('counters').add({ data: { _id: id, n: 0 } }))))
  const hot = await timed(() => t!.db((db, _) => Promise.all(Array.from({ length: 10 }, () => db.collection('counters').doc('hot').update({ data: { n: _.inc(1) } })))))
  expect(hot).toBeGreaterThanOrEqual(400) // 10 writes at 20/s: the last waits ~450 ms
  const cold = await timed(() => t!.db((db, _) => Promise.all(Array.from({ length: 10 }, (_x, i) => db.collection('counters').doc(`cold-${i}`).update({ data: { n: _.inc(1) } })))))
  expect(cold).toBeLessThan(300)
  const misses = await timed(() => t!.db((db, _) => Promise.all(Array.from({ length: 10 }, () => db.collection('counters').where({ _id: 'hot', n: _.gt(1_000) }).update({ data: { n: _.inc(1) } })))))
  expect(misses).toBeLessThan(300)
  expect(t.cloud.store.collection('counters').get('hot')).toMatchObject({ n: 10 })
})

it('a write that would wait past docWriteMaxWaitMs fails with -501004 and changes nothing', async () => {
  t = await openTestCloud({ cost: { docWriteRatePerSec: 10, docWriteMaxWaitMs: 150 } })
  await t.db((db) => db.collection('counters').add({ data: { _id: 'hot', n: 0 } }))
  const results = await t.db((db, _) =>
    Promise.allSettled(Array.from({ length: 5 }, () => db.collection('counters').doc('hot').update({ data: { n: _.inc(1) } }))),
  )
  const failed = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[]
  expect(failed.length).toBeGreaterThan(0)
  expect(String(failed[0].reason?.errCode ?? failed[0].reason)).toContain('-501004')
  expect(t.cloud.store.collection('counters').get('hot')).toMatchObject({ n: results.length - failed.length })
})
