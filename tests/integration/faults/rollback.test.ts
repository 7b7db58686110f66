/**
 * Fault injection on the local cloud: a failed N-th write, or an abort right after a named step
 * (cloudfunctions/platform/checkpoint.ts), must leave no partial work behind — no stock lost, no orphan
 * order, no points granted twice or for nothing.
 */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MeProfileOutput } from '../../../cloudfunctions/contracts/member'
import { checkpoint } from '../../../cloudfunctions/platform/checkpoint'
import { buildFixtureFunctions, type FixtureFunctions } from '../../kit/fixture-functions/build-fixture-functions'
import { insertStockedProduct, stockOf } from '../../kit/stock-fixtures'
import { snapshotText } from '../../kit/store-probes'
import { expectOk, startTestCloud, type TestCloud } from '../../kit/test-cloud'

describe('me.profile creating a member when a write fails', () => {
  let t: TestCloud
  beforeAll(async () => {
    t = await startTestCloud()
  })
  afterAll(() => t?.close())

  it('rolls the transaction back, answers INTERNAL, and the next call creates exactly one member', async () => {
    t.cloud.faults.failNthWrite(1)
    const failed = await t.call('shop', 'me.profile', {}, 'fault-alice')
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(t.cloud.store.collection('members').count({})).toBe(0)

    const member = expectOk(await t.call<MeProfileOutput>('shop', 'me.profile', {}, 'fault-alice'))
    expect(member).toMatchObject({ openid: 'fault-alice', points: 0 })
    expect(t.cloud.store.collection('members').count({ _id: 'fault-alice' })).toBe(1)
  })
})

describe('a compensated multi-step write (fixture: take stock → create order → grant points)', () => {
  let t: TestCloud
  let fixtures: FixtureFunctions
  let product: { productId: string; skuId: string }
  const buy = (quantity = 2) => t.call<{ orderId: string }>('faultDemo' as never, 'demo.buy', { ...product, quantity }, 'fault-bob')
  const nothingLeftBehind = () => {
    expect(stockOf(t.cloud.store, product.productId)).toEqual({ stock: 5, skuStock: 5, sold: 0 })
    expect(t.cloud.store.collection('orders').count({})).toBe(0)
    expect(t.cloud.store.collection('points_ledger').count({})).toBe(0)
  }

  beforeAll(async () => {
    fixtures = await buildFixtureFunctions({ faultDemo: join(__dirname, 'fixtures', 'fault-demo-function.ts') })
    t = await startTestCloud({ functionsDir: fixtures.functionsDir })
    product = insertStockedProduct(t.cloud.store, 'fault-piece', 5)
  })
  afterAll(async () => {
    await t?.close()
    fixtures?.remove()
  })

  for (const step of ['demo.stockReserved', 'demo.orderCreated', 'demo.pointsGranted']) {
    it(`aborted right after ${step}: the buyer sees INTERNAL and stock, orders and points are as before`, async () => {
      t.cloud.faults.abortAfter(step)
      expect(await buy()).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
      expect(t.cloud.faults.fired().at(-1)).toBe(step)
      nothingLeftBehind()
    })
  }

  it('the same flow with the order insert failing (2nd write) is compensated too', async () => {
    t.cloud.faults.failNthWrite(2)
    expect(await buy()).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    t.cloud.faults.clear()
    nothingLeftBehind()
  })

  it('a fault fires once: the retry after it succeeds and takes stock exactly once', async () => {
    t.cloud.faults.abortAfter('demo.orderCreated')
    expect(await buy()).toMatchObject({ ok: false })
    const { orderId } = expectOk(await buy())
    expect(stockOf(t.cloud.store, product.productId)).toEqual({ stock: 3, skuStock: 3, sold: 2 })
    expect(t.cloud.store.collection('orders').find({}).map((o) => o._id)).toEqual([orderId])
    expect(t.cloud.store.collection('points_ledger').count({ orderId })).toBe(1)
  })

  it('arming a step the flow never reaches changes nothing and records no firing', async () => {
    const firedBefore = t.cloud.faults.fired().length
    t.cloud.faults.abortAfter('demo.neverReached')
    expectOk(await buy(1))
    expect(t.cloud.faults.fired().length).toBe(firedBefore)
    t.cloud.faults.clear()
  })
})

describe('a transactional multi-step write (fixture: debit points → write ledger)', () => {
  let t: TestCloud
  let fixtures: FixtureFunctions
  beforeAll(async () => {
    fixtures = await buildFixtureFunctions({ faultDemo: join(__dirname, 'fixtures', 'fault-demo-function.ts') })
    t = await startTestCloud({ functionsDir: fixtures.functionsDir })
    t.cloud.store.collection('members').set('fault-carol', { openid: 'fault-carol', points: 100, level: 'quartz', nickname: 'c', createdAt: 1, updatedAt: 1 })
  })
  afterAll(async () => {
    await t?.close()
    fixtures?.remove()
  })

  it('aborted between the debit and the ledger entry, neither lands', async () => {
    const before = snapshotText(t.cloud.store)
    t.cloud.faults.abortAfter('demo.pointsDebited')
    const res = await t.call('faultDemo' as never, 'demo.redeemPoints', { points: 30 }, 'fault-carol')
    expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(t.cloud.faults.fired().at(-1)).toBe('demo.pointsDebited')
    expect(snapshotText(t.cloud.store)).toBe(before)

    expect(expectOk(await t.call('faultDemo' as never, 'demo.redeemPoints', { points: 30 }, 'fault-carol'))).toEqual({ balance: 70 })
    expect(t.cloud.store.collection('points_ledger').count({ openid: 'fault-carol' })).toBe(1)
  })
})

describe('checkpoint outside the local cloud', () => {
  it('is a no-op even if the abort variable is somehow set, unless the runtime is the local cloud', () => {
    const saved = { abort: process.env.JF_FAULT_ABORT_AFTER, runtime: process.env.JF_RUNTIME }
    try {
      process.env.JF_FAULT_ABORT_AFTER = 'order.stockReserved'
      delete process.env.JF_RUNTIME
      expect(() => checkpoint('order.stockReserved')).not.toThrow()
      process.env.JF_RUNTIME = 'local-cloud'
      expect(() => checkpoint('order.created')).not.toThrow()
      expect(() => checkpoint('order.stockReserved')).toThrow('injected fault after order.stockReserved')
    } finally {
      for (const [key, value] of [['JF_FAULT_ABORT_AFTER', saved.abort], ['JF_RUNTIME', saved.runtime]] as const) {
        if (value === undefined) delete process.env[key]
        else process.env[key] = value
      }
      delete process.env.JF_FAULT_FIRED
    }
  })
})
