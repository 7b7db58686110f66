import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Store } from '../../../local-cloud/store/sqlite-store'
import { TransactionManager } from '../../../local-cloud/store/transactions'

let store: Store
beforeEach(() => {
  store = new Store(':memory:')
  store.collection('acc').insert({ _id: 'a', n: 1 })
})
afterEach(() => store.close())

describe('TransactionManager', () => {
  it('buffers writes, shows them to the transaction only, and applies them all at commit', async () => {
    const tm = new TransactionManager(store)
    const tx = await tm.start()
    tm.write(tx, 'acc', 'a', { _id: 'a', n: 2 })
    tm.write(tx, 'other', 'b', { _id: 'b' })
    expect(tm.read(tx, 'acc', 'a')).toEqual({ _id: 'a', n: 2 })
    expect(store.collection('acc').get('a')).toEqual({ _id: 'a', n: 1 })
    tm.commit(tx)
    expect(store.collection('acc').get('a')).toEqual({ _id: 'a', n: 2 })
    expect(store.collection('other').get('b')).toEqual({ _id: 'b' })
    expect(tm.isOpen(tx)).toBe(false)
  })

  it('reports a conflict when a record it read changed, and applies nothing', async () => {
    const tm = new TransactionManager(store, { optimistic: true })
    const tx = await tm.start()
    tm.read(tx, 'acc', 'a')
    tm.write(tx, 'acc', 'new', { _id: 'new' })
    store.collection('acc').update({ _id: 'a' }, { $inc: { n: 1 } })
    expect(() => tm.commit(tx)).toThrow(expect.objectContaining({ code: 'DATABASE_TRANSACTION_CONFLICT' }))
    expect(store.collection('acc').get('new')).toBeNull()
  })

  it('detects a record deleted and one created since it was first seen', async () => {
    const tm = new TransactionManager(store, { optimistic: true })
    const t1 = await tm.start()
    tm.read(t1, 'acc', 'a')
    store.collection('acc').remove({ _id: 'a' })
    expect(() => tm.commit(t1)).toThrow('conflict')
    const t2 = await tm.start()
    expect(tm.read(t2, 'acc', 'z')).toBeNull()
    store.collection('acc').insert({ _id: 'z' })
    expect(() => tm.commit(t2)).toThrow('conflict')
  })

  it('serialises: a second start waits until the first ends', async () => {
    const tm = new TransactionManager(store)
    const first = await tm.start()
    let secondStarted = false
    const second = tm.start().then((id) => {
      secondStarted = true
      return id
    })
    await new Promise((r) => setTimeout(r, 10))
    expect(secondStarted).toBe(false)
    tm.abort(first)
    tm.abort(await second)
    expect(secondStarted).toBe(true)
  })

  it('aborts an abandoned transaction after its timeout so others can proceed', async () => {
    const tm = new TransactionManager(store, { timeoutMs: 20 })
    const stale = await tm.start()
    const next = await tm.start()
    expect(tm.isOpen(stale)).toBe(false)
    expect(() => tm.commit(stale)).toThrow('not open')
    tm.commit(next)
  })
})
