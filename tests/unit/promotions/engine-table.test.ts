/** Every condition, action and stacking default, each with exact fen. */
import { describe, expect, it } from 'vitest'
import { coupon, DAY, goods, kinds, NOW, promo, run, shopper } from './promo-kit'

const fr = (threshold: number, off: number, over = {}) =>
  promo({ conditions: [{ code: 'minAmount', args: { amountFen: threshold } }], actions: [{ code: 'amountOff', args: { amountFen: off } }], ...over })

describe('conditions', () => {
  it('minAmount: 满300减30 applies from ¥300.00, not at ¥299.99', () => {
    expect(kinds(run({ items: [goods('a', 30000)], promotions: [fr(30000, 3000)] }))).toEqual([['item', 30000], ['fullReduction', -3000], ['shipping', 0]])
    expect(kinds(run({ items: [goods('a', 29999)], promotions: [fr(30000, 3000)] }))).toEqual([['item', 29999], ['shipping', 0]])
    const q = run({ items: [goods('a', 30000)], promotions: [fr(30000, 3000)] })
    expect(q.lines[1].reason).toEqual({ key: 'price.fullReduction', params: { threshold: 300, amount: 30 } })
  })

  it('minQuantity: 任选 2 件 立减 ¥5', () => {
    const p = promo({ conditions: [{ code: 'minQuantity', args: { quantity: 2 } }], actions: [{ code: 'amountOff', args: { amountFen: 500 } }] })
    expect(run({ items: [goods('a', 5000, 2)], promotions: [p] }).payable).toBe(9500 + 1000)
    expect(run({ items: [goods('a', 5000, 1)], promotions: [p] }).payable).toBe(5000 + 1000)
  })

  it('scope by category, product and tag narrows what 满减 counts and where the discount goes', () => {
    const items = [goods('a', 20000, 1, { categoryId: 'bead' }), goods('b', 20000, 1, { categoryId: 'ring', tags: ['新品'], productId: 'pb' })]
    const byCat = fr(30000, 3000, { conditions: [{ code: 'scope', args: { kind: 'category', ids: ['bead'] } }, { code: 'minAmount', args: { amountFen: 30000 } }] })
    expect(run({ items, promotions: [byCat] }).discountTotal).toBe(0)
    const byCat2 = fr(20000, 3000, { conditions: [{ code: 'scope', args: { kind: 'category', ids: ['bead'] } }, { code: 'minAmount', args: { amountFen: 20000 } }] })
    const q = run({ items, promotions: [byCat2] })
    expect(q.allocation).toEqual([
      { skuId: 'a', discountShare: 3000, paidShare: 17000 },
      { skuId: 'b', discountShare: 0, paidShare: 20000 },
    ])
    const byProduct = promo({ conditions: [{ code: 'scope', args: { kind: 'product', ids: ['pb'] } }], actions: [{ code: 'amountOff', args: { amountFen: 700 } }] })
    expect(run({ items, promotions: [byProduct] }).allocation!.map((a) => a.discountShare)).toEqual([0, 700])
    const byTag = promo({ conditions: [{ code: 'scope', args: { kind: 'tag', ids: ['新品'] } }], actions: [{ code: 'percentOff', args: { percent: 90 } }] })
    expect(kinds(run({ items, promotions: [byTag] }))).toEqual([['item', 20000], ['item', 20000], ['campaign', -2000], ['shipping', 0]])
    const none = promo({ conditions: [{ code: 'scope', args: { kind: 'tag', ids: ['旧'] } }], actions: [{ code: 'amountOff', args: { amountFen: 700 } }] })
    expect(run({ items, promotions: [none] }).discountTotal).toBe(0)
  })

  it('memberLevel: only the named levels', () => {
    const p = promo({ conditions: [{ code: 'memberLevel', args: { levels: ['citrine'] } }], actions: [{ code: 'amountOff', args: { amountFen: 800 } }] })
    expect(run({ items: [goods('a', 10000)], promotions: [p], member: shopper({ levelKey: 'citrine', discountPercent: 100, freeShipping: false }) }).discountTotal).toBe(800)
    expect(run({ items: [goods('a', 10000)], promotions: [p] }).discountTotal).toBe(0)
  })

  it('segment: a targeted offer for dormant shoppers only', () => {
    const p = promo({ conditions: [{ code: 'segment', args: { segments: ['dormant'] } }], actions: [{ code: 'amountOff', args: { amountFen: 1500 } }] })
    expect(run({ items: [goods('a', 10000)], promotions: [p], member: shopper({ segment: 'dormant' }) }).payable).toBe(8500 + 1000)
    expect(run({ items: [goods('a', 10000)], promotions: [p], member: shopper({ segment: 'active' }) }).payable).toBe(10000)
  })

  it('firstOrder: 首单立减 ¥20 while paidOrderCount is 0', () => {
    const p = promo({ conditions: [{ code: 'firstOrder', args: {} }], actions: [{ code: 'amountOff', args: { amountFen: 2000 } }] })
    const q = run({ items: [goods('a', 15000)], promotions: [p], member: shopper({ paidOrderCount: 0, segment: 'new' }) })
    expect(kinds(q)).toEqual([['item', 15000], ['firstOrder', -2000], ['shipping', 0]])
    expect(q.lines[1].reason).toEqual({ key: 'price.firstOrder', params: { amount: 20 } })
    expect(run({ items: [goods('a', 15000)], promotions: [p] }).discountTotal).toBe(0)
  })

  it('timeWindow: 20:00–22:00 only (start inclusive, end exclusive); a promotion outside its own dates is ignored', () => {
    const p = promo({ conditions: [{ code: 'timeWindow', args: { startAt: NOW, endAt: NOW + 7_200_000 } }], actions: [{ code: 'amountOff', args: { amountFen: 100 } }] })
    expect(run({ items: [goods('a', 10000)], promotions: [p] }).discountTotal).toBe(100)
    expect(run({ items: [goods('a', 10000)], promotions: [p], now: NOW + 7_200_000 }).discountTotal).toBe(0)
    expect(run({ items: [goods('a', 10000)], promotions: [p], now: NOW - 1 }).discountTotal).toBe(0)
    expect(run({ items: [goods('a', 10000)], promotions: [fr(1, 100, { endAt: NOW })] }).discountTotal).toBe(0)
    expect(run({ items: [goods('a', 10000)], promotions: [fr(1, 100, { status: 'paused' })] }).discountTotal).toBe(0)
  })

  it('a promotion with an unknown strategy or bad arguments is ignored, never thrown', () => {
    const bad = [promo({ actions: [{ code: 'nope', args: {} }] }), promo({ actions: [{ code: 'amountOff', args: { amountFen: -5 } }] })]
    expect(run({ items: [goods('a', 10000)], promotions: bad }).payable).toBe(10000)
  })
})

describe('actions', () => {
  it('fixedPrice: 活动价 ¥88 per unit, never above list', () => {
    const p = promo({ actions: [{ code: 'fixedPrice', args: { priceFen: 8800 } }] })
    const q = run({ items: [goods('a', 12800, 2), goods('b', 5000)], promotions: [p] })
    expect(kinds(q)).toEqual([['item', 25600], ['item', 5000], ['campaign', -8000], ['shipping', 0]])
    expect(q.lines[2].reason).toEqual({ key: 'price.campaign.fixed', params: { price: 88 } })
  })

  it('percentOff: 8.5折 rounds the discount down to the fen; the cap bounds the total, shared by line', () => {
    const p = promo({ actions: [{ code: 'percentOff', args: { percent: 85 } }] })
    expect(kinds(run({ items: [goods('a', 999)], promotions: [p] }))).toEqual([['item', 999], ['campaign', -149], ['shipping', 1000]])
    const capped = promo({ actions: [{ code: 'percentOff', args: { percent: 50, capFen: 3000 } }] })
    const q = run({ items: [goods('a', 4000), goods('b', 2000)], promotions: [capped] })
    expect(q.discountTotal).toBe(3000)
    expect(q.allocation!.map((a) => a.discountShare)).toEqual([2000, 1000])
    expect(q.lines[2].reason).toEqual({ key: 'price.campaign.percent', params: { percent: '5' } })
  })

  it('amountOff without threshold: 立减 ¥10', () => {
    const q = run({ items: [goods('a', 10000)], promotions: [promo({ actions: [{ code: 'amountOff', args: { amountFen: 1000 } }] })] })
    expect(q.lines[1]).toMatchObject({ kind: 'fullReduction', amount: -1000, reason: { key: 'price.amountOff', params: { amount: 10 } } })
  })

  it('tiered 满减: the highest tier reached', () => {
    const p = promo({ actions: [{ code: 'tiered', args: { tiers: [{ thresholdFen: 20000, amountOffFen: 2000 }, { thresholdFen: 50000, amountOffFen: 6000 }] } }] })
    expect(run({ items: [goods('a', 19999)], promotions: [p] }).discountTotal).toBe(0)
    expect(run({ items: [goods('a', 20000)], promotions: [p] }).discountTotal).toBe(2000)
    expect(run({ items: [goods('a', 49999)], promotions: [p] }).discountTotal).toBe(2000)
    const q = run({ items: [goods('a', 50000)], promotions: [p] })
    expect(q.discountTotal).toBe(6000)
    expect(q.lines[1].reason).toEqual({ key: 'price.fullReduction', params: { threshold: 500, amount: 60 } })
  })

  it('freeShipping: waives the ¥10 under ¥99', () => {
    const p = promo({ conditions: [{ code: 'minQuantity', args: { quantity: 1 } }], actions: [{ code: 'freeShipping', args: {} }] })
    const q = run({ items: [goods('a', 5000)], promotions: [p] })
    expect(q).toMatchObject({ shippingFee: 0, payable: 5000 })
    expect(q.lines.at(-1)!.reason).toEqual({ key: 'price.shipping.waived' })
  })
})

describe('member price, coupons and points', () => {
  const vip = shopper({ levelKey: 'citrine', levelName: '黄水晶', discountPercent: 95, freeShipping: true })

  it('会员价 9.5 折 on every line, and member free shipping', () => {
    const q = run({ items: [goods('a', 3333, 3)], member: vip })
    expect(kinds(q)).toEqual([['item', 9999], ['member', -499], ['shipping', 0]])
    expect(q.lines[1].reason).toEqual({ key: 'price.member', params: { percent: '9.5', level: '黄水晶' } })
    expect(q.lines[2].reason).toEqual({ key: 'price.shipping.member', params: { level: '黄水晶' } })
  })

  it('campaign price vs member price: the better one per line', () => {
    const p = promo({ conditions: [{ code: 'scope', args: { kind: 'product', ids: ['p-a'] } }], actions: [{ code: 'percentOff', args: { percent: 90 } }] })
    const q = run({ items: [goods('a', 10000), goods('b', 10000)], member: vip, promotions: [p] })
    // a: 9折 (1000) beats 9.5折 (500); b: only the member price
    expect(kinds(q)).toEqual([['item', 10000], ['item', 10000], ['member', -500], ['campaign', -1000], ['shipping', 0]])
  })

  it('a line at a flash / group price takes neither member nor campaign price', () => {
    const p = promo({ actions: [{ code: 'percentOff', args: { percent: 50 } }] })
    const q = run({ items: [goods('a', 5000, 1, { special: { kind: 'flash', sourceId: 'f1', listUnitPrice: 9000 } })], member: vip, promotions: [p] })
    expect(q.discountTotal).toBe(0)
  })

  it('满减 stacks with one coupon: the best coupon by default, 不使用 on request, another by id', () => {
    const small = coupon({ benefit: { kind: 'amountOff', amountOffFen: 500 } })
    const big = coupon({ benefit: { kind: 'amountOff', amountOffFen: 2000 }, thresholdFen: 20000 })
    const items = [goods('a', 30000)]
    const q = run({ items, promotions: [fr(30000, 3000)], coupons: [small, big] })
    expect(kinds(q)).toEqual([['item', 30000], ['fullReduction', -3000], ['coupon', -2000], ['shipping', 0]])
    expect(q.couponId).toBe(big._id)
    expect(q.lines[2].reason).toEqual({ key: 'price.coupon.threshold', params: { threshold: 200, amount: 20 } })
    expect(run({ items, promotions: [fr(30000, 3000)], coupons: [small, big], couponChoice: null }).payable).toBe(27000)
    expect(run({ items, promotions: [fr(30000, 3000)], coupons: [small, big], couponChoice: small._id }).payable).toBe(26500)
  })

  it('a coupon threshold counts goods after item prices (like 满减); an expired, used or locked coupon is never offered', () => {
    const c = coupon({ benefit: { kind: 'amountOff', amountOffFen: 2000 }, thresholdFen: 30000 })
    expect(run({ items: [goods('a', 30000)], promotions: [fr(30000, 3000)], coupons: [c] }).discountTotal).toBe(5000)
    const q = run({ items: [goods('a', 30000)], promotions: [promo({ actions: [{ code: 'percentOff', args: { percent: 95 } }] })], coupons: [c] })
    expect(q.couponId).toBeNull()
    expect(q.couponOptions).toEqual([{ couponId: c._id, applicable: false, saving: 0 }])
    const gone = [coupon({ expiresAt: NOW }), coupon({ status: 'used' }), coupon({ status: 'locked', orderId: 'o1' }), coupon({ startAt: NOW + DAY })]
    expect(run({ items: [goods('a', 10000)], coupons: gone }).couponOptions).toEqual([])
    // the order that locked it may still price with it
    expect(run({ items: [goods('a', 20000)], coupons: [gone[2]], orderId: 'o1' }).couponId).toBe(gone[2]._id)
  })

  it('a chosen coupon that does not apply is rejected, the quote goes without it', () => {
    const c = coupon({ thresholdFen: 99999 })
    expect(run({ items: [goods('a', 10000)], coupons: [c], couponChoice: c._id })).toMatchObject({ couponId: null, couponRejected: true, payable: 10000 })
  })

  it('percent-off coupon with cap', () => {
    const c = coupon({ benefit: { kind: 'percentOff', percent: 80, capFen: 1500 } })
    expect(run({ items: [goods('a', 5000)], coupons: [c] }).discountTotal).toBe(1000)
    expect(run({ items: [goods('a', 50000)], coupons: [c] }).discountTotal).toBe(1500)
  })

  it('first-order discount, exclusive by default: the better of it alone and 满减 + coupon', () => {
    const first = promo({ conditions: [{ code: 'firstOrder', args: {} }], actions: [{ code: 'amountOff', args: { amountFen: 2000 } }] })
    const newbie = shopper({ paidOrderCount: 0, segment: 'new' })
    const items = [goods('a', 30000)]
    // 满减 30 + coupon 5 = 35 beats 首单 20
    expect(kinds(run({ items, member: newbie, promotions: [first, fr(30000, 3000)], coupons: [coupon({ benefit: { kind: 'amountOff', amountOffFen: 500 } })] }))).toEqual([
      ['item', 30000],
      ['fullReduction', -3000],
      ['coupon', -500],
      ['shipping', 0],
    ])
    // 首单 20 beats 满减 10
    expect(kinds(run({ items, member: newbie, promotions: [first, fr(30000, 1000)] }))).toEqual([['item', 30000], ['firstOrder', -2000], ['shipping', 0]])
    // not exclusive: all stack
    const settings = { floorPercent: 20, firstOrderExclusive: false, couponMaxAmountFen: 50000 }
    expect(run({ items, member: newbie, promotions: [first, fr(30000, 1000)], settings }).discountTotal).toBe(3000)
  })

  it('two 满减 in the same exclusive group: only the better; different groups stack', () => {
    expect(run({ items: [goods('a', 30000)], promotions: [fr(10000, 1000), fr(30000, 3000)] }).discountTotal).toBe(3000)
    expect(run({ items: [goods('a', 30000)], promotions: [fr(10000, 1000, { exclusiveGroup: 'x' }), fr(30000, 3000)] }).discountTotal).toBe(4000)
    // priority beats size within a group
    expect(run({ items: [goods('a', 30000)], promotions: [fr(10000, 1000, { priority: 99 }), fr(30000, 3000)] }).discountTotal).toBe(1000)
  })

  it('the floor: discounts never take goods below 2折 (default), and the line says it was cut', () => {
    const q = run({ items: [goods('a', 10000)], coupons: [coupon({ benefit: { kind: 'amountOff', amountOffFen: 9500 } })] })
    expect(kinds(q)).toEqual([['item', 10000], ['coupon', -8000], ['shipping', 1000]])
    expect(q.lines[1].capped).toBe(true)
    const zero = run({ items: [goods('a', 10000)], coupons: [coupon({ benefit: { kind: 'amountOff', amountOffFen: 10000 }, freeShipping: true })], settings: { floorPercent: 0, firstOrderExclusive: true, couponMaxAmountFen: 50000 } })
    expect(zero).toMatchObject({ payable: 0, shippingFee: 0 })
    expect(zero.lines.at(-1)!.reason).toEqual({ key: 'price.shipping.coupon' })
  })

  it('points after the other discounts: at most 20% of what is left, 1 fen each', () => {
    const rich = shopper({ pointsBalance: 100000 })
    const q = run({ items: [goods('a', 30000)], promotions: [fr(30000, 3000)], member: rich, usePoints: 99999 })
    expect(kinds(q)).toEqual([['item', 30000], ['fullReduction', -3000], ['points', -5400], ['shipping', 0]])
    expect(q.pointsUsed).toBe(5400)
    expect(q.lines[2].reason).toEqual({ key: 'price.points', params: { points: 5400 } })
    expect(run({ items: [goods('a', 30000)], member: shopper({ pointsBalance: 300 }), usePoints: 1000 }).pointsUsed).toBe(300)
  })

  it('allocates order discounts to lines fen-exactly: 满减 ¥10 over ¥1/¥1/¥1 lines', () => {
    const q = run({ items: [goods('a', 3333), goods('b', 3333), goods('c', 3334)], promotions: [fr(10000, 1000)] })
    expect(q.allocation).toEqual([
      { skuId: 'a', discountShare: 333, paidShare: 3000 + 334 },
      { skuId: 'b', discountShare: 333, paidShare: 3000 + 333 },
      { skuId: 'c', discountShare: 334, paidShare: 3000 + 333 },
    ])
    // ¥90 after 满减 is under the free-shipping ¥99: the ¥10 shipping is shared too
    expect(q.payable).toBe(9000 + 1000)
  })
})
