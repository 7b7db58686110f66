/**
 * 拼团 through the built bundles: a 2-person group that fills has both orders paid and formed (and only
 * then shippable); a group that runs out of time refunds every paid member exactly once and tells each
 * (outbox entries that ran once); a payment reaching a full group is refunded automatically; a fault in
 * the middle of the refund workflow never refunds anyone twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrderCreateOutput, OrderDetail } from '../../../cloudfunctions/contracts/order'
import type { GroupView, ProductSpecials } from '../../../cloudfunctions/contracts/specials'
import type { Product } from '../../../cloudfunctions/contracts/catalog'
import { expectOk, getOrder, newRequestId, OWNER, payFor, productNow, putProduct, startOrdersCloud, tick, type OrdersCloud } from '../orders/orders-kit'
import { addressesFor, createGroupOffer } from './specials-kit'

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
})
afterAll(() => t?.close())

const docs = (name: string, q: Record<string, unknown> = {}) => t.cloud.store.collection(name).find(q) as Record<string, unknown>[]

async function groupBuy(openid: string, product: Product, offerId: string, groupId?: string) {
  const [addressId] = [...(await addressesFor(t, [openid])).values()]
  return t.call<OrderCreateOutput>('shop', 'order.create', {
    clientRequestId: newRequestId(),
    source: { buyNow: { productId: product._id, skuId: product.skus[0].skuId, quantity: 1, group: { offerId, ...(groupId ? { groupId } : {}) } } },
    addressId,
  }, openid)
}

async function startPaidGroup(product: Product, offerId: string, leader: string) {
  const order = expectOk(await groupBuy(leader, product, offerId))
  await payFor(t, leader, order.orderId)
  const detail = await getOrder(t, leader, order.orderId)
  expect(detail.group).toMatchObject({ leader: true, seat: 'taken', formed: false })
  return { order, groupId: detail.group!.groupId }
}

const refundsOf = (orderId: string) => docs('refunds', { orderId })

describe('group buying', () => {
  it('a 2-person group fills: both orders paid and formed, both told, and only then may ship', async () => {
    const product = putProduct(t, [{ price: 9900, stock: 10 }])
    const offer = await createGroupOffer(t, product, { size: 2, price: 5000 })
    const { order: lead, groupId } = await startPaidGroup(product, offer._id, 'grp-leader-a')
    expect(lead.payable).toBe(5000 + 1000) // group price, under the free-shipping threshold

    // Before the group forms, the merchant cannot ship the leader's order.
    const early = await t.call('admin', 'adminOrders.ship', { orderId: lead.orderId, carrierCode: 'SF', waybillNo: 'SF100200300' }, OWNER)
    expect(early.ok ? null : early.error).toMatchObject({ code: 'CONFLICT' })

    const shared = expectOk(await t.call<GroupView>('shop', 'groups.get', { groupId }, 'grp-friend-a'))
    expect(shared).toMatchObject({ seatsLeft: 1, state: 'forming', canJoin: true, mine: false })
    const specials = expectOk(await t.call<ProductSpecials>('shop', 'specials.forProduct', { productId: product._id }, null))
    expect(specials.group?.openGroups).toEqual([expect.objectContaining({ groupId, seatsLeft: 1 })])

    const join = expectOk(await groupBuy('grp-friend-a', product, offer._id, groupId))
    await payFor(t, 'grp-friend-a', join.orderId)

    const group = expectOk(await t.call<GroupView>('shop', 'groups.get', { groupId }, 'grp-friend-a'))
    expect(group).toMatchObject({ state: 'formed', seatsTaken: 2, seatsLeft: 0, mine: true, canJoin: false })
    for (const [who, id] of [['grp-leader-a', lead.orderId], ['grp-friend-a', join.orderId]] as const) {
      const d: OrderDetail = await getOrder(t, who, id)
      expect(d.state).toBe('paid')
      expect(d.group).toMatchObject({ groupId, seat: 'taken', formed: true })
    }
    const formed = docs('outbox', { effect: 'group.formed', entityId: groupId })
    expect(formed).toHaveLength(1)
    expect(formed[0]).toMatchObject({ state: 'done', attempts: 1 })
    expectOk(await t.call('admin', 'adminOrders.ship', { orderId: lead.orderId, carrierCode: 'SF', waybillNo: 'SF100200301' }, OWNER))
    expect(productNow(t, product._id).skus[0].stock).toBe(8)
  })

  it('a payment that reaches a full group is refunded automatically, once', async () => {
    const product = putProduct(t, [{ price: 9900, stock: 10 }])
    const offer = await createGroupOffer(t, product, { size: 2 })
    const { groupId } = await startPaidGroup(product, offer._id, 'grp-leader-b')
    // Two friends open orders while a seat is free; both pay; only the first gets it.
    const first = expectOk(await groupBuy('grp-friend-b1', product, offer._id, groupId))
    const late = expectOk(await groupBuy('grp-friend-b2', product, offer._id, groupId))
    await payFor(t, 'grp-friend-b1', first.orderId)
    await payFor(t, 'grp-friend-b2', late.orderId)
    await t.fakes.pay.settled()
    expect((await getOrder(t, 'grp-friend-b1', first.orderId)).group).toMatchObject({ seat: 'taken', formed: true })
    const refused = await getOrder(t, 'grp-friend-b2', late.orderId)
    expect(refused.state).toBe('refunded')
    expect(refused.refundedAmount).toBe(late.payable)
    expect(refundsOf(late.orderId)).toEqual([expect.objectContaining({ state: 'success', refundFee: late.payable, purpose: expect.objectContaining({ kind: 'groupFailed' }) })])
    expect(docs('groups', { _id: groupId })[0]).toMatchObject({ seatsTaken: 2, status: 'formed' })
  })

  it('a group that times out: each paid member refunded once and told (outbox), orders refunded, stock back', async () => {
    const product = putProduct(t, [{ price: 9900, stock: 10 }])
    const offer = await createGroupOffer(t, product, { size: 3, hours: 1 })
    const { order: lead, groupId } = await startPaidGroup(product, offer._id, 'grp-leader-c')
    const friend = expectOk(await groupBuy('grp-friend-c', product, offer._id, groupId))
    await payFor(t, 'grp-friend-c', friend.orderId)
    // A third shopper opens an order to join but never pays.
    const idle = expectOk(await groupBuy('grp-idle-c', product, offer._id, groupId))
    expect(productNow(t, product._id).skus[0].stock).toBe(7)

    // The group's hour is nearly over while the idle order can still be paid: move its deadline close.
    t.cloud.store.collection('groups').set(groupId, { ...docs('groups', { _id: groupId })[0], expiresAt: Date.now() + 1_000 })
    const past = Date.now() + 120_000
    await tick(t, past)
    await t.fakes.pay.settled()
    await tick(t, past + 60_000)
    await t.fakes.pay.settled()

    expect(docs('groups', { _id: groupId })[0]).toMatchObject({ status: 'failed' })
    for (const [who, o] of [['grp-leader-c', lead], ['grp-friend-c', friend]] as const) {
      const d = await getOrder(t, who, o.orderId)
      expect(d.state).toBe('refunded')
      expect(d.refundedAmount).toBe(o.payable)
      expect(refundsOf(o.orderId)).toHaveLength(1)
      const notices = docs('outbox', { effect: 'group.notifyRefunded', entityId: o.orderId })
      expect(notices).toHaveLength(1)
      expect(notices[0]).toMatchObject({ state: 'done', attempts: 1 })
    }
    expect(docs('outbox', { effect: 'group.refundMembers', entityId: groupId })).toEqual([expect.objectContaining({ state: 'done' })])
    expect((await t.fakes.pay.listRefunds()).filter((r) => r.outTradeNo.startsWith(lead.orderNo) || r.outTradeNo.startsWith(friend.orderNo))).toHaveLength(2)
    expect(await getOrder(t, 'grp-idle-c', idle.orderId)).toMatchObject({ state: 'cancelled', cancelReason: { key: 'reason.order.groupFailedUnpaid' } })
    expect(refundsOf(idle.orderId)).toHaveLength(0)
    expect(productNow(t, product._id).skus[0]).toMatchObject({ stock: 10, sold: 0 })
    // Joining a failed group is refused up front.
    const tooLate = await groupBuy('grp-friend-c2', product, offer._id, groupId)
    expect(tooLate.ok ? null : tooLate.error.code).toBe('CONFLICT')
  })

  it('a fault inside the refund workflow (after the first member) leaves no double refund', async () => {
    const product = putProduct(t, [{ price: 9900, stock: 10 }])
    const offer = await createGroupOffer(t, product, { size: 3, hours: 1 })
    const { order: lead, groupId } = await startPaidGroup(product, offer._id, 'grp-leader-d')
    const friend = expectOk(await groupBuy('grp-friend-d', product, offer._id, groupId))
    await payFor(t, 'grp-friend-d', friend.orderId)

    const past = Date.now() + 2 * 3_600_000
    t.cloud.faults.abortAfter('group.memberRefunded')
    await tick(t, past)
    expect(t.cloud.faults.fired()).toContain('group.memberRefunded')
    await t.fakes.pay.settled()
    // The entry died while running; after its lease the outbox runs it again, with the same refund numbers.
    for (const minutes of [5, 10, 15]) {
      await tick(t, past + minutes * 60_000)
      await t.fakes.pay.settled()
    }
    for (const [who, o] of [['grp-leader-d', lead], ['grp-friend-d', friend]] as const) {
      expect(refundsOf(o.orderId)).toHaveLength(1)
      const d = await getOrder(t, who, o.orderId)
      expect(d).toMatchObject({ state: 'refunded', refundedAmount: o.payable })
    }
    const wechat = (await t.fakes.pay.listRefunds()).filter((r) => r.outTradeNo.startsWith(lead.orderNo) || r.outTradeNo.startsWith(friend.orderNo))
    expect(wechat).toHaveLength(2)
    expect(new Set(wechat.map((r) => r.outRefundNo)).size).toBe(2)
  })
})
