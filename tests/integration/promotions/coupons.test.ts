/**
 * Promotions and coupons through the built bundles: the merchant sets up 满减 and a coupon template, a
 * shopper claims it, the quote applies the best combination line by line, the order locks the coupon,
 * a cancel gives it back, paying uses it, a partial refund returns the line's allocated share, and a
 * coupon that covers everything makes a ¥0 order that is paid and ships without a prepay.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AdminOrderDetail } from '../../../cloudfunctions/contracts/admin-orders'
import type { AfterSale } from '../../../cloudfunctions/contracts/aftersale'
import type { Quote } from '../../../cloudfunctions/contracts/checkout'
import type { OrderCreateOutput, OrderDetail } from '../../../cloudfunctions/contracts/order'
import type { CouponCentreOutput, MyCoupon, PromotionRow, PromotionStats } from '../../../cloudfunctions/contracts/promotion'
import { addressFor, expectOk, getOrder, newRequestId, OWNER, payFor, putProduct, startOrdersCloud, tick, type OrdersCloud } from '../orders/orders-kit'

let t: OrdersCloud
beforeEach(async () => {
  t = await startOrdersCloud()
})
afterEach(async () => {
  await t.close()
})

const DAY = 86_400_000
const window = () => ({ startAt: Date.now() - DAY, endAt: Date.now() + 30 * DAY })

async function fullReduction(threshold: number, off: number) {
  return expectOk(
    await t.call<PromotionRow>('admin', 'promotions.save', {
      name: `满${threshold / 100}减${off / 100}`,
      ...window(),
      conditions: [{ code: 'minAmount', args: { amountFen: threshold } }],
      actions: [{ code: 'amountOff', args: { amountFen: off } }],
    }, OWNER),
  )
}

async function template(over: Record<string, unknown> = {}) {
  return expectOk(
    await t.call<PromotionRow>('admin', 'promotions.saveTemplate', {
      name: '新人券',
      benefit: { kind: 'amountOff', amountOffFen: 2000 },
      thresholdFen: 10000,
      scope: { kind: 'all' },
      validity: { kind: 'afterClaim', days: 7 },
      perUserLimit: 1,
      totalQuantity: 100,
      claimable: true,
      ...window(),
      ...over,
    }, OWNER),
  )
}

const claim = async (openid: string, templateId: string) => expectOk(await t.call<MyCoupon>('shop', 'coupons.claim', { templateId }, openid))
const centre = async (openid: string) => expectOk(await t.call<CouponCentreOutput>('shop', 'coupons.centre', {}, openid))

describe('coupons and promotions', () => {
  it('claims once per limit, quotes 满减 + the best coupon line by line, locks it, a cancel gives it back, paying uses it', async () => {
    await fullReduction(30000, 3000)
    const tpl = await template()
    const shopper = 'coupon-shopper'
    expect((await centre(shopper)).claimable).toEqual([expect.objectContaining({ templateId: tpl._id, left: 1, inStock: true })])
    const mine = await claim(shopper, tpl._id)
    expect(mine).toMatchObject({ state: 'available', benefit: { kind: 'amountOff', amountOffFen: 2000 }, thresholdFen: 10000 })
    const again = await t.call('shop', 'coupons.claim', { templateId: tpl._id }, shopper)
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'error.coupon.limitReached' } })

    const a = putProduct(t, [{ price: 20000, stock: 5 }])
    const b = putProduct(t, [{ price: 10000, stock: 5 }])
    const address = await addressFor(t, shopper)
    expectOk(await t.call('shop', 'cart.add', { productId: a._id, skuId: a.skus[0].skuId, quantity: 1 }, shopper))
    expectOk(await t.call('shop', 'cart.add', { productId: b._id, skuId: b.skus[0].skuId, quantity: 1 }, shopper))
    const q = expectOk(await t.call<Quote>('shop', 'checkout.quote', { source: { fromCart: true }, addressId: address._id }, shopper))
    // cart lines newest first
    expect(q.lines.map((l) => [l.kind, l.amount, l.reason.key])).toEqual([
      ['item', 10000, 'price.item'],
      ['item', 20000, 'price.item'],
      ['fullReduction', -3000, 'price.fullReduction'],
      ['coupon', -2000, 'price.coupon.threshold'],
      ['shipping', 0, 'price.shipping.free'],
    ])
    expect(q).toMatchObject({ payable: 25000, discountTotal: 5000 })
    expect(q.coupons).toMatchObject({ chosenId: mine.couponId, bestId: mine.couponId, options: [expect.objectContaining({ couponId: mine.couponId, saving: 2000 })] })
    // 满减 ¥30 over ¥100 / ¥200 → 10 / 20; the ¥20 coupon over what is left (90 / 180) → 6.67 / 13.33
    expect(q.allocation).toEqual([
      { skuId: b.skus[0].skuId, discountShare: 1667, paidShare: 8333 },
      { skuId: a.skus[0].skuId, discountShare: 3333, paidShare: 16667 },
    ])
    // 不使用
    const without = expectOk(await t.call<Quote>('shop', 'checkout.quote', { source: { fromCart: true }, couponId: null }, shopper))
    expect(without).toMatchObject({ payable: 27000, coupons: { chosenId: null, bestId: mine.couponId } })

    const first = expectOk(await t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { fromCart: true }, addressId: address._id }, shopper))
    expect(first).toMatchObject({ payable: 25000, state: 'pending_payment', paymentNeeded: true })
    expect((await centre(shopper)).mine).toEqual([expect.objectContaining({ couponId: mine.couponId, state: 'locked', orderId: first.orderId })])
    // a locked coupon is not offered to another checkout
    const elsewhere = expectOk(await t.call<Quote>('shop', 'checkout.quote', { source: { buyNow: { productId: a._id, skuId: a.skus[0].skuId, quantity: 2 } } }, shopper))
    expect(elsewhere.coupons!.options).toEqual([])
    expectOk(await t.call<OrderDetail>('shop', 'order.cancel', { orderId: first.orderId }, shopper))
    expect((await centre(shopper)).mine).toEqual([expect.objectContaining({ couponId: mine.couponId, state: 'available', orderId: null })])

    expectOk(await t.call('shop', 'cart.add', { productId: a._id, skuId: a.skus[0].skuId, quantity: 1 }, shopper))
    expectOk(await t.call('shop', 'cart.add', { productId: b._id, skuId: b.skus[0].skuId, quantity: 1 }, shopper))
    const second = expectOk(await t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { fromCart: true }, addressId: address._id, couponId: mine.couponId }, shopper))
    expect(second.payable).toBe(25000)
    await payFor(t, shopper, second.orderId)
    expect((await centre(shopper)).mine).toEqual([expect.objectContaining({ couponId: mine.couponId, state: 'used' })])
    const order = await getOrder(t, shopper, second.orderId)
    expect(order.items.map((i) => [i.paidShare, i.discountShare])).toEqual([[8333, 1667], [16667, 3333]])

    // a partial refund of line b returns its allocated share, not its list price
    const request = expectOk(
      await t.call<AfterSale>('shop', 'aftersale.request', { orderId: second.orderId, kind: 'refund_only', lines: [{ skuId: b.skus[0].skuId, quantity: 1 }], reason: '不想要了', photos: [] }, shopper),
    )
    expect(request.refundAmount).toBe(8333)
    expectOk(await t.call('admin', 'afterSales.approve', { id: request._id, note: '同意' }, OWNER))
    await t.fakes.pay.settled()
    expect((await t.fakes.pay.listRefunds()).map((r) => r.refundFee)).toEqual([8333])

    // the merchant sees what each promotion cost and brought
    const stats = expectOk(await t.call<PromotionStats>('admin', 'promotions.stats', { id: tpl._id }, OWNER))
    expect(stats).toMatchObject({ orders: 1, discountFen: 2000, revenueFen: 25000 - 8333, claimed: 1, used: 1 })
  })

  it('a coupon locked by an order that times out is usable again', async () => {
    const tpl = await template({ thresholdFen: 0, benefit: { kind: 'amountOff', amountOffFen: 500 } })
    const shopper = 'timeout-shopper'
    const c = await claim(shopper, tpl._id)
    const p = putProduct(t, [{ price: 12000, stock: 5 }])
    const address = await addressFor(t, shopper)
    const created = expectOk(await t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { buyNow: { productId: p._id, skuId: p.skus[0].skuId, quantity: 1 } }, addressId: address._id }, shopper))
    expect(created.payable).toBe(11500)
    await tick(t, Date.now() + 31 * 60_000)
    expect((await getOrder(t, shopper, created.orderId)).state).toBe('cancelled')
    expect((await centre(shopper)).mine).toEqual([expect.objectContaining({ couponId: c.couponId, state: 'available' })])
  })

  it('a coupon covering everything makes a ¥0 order: paid at once, no prepay, ships without a shipping-info upload', async () => {
    expectOk(await t.call('admin', 'promotions.saveSettings', { floorPercent: 0, firstOrderExclusive: true, couponMaxAmountFen: 50000 }, OWNER))
    const tpl = await template({ thresholdFen: 0, benefit: { kind: 'amountOff', amountOffFen: 50000 }, freeShipping: true, name: '免单券' })
    const shopper = 'free-shopper'
    await claim(shopper, tpl._id)
    const p = putProduct(t, [{ price: 3000, stock: 5 }])
    const address = await addressFor(t, shopper)
    const q = expectOk(await t.call<Quote>('shop', 'checkout.quote', { source: { buyNow: { productId: p._id, skuId: p.skus[0].skuId, quantity: 1 } } }, shopper))
    expect(q.lines.map((l) => [l.kind, l.amount])).toEqual([['item', 3000], ['coupon', -3000], ['shipping', 0]])
    const created = expectOk(await t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { buyNow: { productId: p._id, skuId: p.skus[0].skuId, quantity: 1 } }, addressId: address._id }, shopper))
    expect(created).toMatchObject({ payable: 0, state: 'paid', paymentNeeded: false, payDeadline: null })
    expect(await t.fakes.pay.listPrepays()).toEqual([])
    const order = await getOrder(t, shopper, created.orderId)
    expect(order.stateLog.at(-1)).toMatchObject({ from: 'pending_payment', to: 'paid', event: 'pay', actor: { kind: 'system' } })
    expect((await centre(shopper)).mine[0].state).toBe('used')
    const shipped = expectOk(await t.call<AdminOrderDetail>('admin', 'adminOrders.ship', { orderId: created.orderId, carrierCode: 'shunfeng', waybillNo: 'SF0000000001' }, OWNER))
    expect(shipped.state).toBe('shipped')
    const after = t.cloud.store.collection('orders').get(created.orderId) as unknown as { shippingInfoUpload: { status: string } }
    expect(after.shippingInfoUpload.status).toBe('skipped')
  })

  it('refuses bad promotions, templates above the cap, a coupon that does not apply, and a paused template', async () => {
    const bad = await t.call('admin', 'promotions.save', { name: 'x', ...window(), conditions: [], actions: [{ code: 'percentOff', args: { percent: 150 } }] }, OWNER)
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', key: 'error.promotion.badStrategy' } })
    const tooBig = await t.call('admin', 'promotions.saveTemplate', {
      name: '大券', benefit: { kind: 'amountOff', amountOffFen: 60000 }, thresholdFen: 0, scope: { kind: 'all' }, validity: { kind: 'afterClaim', days: 7 },
      perUserLimit: 1, totalQuantity: 1, claimable: true, ...window(),
    }, OWNER)
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', key: 'error.coupon.aboveMax' } })
    const tpl = await template({ thresholdFen: 99900, benefit: { kind: 'amountOff', amountOffFen: 100 } })
    const c = await claim('picky', tpl._id)
    const p = putProduct(t, [{ price: 3000, stock: 5 }])
    const address = await addressFor(t, 'picky')
    const refused = await t.call('shop', 'order.create', { clientRequestId: newRequestId(), source: { buyNow: { productId: p._id, skuId: p.skus[0].skuId, quantity: 1 } }, addressId: address._id, couponId: c.couponId }, 'picky')
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'error.coupon.notApplicable' } })
    expect(t.cloud.store.collection('orders').count()).toBe(0)
    expectOk(await t.call('admin', 'promotions.setStatus', { id: tpl._id, status: 'paused' }, OWNER))
    expect(await t.call('shop', 'coupons.claim', { templateId: tpl._id }, 'other')).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'error.coupon.notClaimable' } })
    const audit = t.cloud.store.collection('audit_log').find({}) as unknown as { action: string }[]
    expect(audit.map((a) => a.action).sort()).toEqual(['promotions.saveTemplate', 'promotions.setStatus'])
  })

  it('a total quantity of 3 gives exactly 3 coupons to 10 shoppers claiming at once', async () => {
    const tpl = await template({ totalQuantity: 3 })
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => t.call('shop', 'coupons.claim', { templateId: tpl._id }, `racer-${i}`)))
    expect(results.filter((r) => r.ok)).toHaveLength(3)
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error.key === 'error.coupon.soldOut')).toBe(true)
    expect(t.cloud.store.collection('coupons').count()).toBe(3)
  })
})
