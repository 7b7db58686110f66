/**
 * Transactions through the real SDK: runTransaction commits on return, rolls back on t.rollback() or a
 * throw, retries on conflict; startTransaction needs an explicit commit or rollback.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type TestCloud, openTestCloud } from './helpers'

let t: TestCloud

const seed = () => {
  t.cloud.store.collection('accounts').insert({ _id: 'alice', balance: 100 })
  t.cloud.store.collection('accounts').insert({ _id: 'bob', balance: 0 })
}
const balances = () => t.cloud.store.collection('accounts').find({}, { sort: { _id: 1 } }).map((a) => a.balance)

describe('runTransaction and startTransaction (serialised)', () => {
  beforeEach(async () => {
    t = await openTestCloud()
    seed()
  })
  afterEach(() => t.cloud.close())

  it('commits every write when the callback returns, and resolves with its value', async () => {
    const result = await t.db((db, _) =>
      db.runTransaction(async (tx: any) => {
        const alice = (await tx.collection('accounts').doc('alice').get()).data
        await tx.collection('accounts').doc('alice').update({ data: { balance: _.inc(-30) } })
        await tx.collection('accounts').doc('bob').update({ data: { balance: _.inc(30) } })
        await tx.collection('transfers').add({ data: { _id: 't1', from: 'alice', to: 'bob', amount: 30 } })
        return { before: alice.balance }
      }),
    )
    expect(result).toEqual({ before: 100 })
    expect(balances()).toEqual([70, 30])
    expect(t.cloud.store.collection('transfers').get('t1')).toMatchObject({ amount: 30 })
  })

  it('reads its own writes before commit while others still see the old data', async () => {
    let outside: number | undefined
    await t.db((db, _) =>
      db.runTransaction(async (tx: any) => {
        await tx.collection('accounts').doc('alice').update({ data: { balance: _.inc(-10) } })
        expect((await tx.collection('accounts').doc('alice').get()).data.balance).toBe(90)
        outside = t.cloud.store.collection('accounts').get('alice')!.balance
      }),
    )
    expect(outside).toBe(100)
    expect(balances()).toEqual([90, 0])
  })

  it('t.rollback(reason) discards the writes and rejects with the reason', async () => {
    const run = t.db((db, _) =>
      db.runTransaction(async (tx: any) => {
        await tx.collection('accounts').doc('alice').update({ data: { balance: _.inc(-500) } })
        const alice = (await tx.collection('accounts').doc('alice').get()).data
        if (alice.balance < 0) await tx.rollback({ code: 'INSUFFICIENT', balance: alice.balance })
      }),
    )
    await expect(run).rejects.toEqual({ code: 'INSUFFICIENT', balance: -400 })
    expect(balances()).toEqual([100, 0])
  })

  it('an error thrown in the callback rolls back and rejects with that error', async () => {
    const run = t.db((db, _) =>
      db.runTransaction(async (tx: any) => {
        await tx.collection('accounts').doc('bob').update({ data: { balance: _.inc(1) } })
        throw new Error('库存不足 / sold out')
      }),
    )
    await expect(run).rejects.toThrow('sold out')
    expect(balances()).toEqual([100, 0])
  })

  it('startTransaction applies nothing until commit, and nothing at all after rollback', async () => {
    await t.db(async (db, _) => {
      const tx = await db.startTransaction()
      await tx.collection('accounts').doc('bob').update({ data: { balance: _.inc(5) } })
      await tx.collection('accounts').doc('carol').set({ data: { balance: 1 } })
      expect(balances()).toEqual([100, 0])
      await tx.commit()
    })
    expect(t.cloud.store.collection('accounts').get('bob')!.balance).toBe(5)
    expect(t.cloud.store.collection('accounts').get('carol')).toEqual({ _id: 'carol', balance: 1 })

    await t.db(async (db) => {
      const tx = await db.startTransaction()
      await tx.collection('accounts').doc('carol').remove()
      await tx.rollback()
    })
    expect(t.cloud.store.collection('accounts').get('carol')).not.toBeNull()
  })

  it('resolves data: null for a missing record inside a transaction', async () => {
    const got = await t.db((db) => db.runTransaction(async (tx: any) => (await tx.collection('accounts').doc('nobody').get()).data))
    expect(got).toBeNull()
  })

  it('refuses where().get() inside a transaction, as the cloud does', async () => {
    const run = t.db((db) => db.runTransaction(async (tx: any) => tx.collection('accounts').where({ balance: 0 }).get()))
    await expect(run).rejects.toMatchObject({ errMsg: expect.stringContaining('doc(id)') })
  })

  it('pins an SDK pitfall: where().update() inside a transaction is sent without transactionId, so it is applied at once and survives rollback', async () => {
    t.wire.length = 0
    const run = t.db((db) =>
      db.runTransaction(async (tx: any) => {
        await tx.collection('accounts').where({ _id: 'bob' }).update({ data: { balance: 7 } })
        await tx.rollback('undo')
      }),
    )
    await expect(run).rejects.toBe('undo')
    const update = t.wire.find((w) => w.action === 'database.modifyDocument')!
    expect(update.params).not.toHaveProperty('transactionId')
    expect(balances()).toEqual([100, 7])
  })

  it('runs concurrent transactions one after another so increments never get lost', async () => {
    await Promise.all(
      Array.from({ length: 20 }, () =>
        t.db((db, _) =>
          db.runTransaction(async (tx: any) => {
            const bob = (await tx.collection('accounts').doc('bob').get()).data
            await new Promise((r) => setTimeout(r, 1))
            await tx.collection('accounts').doc('bob').set({ data: { balance: bob.balance + 1 } })
          }),
        ),
      ),
    )
    expect(t.cloud.store.collection('accounts').get('bob')!.balance).toBe(20)
  })
})

describe('optimistic transactions', () => {
  beforeEach(async () => {
    t = await openTestCloud({ transactions: { optimistic: true } })
    seed()
  })
  afterEach(() => t.cloud.close())

  it('reports a conflict at commit and the SDK retries until the read-modify-write is exact', async () => {
    let attempts = 0
    const bump = () =>
      t.db((db) =>
        db.runTransaction(async (tx: any) => {
          attempts++
          const bob = (await tx.collection('accounts').doc('bob').get()).data
          await new Promise((r) => setTimeout(r, 5))
          await tx.collection('accounts').doc('bob').set({ data: { balance: bob.balance + 1 } })
        }, 10),
      )
    await Promise.all([bump(), bump(), bump()])
    expect(t.cloud.store.collection('accounts').get('bob')!.balance).toBe(3)
    expect(attempts).toBeGreaterThan(3)
  })

  it('gives up with the conflict once the retries are used up (times = 2 means 3 attempts in SDK 4.0.2)', async () => {
    let attempts = 0
    const slow = t.db((db) =>
      db.runTransaction(async (tx: any) => {
        attempts++
        await tx.collection('accounts').doc('alice').get()
        t.cloud.store.collection('accounts').update({ _id: 'alice' }, { $inc: { balance: 1 } })
        await tx.collection('accounts').doc('alice').update({ data: { note: 'x' } })
      }, 2),
    )
    await expect(slow).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect(attempts).toBe(3)
    expect(t.cloud.store.collection('accounts').get('alice')).toEqual({ _id: 'alice', balance: 103 })
  })
})
