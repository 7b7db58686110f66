/**
 * Membership end to end on the local cloud: levels from completed spend, points earned on completion and
 * reversed in proportion to refunds (fen- and point-exact, once under repeated callbacks and cron reruns),
 * points held at checkout and given back, thresholds changed by the merchant applied by the nightly run.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AfterSale } from '../../../cloudfunctions/contracts/aftersale'
import type { MeLedgerOutput, MeProfileOutput } from '../../../cloudfunctions/contracts/member'
import type { OrderCreateOutput } from '../../../cloudfunctions/contracts/order'
import { DEFAULT_MEMBERSHIP_SETTINGS, type MembershipSettings } from '../../../cloudfunctions/domain/membership/member-pricing'
import { addressFor, expectOk, newRequestId, OWNER, payFor, putProduct, tick } from '../orders/orders-kit'
import { removeMemberDirs, startMemberCloud, type MemberCloud } from './member-cloud'

let t: MemberCloud
beforeEach(async () => {
  t = await startMemberCloud()
})
afterEach(() => t.close())
afterAll(() => removeMemberDirs())

const settings = (over: Partial<MembershipSettings> = {}): MembershipSettings => ({
  ...DEFAULT_MEMBERSHIP_SETTINGS,
  levels: [
    { key: 'quartz', name: '白水晶', thresholdFen: 0, discountPercent: 100, freeShipping: false, birthdayCouponFen: 1000 },
    { key: 'amethyst', name: '紫水晶', thresholdFen: 19_998, discountPercent: 95, freeShipping: false, birthdayCouponFen: 2000 },
    { key: 'diamond', name: '钻石', thresholdFen: 1_000_000, discountPercent: 90, freeShipping: true, birthdayCouponFen: 5000 },
  ],
  ...over,
})

const profile = async (openid: string) => expectOk(await t.call<MeProfileOutput>('shop', 'me.profile', {}, openid))
const ledger = async (openid: string) => expectOk(await t.call<MeLedgerOutput>('shop', 'me.ledger', {}, openid))

/** Buy `quantity` of a fresh product at `price`, pay (callback delivered `times` times), ship, confirm. */
async function completedOrder(openid: string, price: number, quantity = 1, times = 1) {
  const p = putProduct(t, [{ price, stock: 10 }])
  const address = await addressFor(t, openid)
  const created = expectOk(
    await t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { buyNow: { productId: p._id, skuId: p.skus[0].skuId, quantity } }, addressId: address._id }, openid),
  )
  await payFor(t, openid, created.orderId, { times })
  expectOk(await t.call('admin', 'adminOrders.ship', { orderId: created.orderId, carrierCode: 'shunfeng', waybillNo: `SF${Math.floor(Math.random() * 1e10)}` }, OWNER))
  expectOk(await t.call('shop', 'order.confirmReceipt', { orderId: created.orderId }, openid))
  return { product: p, created }
}

async function refundUnits(openid: string, orderId: string, skuId: string, quantity: number) {
  const as = expectOk(await t.call<AfterSale>('shop', 'aftersale.request', { orderId, kind: 'refund_only', lines: [{ skuId, quantity }], reason: '不想要了', photos: [] }, openid))
  expectOk(await t.call('admin', 'afterSales.approve', { id: as._id, note: '同意' }, OWNER))
  await t.fakes.pay.settled()
  return as
}

describe('levels and points from orders', () => {
  it('raises the level exactly at the threshold, earns points on completion only, and counts a repeated pay callback once', async () => {
    expectOk(await t.call('admin', 'membership.saveSettings', settings(), OWNER))
    const buyer = 'lv-buyer'
    // ¥99.99 each (free shipping from ¥99): 9 999 fen paid per order, 99 points (whole yuan).
    const first = await completedOrder(buyer, 9_999, 1, 3)
    let me = await profile(buyer)
    expect(me).toMatchObject({ level: 'quartz', points: 99, progress: { spentFen: 9_999, toNextFen: 9_999, percent: 50 } })
    expect(me.progress.next?.key).toBe('amethyst')
    // Paid but not completed: no points, no spend yet.
    const p = putProduct(t, [{ price: 9_999, stock: 10 }])
    const address = await addressFor(t, buyer)
    const pending = expectOk(await t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { buyNow: { productId: p._id, skuId: p.skus[0].skuId, quantity: 1 } }, addressId: address._id }, buyer))
    await payFor(t, buyer, pending.orderId, { times: 2 })
    me = await profile(buyer)
    expect(me).toMatchObject({ level: 'quartz', points: 99, progress: { spentFen: 9_999 }, orderCounts: { to_ship: 1 } })
    expectOk(await t.call('admin', 'adminOrders.ship', { orderId: pending.orderId, carrierCode: 'shunfeng', waybillNo: 'SF5550001111' }, OWNER))
    expect((await profile(buyer)).orderCounts.to_receive).toBe(1)
    expectOk(await t.call('shop', 'order.confirmReceipt', { orderId: pending.orderId }, buyer))
    me = await profile(buyer)
    // 9 999 + 9 999 = 19 998 = the threshold: amethyst exactly there.
    expect(me).toMatchObject({ level: 'amethyst', points: 198, progress: { spentFen: 19_998 }, levelInfo: { discountPercent: 95 } })
    // Cron reruns and outbox sweeps book nothing more.
    await tick(t, Date.now() + 60_000)
    await tick(t, Date.now() + 120_000)
    await t.probe('probe.cron', { at: Date.now() + 180_000, nightly: false })
    const l = await ledger(buyer)
    expect(l.balance).toBe(198)
    expect(l.items.map((e) => [e.kind, e.points])).toEqual([
      ['earn', 99],
      ['earn', 99],
    ])
    expect(l.items[1].reason).toMatchObject({ key: 'reason.points.earned', params: { orderNo: expect.any(String) } })
    const booked = t.cloud.store.collection('members').get(buyer) as unknown as { paidOrderCount: number }
    expect(booked.paidOrderCount).toBe(2)
    void first
  })

  it('refunding half an order reverses half its points and lowers the spend fen-exactly; cron reruns change nothing', async () => {
    expectOk(await t.call('admin', 'membership.saveSettings', settings(), OWNER))
    const buyer = 'half-back'
    // 2 × ¥49.99 = 9 998 fen → 99 points; refund one unit (4 999 fen): kept floor(99 × 4 999 / 9 998) = 49.
    const { product, created } = await completedOrder(buyer, 4_999, 2)
    expect((await profile(buyer)).points).toBe(99)
    await refundUnits(buyer, created.orderId, product.skus[0].skuId, 1)
    let me = await profile(buyer)
    expect(me).toMatchObject({ points: 49, progress: { spentFen: 4_999 } })
    await tick(t, Date.now() + 60_000)
    await t.probe('probe.cron', { at: Date.now() + 120_000, nightly: false })
    me = await profile(buyer)
    expect(me).toMatchObject({ points: 49, progress: { spentFen: 4_999 } })
    const l = await ledger(buyer)
    expect(l.items.map((e) => [e.kind, e.points, e.balanceAfter])).toEqual([
      ['reverse', -50, 49],
      ['earn', 99, 99],
    ])
    expect(l.items[0].reason.key).toBe('reason.points.reversed')
    // The other half: everything reversed, nothing spent, not a paid order any more.
    await refundUnits(buyer, created.orderId, product.skus[0].skuId, 1)
    me = await profile(buyer)
    expect(me).toMatchObject({ points: 0, progress: { spentFen: 0 } })
    expect((t.cloud.store.collection('members').get(buyer) as unknown as { paidOrderCount: number }).paidOrderCount).toBe(0)
  })
})

describe('points held at checkout', () => {
  it('holds never below zero, once per order; release gives back once; concurrent holds cannot overdraw', async () => {
    expectOk(await t.call('admin', 'membership.saveSettings', settings(), OWNER))
    const buyer = 'holder'
    await completedOrder(buyer, 9_999) // 99 points
    const over = await t.call('memberProbe' as never, 'probe.hold', { orderId: 'o-over', points: 100 }, buyer)
    expect(over.ok === false && over.error.code).toBe('CONFLICT')
    await t.probe('probe.hold', { orderId: 'o-1', points: 60 }, buyer)
    await t.probe('probe.hold', { orderId: 'o-1', points: 60 }, buyer) // a retried step
    expect((await profile(buyer)).points).toBe(39)
    // Two orders racing for the remaining 39: at most one wins.
    const race = await Promise.all([
      t.call('memberProbe' as never, 'probe.hold', { orderId: 'o-2', points: 30 }, buyer),
      t.call('memberProbe' as never, 'probe.hold', { orderId: 'o-3', points: 30 }, buyer),
    ])
    expect(race.filter((r) => r.ok)).toHaveLength(1)
    expect((await profile(buyer)).points).toBe(9)
    await t.probe('probe.release', { orderId: 'o-1' }, buyer)
    await t.probe('probe.release', { orderId: 'o-1' }, buyer)
    expect((await profile(buyer)).points).toBe(69)
    const kinds = (await ledger(buyer)).items.map((e) => [e.kind, e.points])
    expect(kinds.filter(([k]) => k === 'release')).toEqual([['release', 60]])
    expect(kinds.filter(([k]) => k === 'redeem')).toHaveLength(2)
  })
})

describe('points of an order: cancel gives them back, a refund returns its share', () => {
  it('cancelling an unpaid order releases its held points once; half a refund returns half the redeemed points (in the shopper\'s favour)', async () => {
    expectOk(await t.call('admin', 'membership.saveSettings', settings(), OWNER))
    const buyer = 'spender'
    await completedOrder(buyer, 9_999) // 99 points
    const address = await addressFor(t, buyer)
    const p = putProduct(t, [{ price: 4_999, stock: 10 }])
    const place = async (quantity: number, usePoints?: number) =>
      expectOk(await t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { buyNow: { productId: p._id, skuId: p.skus[0].skuId, quantity } }, addressId: address._id, ...(usePoints ? { usePoints } : {}) }, buyer))
    // Spent at checkout (held by the order-create workflow), then the buyer cancels: back once.
    const cancelled = await place(1, 40)
    const spent = (t.cloud.store.collection('orders').get(cancelled.orderId) as unknown as { pointsUsed: number }).pointsUsed
    expect(spent).toBeGreaterThan(0)
    expect((await profile(buyer)).points).toBe(99 - spent)
    expectOk(await t.call('shop', 'order.cancel', { orderId: cancelled.orderId }, buyer))
    await tick(t, Date.now() + 60_000)
    expect((await profile(buyer)).points).toBe(99)
    // An order that spent no points parks no release at all (EFFECTS `when`), and the balance stays.
    const plain = await place(1)
    expectOk(await t.call('shop', 'order.cancel', { orderId: plain.orderId }, buyer))
    await tick(t, Date.now() + 60_000)
    expect((await profile(buyer)).points).toBe(99)
    const releases = (orderId: string) => t.cloud.store.collection('outbox').find({ effect: 'member.releasePoints', entityId: orderId } as never)
    expect(releases(cancelled.orderId)).toHaveLength(1)
    expect(releases(plain.orderId)).toHaveLength(0)
    // Held on an order that is paid, completed, then half refunded: 31 redeemed → 16 come back.
    const kept = await place(2)
    await t.probe('probe.hold', { orderId: kept.orderId, points: 31 }, buyer)
    await payFor(t, buyer, kept.orderId)
    expectOk(await t.call('admin', 'adminOrders.ship', { orderId: kept.orderId, carrierCode: 'shunfeng', waybillNo: 'SF7770001111' }, OWNER))
    expectOk(await t.call('shop', 'order.confirmReceipt', { orderId: kept.orderId }, buyer))
    const payable = kept.payable
    const earned = Math.floor(payable / 100)
    expect((await profile(buyer)).points).toBe(99 - 31 + earned)
    await refundUnits(buyer, kept.orderId, p.skus[0].skuId, 1)
    const refunded = 4_999
    const keptEarned = Math.floor((earned * (payable - refunded)) / payable)
    const returned = 31 - Math.floor((31 * (payable - refunded)) / payable)
    expect((await profile(buyer)).points).toBe(99 - 31 + keptEarned + returned)
    const kinds = (await ledger(buyer)).items.map((e) => e.kind)
    expect(kinds.filter((k) => k === 'release')).toHaveLength(1)
    expect(kinds.filter((k) => k === 'return')).toHaveLength(1)
  })
})

describe('merchant thresholds and the nightly run', () => {
  it('a lowered threshold lifts members at the next nightly run; a raised one never downgrades mid-year unless the setting says so', async () => {
    expectOk(await t.call('admin', 'membership.saveSettings', settings(), OWNER))
    const buyer = 'relevel'
    await completedOrder(buyer, 9_999)
    expect((await profile(buyer)).level).toBe('quartz')
    const lower = settings()
    lower.levels[1].thresholdFen = 9_000
    expectOk(await t.call('admin', 'membership.saveSettings', lower, OWNER))
    // 03:00 Beijing on a fixed mid-year day, so the three nights below never straddle a new year.
    const night = Date.parse('2027-06-10T03:00:00+08:00')
    expect((await profile(buyer)).level).toBe('quartz') // not before the nightly run
    const run = await t.probe<{ report: { relevelled: number } }>('probe.cron', { at: night })
    expect(run.report.relevelled, JSON.stringify(run)).toBeGreaterThanOrEqual(1)
    expect((await profile(buyer)).level).toBe('amethyst')
    const again = await t.probe<{ report: { relevelled: number } }>('probe.cron', { at: night + 60_000 })
    expect(again.report.relevelled).toBe(0)
    // Raised back above the spend: kept this year.
    expectOk(await t.call('admin', 'membership.saveSettings', settings(), OWNER))
    await t.probe('probe.cron', { at: night + 86_400_000 })
    expect((await profile(buyer)).level).toBe('amethyst')
    // …unless downgrades mid-year are allowed.
    expectOk(await t.call('admin', 'membership.saveSettings', settings({ downgradeMidYear: true }), OWNER))
    await t.probe('probe.cron', { at: night + 2 * 86_400_000 })
    expect((await profile(buyer)).level).toBe('quartz')
    const sizes = expectOk(await t.call<{ sizes: Record<string, number> }>('admin', 'membership.segments', {}, OWNER))
    // Last paid months before that night: dormant.
    expect(sizes.sizes.dormant).toBe(1)
  })
})
