/**
 * Acceptance 1 and 4 with the simulated carrier: the merchant ships → the carrier advances → its push
 * (or cron's sync) updates the timeline; one notice per node reaches WeChat (with the buyer's consent),
 * the order is delivered on sign, and repeated pushes and syncs add no event and send nothing twice.
 * A split shipment uploads one shipping-info call with the payment id and every parcel's waybill.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrderCreateOutput, OrderDetail, OrderSummary } from '../../../cloudfunctions/contracts/order'
import type { NoticeTemplatesOutput, OrderTrackingOutput } from '../../../cloudfunctions/contracts/logistics'
import type { Page } from '../../../cloudfunctions/contracts/common'
import { addressFor, buyNow, expectOk, getOrder, OWNER, payFor, putProduct, startOrdersCloud, tick, type OrdersCloud } from '../orders/orders-kit'

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
})
afterAll(() => t?.close())

const sends = async (openid: string) => (await t.fakes.openapi.outbox({ api: 'subscribeMessage.send', openid })).filter((e) => e.errcode === 0)
const shipment = (id: string) => t.cloud.store.collection('shipments').get(id) as { state: string; events: { id: string }[]; version: number } | null
const outboxEntries = () => t.cloud.store.collection('outbox').find({}) as { effect: string; entityId: string; state: string }[]

async function consent(openid: string, kinds = ['orderShipped', 'outForDelivery', 'parcelSigned']) {
  const { templates } = expectOk(await t.call<NoticeTemplatesOutput>('shop', 'notice.templates', { kinds }, openid))
  expect(templates.map((x) => x.kind)).toEqual(kinds)
  const results = Object.fromEntries(templates.map((x) => [x.templateId, 'accept']))
  return expectOk(await t.call<{ remaining: Record<string, number> }>('shop', 'notice.consent', { results }, openid))
}

async function paidOrder(buyer: string, skus = [{ price: 9_900, stock: 5 }]) {
  const product = putProduct(t, skus)
  const address = await addressFor(t, buyer)
  const { orderId } = expectOk(await buyNow(t, buyer, address._id, product, 1)) as OrderCreateOutput
  await payFor(t, buyer, orderId)
  return { orderId, product }
}

const pathPush = (waybillId: string, deliveryId = 'SF') =>
  t.cloud.invoke('carrierNotify', { MsgType: 'event', Event: 'add_express_path', DeliveryID: deliveryId, WayBillId: waybillId, OrderId: 'x', Version: 1, Count: 0, Actions: [] }, { openid: null, source: 'wx_msg' })

describe('tracking with the simulated carrier', () => {
  it('ship → advance → timeline, one notice per node, delivered on sign, nothing twice after repeated pushes and syncs', async () => {
    const buyer = 'track-buyer'
    expect((await consent(buyer)).remaining).toEqual({ orderShipped: 1, outForDelivery: 1, parcelSigned: 1 })
    const { orderId } = await paidOrder(buyer)
    const waybill = 'SF1234567890123'
    const shipped = expectOk(await t.call<OrderDetail>('admin', 'adminOrders.ship', { orderId, carrierCode: 'SF', waybillNo: waybill }, OWNER))
    expect(shipped.state).toBe('shipped')
    expect((await sends(buyer)).map((e) => (e.data as { template_id: string }).template_id)).toEqual(['local-tmpl-order-shipped'])

    const id = shipped.shipments[0].shipmentId
    const statuses: string[] = []
    for (let step = 0; step < 4; step++) {
      await t.fakes.carrier.advance(waybill)
      statuses.push(shipment(id)!.state)
      // The list shows the newest node without another request per order.
      const list = expectOk(await t.call<Page<OrderSummary>>('shop', 'order.list', { tab: 'all' }, buyer))
      expect(list.items.find((o) => o._id === orderId)!.latestTrack).toMatchObject({ status: statuses[step] })
    }
    expect(statuses).toEqual(['picked_up', 'in_transit', 'out_for_delivery', 'signed'])
    expect((await getOrder(t, buyer, orderId)).state).toBe('delivered')
    const tracking = expectOk(await t.call<OrderTrackingOutput>('shop', 'order.tracking', { orderId }, buyer))
    expect(tracking.parcels).toHaveLength(1)
    expect(tracking.parcels[0].events.map((e) => e.status)).toEqual(['signed', 'out_for_delivery', 'in_transit', 'picked_up'])

    const templates = (await sends(buyer)).map((e) => (e.data as { template_id: string }).template_id)
    expect(templates).toEqual(['local-tmpl-order-shipped', 'local-tmpl-out-for-delivery', 'local-tmpl-parcel-signed'])
    const page = (await sends(buyer))[0].data as { page: string; data: Record<string, { value: string }> }
    expect(page.page).toBe(`packages/order/logistics/index?id=${orderId}`)
    expect(Object.keys(page.data)).toEqual(['character_string1', 'thing2', 'character_string3', 'time4'])

    // Push again and again, sync from cron, refresh from the page: nothing new.
    const version = shipment(id)!.version
    await Promise.all([pathPush(waybill), pathPush(waybill), pathPush(waybill)])
    await tick(t, Date.now() + 3 * 86_400_000)
    expectOk(await t.call('shop', 'order.tracking', { orderId, refresh: true }, buyer))
    expect(shipment(id)!.events).toHaveLength(4)
    expect(new Set(shipment(id)!.events.map((e) => e.id)).size).toBe(4)
    expect(shipment(id)!.version).toBe(version)
    expect((await sends(buyer)).length).toBe(3)
    const notices = outboxEntries().filter((e) => e.effect.startsWith('notice.') && (e.entityId === id || e.entityId === orderId))
    expect(notices.map((e) => e.effect).sort()).toEqual(['notice.orderShipped', 'notice.outForDelivery', 'notice.parcelSigned'])
    expect(notices.every((e) => e.state === 'done')).toBe(true)
    // Consents are spent one per message: none left, and a further message would not be sent.
    expect((await consent(buyer, ['orderShipped'])).remaining).toMatchObject({ orderShipped: 1, outForDelivery: 0, parcelSigned: 0 })
  })

  it('without a push, cron syncs the parcel; a buyer who gave no consent gets no message', async () => {
    const buyer = 'track-no-consent'
    const { orderId } = await paidOrder(buyer)
    const waybill = 'YT1234567890123'
    const shipped = expectOk(await t.call<OrderDetail>('admin', 'adminOrders.ship', { orderId, carrierCode: 'YTO', waybillNo: waybill }, OWNER))
    const id = shipped.shipments[0].shipmentId
    // The carrier moves but its pushes are lost.
    expect((await t.fakes.carrier.get(waybill))?.followed).toBe(true)
    await t.fakes.carrier.advance(waybill, { push: false })
    await t.fakes.carrier.advance(waybill, { push: false })
    expect(shipment(id)!.state).toBe('shipped')
    const report = await tick(t, Date.now() + 2 * 60 * 60_000)
    expect(report.data).toMatchObject({ trackingSynced: 1 })
    expect(shipment(id)!.state).toBe('in_transit')
    expect((await getOrder(t, buyer, orderId)).shipments[0].track).toMatchObject({ status: 'in_transit' })
    expect(await sends(buyer)).toEqual([])
  })

  it('a split shipment: two parcels, one upload with the payment id and both waybills, delivered when both are signed', async () => {
    const buyer = 'track-split'
    await consent(buyer)
    const { orderId } = await paidOrder(buyer)
    const order = t.cloud.store.collection('orders').get(orderId) as { transactionId: string; items: { skuId: string }[] }
    const shipped = expectOk(
      await t.call<OrderDetail>('admin', 'adminOrders.ship', { orderId, carrierCode: 'ZTO', waybillNo: '75000000000001', moreParcels: [{ carrierCode: 'JD', waybillNo: 'JDVA00000000001' }] }, OWNER),
    )
    expect(shipped.shipments.map((s) => [s.parcelNo, s.waybillNo])).toEqual([
      [1, '75000000000001'],
      [2, 'JDVA00000000001'],
    ])
    const uploads = (await t.fakes.openapi.outbox()).filter((e) => e.api.endsWith('uploadShippingInfo') && (e.data as { order_key: { transaction_id: string } }).order_key.transaction_id === order.transactionId)
    expect(uploads).toHaveLength(1)
    expect(uploads[0].errcode).toBe(0)
    expect(uploads[0].data).toMatchObject({
      order_key: { order_number_type: 2, transaction_id: order.transactionId },
      delivery_mode: 2,
      is_all_delivered: true,
      shipping_list: [
        { tracking_no: '75000000000001', express_company: 'ZTO' },
        { tracking_no: 'JDVA00000000001', express_company: 'JD' },
      ],
    })
    for (let i = 0; i < 4; i++) await t.fakes.carrier.advance('75000000000001')
    expect((await getOrder(t, buyer, orderId)).state).toBe('shipped')
    for (let i = 0; i < 4; i++) await t.fakes.carrier.advance('JDVA00000000001')
    expect((await getOrder(t, buyer, orderId)).state).toBe('delivered')
    const tracking = expectOk(await t.call<OrderTrackingOutput>('shop', 'order.tracking', { orderId }, buyer))
    expect(tracking.parcels.map((p) => [p.parcelNo, p.carrierCode, p.state])).toEqual([
      [1, 'ZTO', 'signed'],
      [2, 'JD', 'signed'],
    ])
  })

  it('ten pushes at once for one node write it once and send one notice', async () => {
    const buyer = 'track-race'
    await consent(buyer)
    const { orderId } = await paidOrder(buyer)
    const waybill = 'SF9999999999999'
    const shipped = expectOk(await t.call<OrderDetail>('admin', 'adminOrders.ship', { orderId, carrierCode: 'SF', waybillNo: waybill }, OWNER))
    const id = shipped.shipments[0].shipmentId
    for (let i = 0; i < 3; i++) await t.fakes.carrier.advance(waybill)
    await Promise.all(Array.from({ length: 10 }, () => pathPush(waybill)))
    expect(shipment(id)!.events).toHaveLength(3)
    expect((await sends(buyer)).map((e) => (e.data as { template_id: string }).template_id)).toEqual(['local-tmpl-order-shipped', 'local-tmpl-out-for-delivery'])
  })

  it('a parcel shipped before tracking existed is followed by cron all the same', async () => {
    const buyer = 'track-legacy'
    const { orderId } = await paidOrder(buyer)
    const shipped = expectOk(await t.call<OrderDetail>('admin', 'adminOrders.ship', { orderId, carrierCode: 'YTO', waybillNo: 'YT7777777777777' }, OWNER))
    const id = shipped.shipments[0].shipmentId
    // Strip it back to the old shape: no version, track, log, events or sync bookkeeping.
    const shipments = t.cloud.store.collection('shipments')
    const old = shipments.get(id) as Record<string, unknown>
    const legacy = Object.fromEntries(Object.entries(old).filter(([k]) => ['_id', 'orderId', 'openid', 'carrierCode', 'waybillNo', 'purpose', 'state', 'shippedAt', 'createdAt', 'updatedAt', 'nextPollAt'].includes(k)))
    shipments.set(id, { ...legacy, nextPollAt: 0 } as never)
    t.cloud.store.collection('orders').update({ _id: orderId }, { $unset: { 'shipments.0.track': '', 'shipments.0.parcelNo': '' } })
    await t.fakes.carrier.advance('YT7777777777777', { push: false })
    await tick(t, Date.now() + 60_000)
    expect(shipment(id)!.state).toBe('picked_up')
    expect((await getOrder(t, buyer, orderId)).shipments[0].track).toMatchObject({ status: 'picked_up' })
  })

  it('one consent is one message: two orders shipped at once for a buyer who allowed one get one notice', async () => {
    const buyer = 'track-one-consent'
    await consent(buyer, ['orderShipped'])
    const a = await paidOrder(buyer)
    const b = await paidOrder(buyer)
    await Promise.all([
      t.call('admin', 'adminOrders.ship', { orderId: a.orderId, carrierCode: 'SF', waybillNo: 'SF5555555555501' }, OWNER),
      t.call('admin', 'adminOrders.ship', { orderId: b.orderId, carrierCode: 'SF', waybillNo: 'SF5555555555502' }, OWNER),
    ])
    // Cron retries whatever an inline attempt left (nothing should send twice).
    await tick(t, Date.now() + 10 * 60_000)
    expect((await sends(buyer)).length).toBe(1)
    const notices = t.cloud.store.collection('notices').find({ openid: buyer }) as { status: string }[]
    expect(notices.map((n) => n.status)).toEqual(['sent'])
  })

  it('refuses a waybill entered twice and a parcel with a line not in the order, changing nothing', async () => {
    const { orderId } = await paidOrder('track-bad')
    expect(await t.call('admin', 'adminOrders.ship', { orderId, carrierCode: 'SF', waybillNo: 'SF1111111111111', moreParcels: [{ carrierCode: 'SF', waybillNo: 'SF1111111111111' }] }, OWNER)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', key: 'error.ship.duplicateWaybill' },
    })
    expect(await t.call('admin', 'adminOrders.ship', { orderId, carrierCode: 'SF', waybillNo: 'SF1111111111112', skuIds: ['not-a-line'] }, OWNER)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', key: 'error.ship.unknownLine' },
    })
    expect((await getOrder(t, 'track-bad', orderId)).state).toBe('paid')
    expect(t.cloud.store.collection('shipments').find({ orderId })).toEqual([])
  })
})
