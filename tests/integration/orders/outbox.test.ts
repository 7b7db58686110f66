/**
 * Side effects of transitions are carried out once each: WeChat refusing the shipping-info upload never
 * blocks shipping, cron retries it with growing pauses, after 8 attempts it stops and the merchant sees
 * it with WeChat's last words, and a retry from the merchant finishes it — exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrderCreateOutput } from '../../../cloudfunctions/contracts/order'
import type { OutboxListOutput, TroubledEffect } from '../../../cloudfunctions/contracts/outbox'
import { OUTBOX_MAX_ATTEMPTS } from '../../../cloudfunctions/domain/machines'
import { addressFor, buyNow, expectOk, OWNER, payFor, putProduct, startOrdersCloud, tick, type OrdersCloud } from './orders-kit'

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
})
afterAll(() => t?.close())

// Accepted uploads only: refused calls are in the fake's log too, with their errcode.
const uploads = async () => (await t.fakes.openapi.outbox()).filter((e) => e.api.includes('uploadShippingInfo') && e.errcode === 0)

describe('outbox', () => {
  it('a refused shipping-info upload is retried with backoff, gives up visibly, and a merchant retry sends it once', async () => {
    const buyer = 'outbox-buyer'
    const product = putProduct(t, [{ price: 5_000, stock: 2 }])
    const address = await addressFor(t, buyer)
    const { orderId } = expectOk(await buyNow(t, buyer, address._id, product, 1)) as OrderCreateOutput
    await payFor(t, buyer, orderId)
    for (let k = 0; k < OUTBOX_MAX_ATTEMPTS; k++) t.fakes.openapi.failNext('wxa.sec.order.uploadShippingInfo', 48001, 'api unauthorized')
    const before = (await uploads()).length

    const shipped = expectOk(await t.call<{ state: string; shippingInfoUpload: { status: string } }>('admin', 'adminOrders.ship', { orderId, carrierCode: 'shunfeng', waybillNo: 'SF7000000001' }, OWNER))
    expect(shipped.state).toBe('shipped')
    expect(shipped.shippingInfoUpload.status).toBe('failed')

    // Not due again at once: the next attempt waits (1, 2, 4 … minutes).
    const soon = await tick(t, Date.now() + 10_000)
    expect(soon.data).toMatchObject({ effectsRan: 0 })
    let at = Date.now()
    for (let k = 1; k < OUTBOX_MAX_ATTEMPTS; k++) {
      at += 61 * 60_000
      await tick(t, at)
    }
    const dead = expectOk(await t.call<OutboxListOutput>('admin', 'outbox.list', { state: 'dead', page: 1, pageSize: 20 }, OWNER))
    const job = dead.items.find((j) => j.entityId === orderId) as TroubledEffect
    expect(job).toMatchObject({ effect: 'wechat.uploadShippingInfo', machine: 'order', state: 'dead', attempts: OUTBOX_MAX_ATTEMPTS })
    expect(job.lastError).toContain('48001')
    expect((await uploads()).length).toBe(before)

    // Gave up: cron leaves it alone until the merchant asks again.
    await tick(t, at + 120 * 60_000)
    expect(expectOk(await t.call<OutboxListOutput>('admin', 'outbox.list', { state: 'dead', page: 1, pageSize: 20 }, OWNER)).items.map((j) => j._id)).toContain(job._id)

    expect(expectOk(await t.call<TroubledEffect>('admin', 'outbox.retry', { id: job._id }, OWNER)).state).toBe('pending')
    const again = await t.call('admin', 'outbox.retry', { id: job._id }, OWNER)
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'error.transition.outbox.retry' } })
    await tick(t, at + 121 * 60_000)
    await tick(t, at + 122 * 60_000)
    expect((await uploads()).length).toBe(before + 1)
    const order = t.cloud.store.collection('orders').get(orderId) as { shippingInfoUpload: { status: string }; pendingEffects?: unknown[] }
    expect(order.shippingInfoUpload.status).toBe('uploaded')
    expect(order.pendingEffects ?? []).toEqual([])
  })

  it('twenty cron runs at once carry an effect out once', async () => {
    const buyer = 'outbox-race'
    const product = putProduct(t, [{ price: 5_000, stock: 2 }])
    const address = await addressFor(t, buyer)
    const { orderId } = expectOk(await buyNow(t, buyer, address._id, product, 1)) as OrderCreateOutput
    await payFor(t, buyer, orderId)
    t.fakes.openapi.failNext('wxa.sec.order.uploadShippingInfo', 48001, 'api unauthorized')
    expectOk(await t.call('admin', 'adminOrders.ship', { orderId, carrierCode: 'shunfeng', waybillNo: 'SF7000000002' }, OWNER))
    const before = (await uploads()).length
    await Promise.all(Array.from({ length: 20 }, () => tick(t, Date.now() + 5 * 60_000)))
    expect((await uploads()).length).toBe(before + 1)
  })

  it('a shopper cannot see or retry jobs', async () => {
    expect(await t.call('admin', 'outbox.list', { page: 1, pageSize: 20 }, 'some-shopper')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
