/**
 * Acceptance 2: the Kuaidi100 adapter against a local stub replaying Kuaidi100's shapes. The query's
 * sign matches a vector computed independently (Python hashlib, see below); the push subscription
 * names our HTTP-access callback; genuine pushes are merged once, a forged one changes nothing; a
 * second query of a waybill within 30 minutes is not sent; every error code becomes a clear status.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrderCreateOutput, OrderDetail } from '../../../cloudfunctions/contracts/order'
import type { OrderTrackingOutput } from '../../../cloudfunctions/contracts/logistics'
import { createLocalServer, listen } from '../../../local-cloud/http/server'
import type { LocalCloud } from '../../../local-cloud/runtime/local-cloud'
import { kuaidi100Result, QUERY_ERRORS, startKuaidi100Replay, type Kuaidi100Replay } from '../../kit/kuaidi100-replay'
import { addressFor, buyNow, expectOk, getOrder, OWNER, payFor, putProduct, startOrdersCloud, tick, type OrdersCloud } from '../orders/orders-kit'

const SALT = 'replay-salt-01'
let t: OrdersCloud
let stub: Kuaidi100Replay
let door: Server
let cloudRef: LocalCloud | null = null

beforeAll(async () => {
  stub = await startKuaidi100Replay({ customer: 'REPLAYCUSTOMER', key: 'replay-key-001' })
  // WeChat Cloud's HTTP access door of the local cloud, listening before the functions learn its URL.
  door = createLocalServer({ cloud: { invoke: (fn, event, id) => cloudRef!.invoke(fn, event, id) }, h5Dir: mkdtempSync(join(tmpdir(), 'jf-h5-')) })
  const port = await listen(door, 0)
  t = await startOrdersCloud({
    env: {
      JF_CARRIER: 'kuaidi100',
      JF_KUAIDI100_CUSTOMER: stub.customer,
      JF_KUAIDI100_KEY: stub.key,
      JF_KUAIDI100_API_BASE: stub.url,
      JF_KUAIDI100_CALLBACK_URL: `http://127.0.0.1:${port}/api/http/carrierNotify`,
      JF_KUAIDI100_SALT: SALT,
    },
  })
  cloudRef = t.cloud
})
afterAll(async () => {
  await t?.close()
  await stub?.close()
  await new Promise((r) => door?.close(r))
})

type Doc = { state: string; events: { id: string; status: string }[]; version: number; problem: { key: string } | null; nextPollAt: number; lastQueryAt: number | null; subscription: string }
const shipment = (id: string) => t.cloud.store.collection('shipments').get(id) as unknown as Doc

async function shipped(buyer: string, carrierCode: string, waybillNo: string) {
  const product = putProduct(t, [{ price: 5_000, stock: 3 }])
  const address = await addressFor(t, buyer)
  const { orderId } = expectOk(await buyNow(t, buyer, address._id, product, 1)) as OrderCreateOutput
  await payFor(t, buyer, orderId)
  const order = expectOk(await t.call<OrderDetail>('admin', 'adminOrders.ship', { orderId, carrierCode, waybillNo }, OWNER))
  return { orderId, shipmentId: order.shipments[0].shipmentId }
}

const nodes = [
  { time: '2026-12-01 18:20:11', context: '【上海市】快件已由【上海徐汇营业部】揽收', status: '揽收' },
  { time: '2026-12-02 02:41:09', context: '【上海市】快件已到达【上海转运中心】', status: '在途' },
]

describe('Kuaidi100 adapter', () => {
  it('subscribes the waybill for push with our callback and salt', async () => {
    await shipped('k100-sub', 'YTO', 'YT1000000000001')
    const sub = stub.subscriptions.find((s) => s.number === 'YT1000000000001')
    expect(sub).toMatchObject({ company: 'yuantong', key: stub.key, salt: SALT })
    expect(sub!.callbackurl).toMatch(/\/api\/http\/carrierNotify$/)
  })

  it('signs the query exactly like an independently computed vector, and asks a waybill at most once per 30 minutes', async () => {
    const { orderId } = await shipped('k100-query', 'YTO', 'YT2000000000001')
    stub.queueQuery(kuaidi100Result('yuantong', 'YT2000000000001', '0', [...nodes].reverse()))
    const before = stub.queries.length
    const first = expectOk(await t.call<OrderTrackingOutput>('shop', 'order.tracking', { orderId, refresh: true }, 'k100-query'))
    expect(stub.queries.length).toBe(before + 1)
    // python3 -c "import hashlib; p='{\"com\":\"yuantong\",\"num\":\"YT2000000000001\",\"resultv2\":\"1\"}'; print(hashlib.md5((p+'replay-key-001'+'REPLAYCUSTOMER').encode()).hexdigest().upper())"
    expect(stub.queries.at(-1)).toEqual({
      customer: 'REPLAYCUSTOMER',
      param: '{"com":"yuantong","num":"YT2000000000001","resultv2":"1"}',
      sign: 'C81557C256F11D1CE4CC48028CF3DC79',
      signOk: true,
    })
    expect(first.parcels[0].events.map((e) => e.status)).toEqual(['in_transit', 'picked_up'])
    // Again at once: the page shows what is stored, no second query reaches Kuaidi100.
    const again = expectOk(await t.call<OrderTrackingOutput>('shop', 'order.tracking', { orderId, refresh: true }, 'k100-query'))
    expect(stub.queries.length).toBe(before + 1)
    expect(again.parcels[0].events).toHaveLength(2)
    // Nor from cron within the 30 minutes, whatever the poll schedule says.
    await tick(t, Date.now() + 20 * 60_000)
    expect(stub.queries.length).toBe(before + 1)
  })

  it('merges a genuine push once; a forged push changes nothing; sign-off delivers the order', async () => {
    const buyer = 'k100-push'
    const { orderId, shipmentId } = await shipped(buyer, 'YTO', 'YT3000000000001')
    const genuine = await stub.push('YT3000000000001', { status: 'polling', lastResult: kuaidi100Result('yuantong', 'YT3000000000001', '0', [...nodes].reverse()) })
    expect(genuine).toEqual({ status: 200, body: { result: true, returnCode: '200', message: '成功' } })
    expect(shipment(shipmentId).state).toBe('in_transit')
    expect(shipment(shipmentId).events).toHaveLength(2)
    const version = shipment(shipmentId).version

    // The same push again (Kuaidi100 re-pushes when unsure): nothing new.
    await stub.push('YT3000000000001', { status: 'polling', lastResult: kuaidi100Result('yuantong', 'YT3000000000001', '0', [...nodes].reverse()) })
    expect(shipment(shipmentId).version).toBe(version)

    // Forged: claims signed, signed with the wrong salt — refused, nothing moves.
    const signed = [{ time: '2026-12-02 15:02:00', context: '【上海市】已签收，签收人：本人', status: '签收' }, ...[...nodes].reverse()]
    const forged = await stub.push('YT3000000000001', { status: 'shutdown', lastResult: kuaidi100Result('yuantong', 'YT3000000000001', '3', signed) }, { forge: true })
    expect(forged.body).toMatchObject({ result: false })
    const garbage = await stub.push('YT3000000000001', { status: 'shutdown', lastResult: kuaidi100Result('yuantong', 'YT3000000000001', '3', signed) }, { sign: 'not-a-sign' })
    expect(garbage.body).toMatchObject({ result: false })
    expect(shipment(shipmentId).version).toBe(version)
    expect((await getOrder(t, buyer, orderId)).state).toBe('shipped')

    const real = await stub.push('YT3000000000001', { status: 'shutdown', lastResult: kuaidi100Result('yuantong', 'YT3000000000001', '3', signed) })
    expect(real.body).toMatchObject({ result: true, returnCode: '200' })
    expect(shipment(shipmentId).state).toBe('signed')
    expect(shipment(shipmentId).events).toHaveLength(3)
    expect((await getOrder(t, buyer, orderId)).state).toBe('delivered')
  })

  it('maps 疑难 and 拒签 to an exception the merchant sees on the order', async () => {
    const { orderId, shipmentId } = await shipped('k100-trouble', 'YTO', 'YT4000000000001')
    await stub.push('YT4000000000001', {
      status: 'polling',
      lastResult: kuaidi100Result('yuantong', 'YT4000000000001', '14', [{ time: '2026-12-03 10:00:00', context: '收件人拒签，快件将退回', status: '拒签' }]),
    })
    expect(shipment(shipmentId).state).toBe('exception')
    const order = expectOk(await t.call<OrderDetail & { logisticsAlert: { reason: { key: string } } }>('admin', 'adminOrders.get', { orderId }, OWNER))
    expect(order.logisticsAlert).toMatchObject({ shipmentId, reason: { key: 'reason.tracking.exception' } })
  })

  it.each([
    ['phoneNeeded', 'reason.tracking.phoneRequired', false],
    ['rateLimited', 'reason.tracking.rateLimited', true],
    ['noData', 'reason.tracking.noData', true],
    ['busy', 'reason.tracking.carrierBusy', true],
    ['expired', 'reason.tracking.accountExpired', false],
    ['badParams', 'reason.tracking.badRequest', false],
  ] as const)('a %s reply becomes %s and backs off (retryable: %s)', async (error, key, retryable) => {
    const waybill = `YT5${String(Object.keys(QUERY_ERRORS).indexOf(error)).padStart(12, '0')}`
    // Only this parcel is due, so the queued reply is its answer.
    t.cloud.store.collection('shipments').update({}, { $set: { nextPollAt: Number.MAX_SAFE_INTEGER } })
    const { shipmentId } = await shipped(`k100-${error}`, 'YTO', waybill)
    stub.queueQuery(QUERY_ERRORS[error])
    // Timer events carry whole seconds.
    const at = Math.floor((Date.now() + 2 * 60 * 60_000) / 1000) * 1000
    const before = stub.queries.length
    await tick(t, at)
    expect(stub.queries.length).toBeGreaterThan(before)
    const doc = shipment(shipmentId)
    expect(doc.problem).toEqual({ key })
    expect(doc.state).toBe('shipped')
    const wait = doc.nextPollAt - at
    if (retryable) expect(wait).toBeLessThanOrEqual(60 * 60_000)
    else expect(wait).toBe(24 * 60 * 60_000)
  })

  it('a push for a waybill the shop does not hold is acknowledged and ignored', async () => {
    stub.subscriptions.push({ company: 'yuantong', number: 'YT9999999999999', key: stub.key, callbackurl: stub.subscriptions[0].callbackurl, salt: SALT })
    const reply = await stub.push('YT9999999999999', { status: 'polling', lastResult: kuaidi100Result('yuantong', 'YT9999999999999', '0', nodes) })
    expect(reply.body).toMatchObject({ result: true })
    expect(t.cloud.store.collection('shipments').find({ waybillNo: 'YT9999999999999' })).toEqual([])
  })
})
