/**
 * The merchant edits what already runs: an automatic promotion and a coupon template keep their id and
 * are audited before → after; a flash sale that started keeps its price and quantity (its stock buckets
 * untouched), one not yet started may change price; a group offer changes price and size for new groups.
 * A coupon template sent to a member segment from the promotions page reaches each member once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PromotionRow } from '../../../cloudfunctions/contracts/promotion'
import type { MembershipSegmentCouponOutput } from '../../../cloudfunctions/contracts/member'
import type { FlashSaleAdmin, GroupOfferAdmin } from '../../../cloudfunctions/contracts/specials'
import { expectOk, OWNER, putProduct, startOrdersCloud, tick, type OrdersCloud } from '../orders/orders-kit'
import { bucketsLeft, createFlashSale, createGroupOffer } from '../specials/specials-kit'

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
})
afterAll(() => t?.close())

const DAY = 86_400_000
const auditOf = (targetId: string) => (t.cloud.store.collection('audit_log').find({ targetId }) as unknown as { action: string; summary: string }[])

describe('editing promotions', () => {
  it('an automatic promotion and a coupon template are edited in place, audited before → after', async () => {
    const now = Date.now()
    const p = expectOk(await t.call<PromotionRow>('admin', 'promotions.save', { name: '满300减30', startAt: now - DAY, endAt: now + DAY, conditions: [{ code: 'minAmount', args: { amountFen: 30000 } }], actions: [{ code: 'amountOff', args: { amountFen: 3000 } }] }, OWNER))
    const edited = expectOk(await t.call<PromotionRow>('admin', 'promotions.save', { id: p._id, expectedUpdatedAt: p.updatedAt, name: '满300减40', startAt: p.startAt, endAt: p.endAt, conditions: [{ code: 'minAmount', args: { amountFen: 30000 } }], actions: [{ code: 'amountOff', args: { amountFen: 4000 } }] }, OWNER))
    expect(edited._id).toBe(p._id)
    expect(t.cloud.store.collection('promotions').find({ kind: 'promotion', _id: p._id })).toHaveLength(1)
    const summary = auditOf(p._id).map((a) => a.summary).join('\n')
    expect(summary).toContain('name: 满300减30 → 满300减40')
    expect(summary).toContain('actions:')

    const tplInput = { name: '新人券', benefit: { kind: 'amountOff', amountOffFen: 2000 }, thresholdFen: 10000, scope: { kind: 'all' }, validity: { kind: 'afterClaim', days: 7 }, perUserLimit: 1, totalQuantity: 100, claimable: true, startAt: now - DAY, endAt: now + DAY }
    const tpl = expectOk(await t.call<PromotionRow>('admin', 'promotions.saveTemplate', tplInput, OWNER))
    expectOk(await t.call('shop', 'coupons.claim', { templateId: tpl._id }, 'edit-a'))
    const tpl2 = expectOk(await t.call<PromotionRow>('admin', 'promotions.saveTemplate', { ...tplInput, id: tpl._id, expectedUpdatedAt: tpl.updatedAt, totalQuantity: 200 }, OWNER))
    expect(tpl2.definition).toMatchObject({ totalQuantity: 200, claimed: 1 })
    expect(auditOf(tpl._id).map((a) => a.summary).join('\n')).toContain('totalQuantity: 100 → 200')
    // An id of another kind is not found, and nothing is written.
    const wrong = await t.call('admin', 'promotions.saveTemplate', { ...tplInput, id: p._id, expectedUpdatedAt: p.updatedAt }, OWNER)
    expect(wrong.ok).toBe(false)
    if (!wrong.ok) expect(wrong.error.code).toBe('NOT_FOUND')
  })

  it('two merchants edit one promotion: the save over a stale form is refused and the first edit stays', async () => {
    const now = Date.now()
    const base = { startAt: now - DAY, endAt: now + DAY, conditions: [{ code: 'minAmount', args: { amountFen: 30000 } }] }
    const loaded = expectOk(await t.call<PromotionRow>('admin', 'promotions.save', { ...base, name: '满300减30', actions: [{ code: 'amountOff', args: { amountFen: 3000 } }] }, OWNER))
    // Both forms opened on `loaded`; the first saves a later version (a clock tick later).
    await new Promise((r) => setTimeout(r, 2))
    const first = expectOk(await t.call<PromotionRow>('admin', 'promotions.save', { ...base, id: loaded._id, expectedUpdatedAt: loaded.updatedAt, name: '满300减50', actions: [{ code: 'amountOff', args: { amountFen: 5000 } }] }, OWNER))
    const auditBefore = auditOf(loaded._id).length
    const stale = await t.call('admin', 'promotions.save', { ...base, id: loaded._id, expectedUpdatedAt: loaded.updatedAt, name: '满300减10', actions: [{ code: 'amountOff', args: { amountFen: 1000 } }] }, OWNER)
    expect(stale.ok).toBe(false)
    if (!stale.ok) expect(stale.error).toMatchObject({ code: 'CONFLICT', key: 'error.changed.promotion' })
    const stored = t.cloud.store.collection('promotions').get(loaded._id) as unknown as { name: string; updatedAt: number }
    expect(stored).toMatchObject({ name: '满300减50', updatedAt: first.updatedAt })
    expect(auditOf(loaded._id)).toHaveLength(auditBefore)
    // An edit that does not say which version it edits is refused as input, naming the field.
    const unversioned = await t.call('admin', 'promotions.save', { ...base, id: loaded._id, name: '满300减20', actions: [{ code: 'amountOff', args: { amountFen: 2000 } }] }, OWNER)
    expect(unversioned.ok).toBe(false)
    if (!unversioned.ok) expect(unversioned.error.code).toBe('INVALID_INPUT')
    expect((t.cloud.store.collection('promotions').get(loaded._id) as unknown as { name: string }).name).toBe('满300减50')
  })

  it('a template edited while shoppers claim it keeps every claim counted, so its quantity still holds', async () => {
    const now = Date.now()
    const tplInput = { name: '限量券', benefit: { kind: 'amountOff', amountOffFen: 1000 }, thresholdFen: 0, scope: { kind: 'all' }, validity: { kind: 'afterClaim', days: 7 }, perUserLimit: 1, totalQuantity: 4, claimable: true, startAt: now - DAY, endAt: now + DAY }
    const loaded = expectOk(await t.call<PromotionRow>('admin', 'promotions.saveTemplate', tplInput, OWNER))
    // The merchant's form holds `loaded` (claimed 0) while three shoppers claim.
    for (const who of ['claim-1', 'claim-2', 'claim-3']) expectOk(await t.call('shop', 'coupons.claim', { templateId: loaded._id }, who))
    const renamed = expectOk(await t.call<PromotionRow>('admin', 'promotions.saveTemplate', { ...tplInput, id: loaded._id, expectedUpdatedAt: loaded.updatedAt, name: '限量券（改）' }, OWNER))
    expect(renamed.definition).toMatchObject({ claimed: 3 })
    expect((t.cloud.store.collection('promotions').get(loaded._id) as unknown as { claimed: number }).claimed).toBe(3)
  })

  it('a running flash sale keeps its price and quantity (buckets untouched); an upcoming one may change price', async () => {
    const product = putProduct(t, [{ price: 19900, stock: 20 }])
    const sale = await createFlashSale(t, product, { quantity: 10, price: 990 })
    const base = { id: sale._id, expectedUpdatedAt: sale.updatedAt, name: sale.name, productId: sale.productId, skuId: sale.skuId, price: sale.price, quantity: sale.quantity, perShopperLimit: sale.perShopperLimit, startAt: sale.startAt, endAt: sale.endAt }
    const price = await t.call('admin', 'flashSales.save', { ...base, price: 500 }, OWNER)
    expect(price.ok).toBe(false)
    if (!price.ok) expect(price.error.code).toBe('CONFLICT')
    const quantity = await t.call('admin', 'flashSales.save', { ...base, quantity: 12 }, OWNER)
    expect(quantity.ok).toBe(false)
    expect(bucketsLeft(t, sale._id)).toBe(10)
    expect((t.cloud.store.collection('flash_sales').get(sale._id) as unknown as FlashSaleAdmin).price).toBe(990)
    // Name, limit and end may change while running; the audit says before → after.
    const longer = expectOk(await t.call<FlashSaleAdmin>('admin', 'flashSales.save', { ...base, name: '加时秒杀', perShopperLimit: 2, endAt: sale.endAt + 3_600_000 }, OWNER))
    expect(longer).toMatchObject({ name: '加时秒杀', perShopperLimit: 2, endAt: sale.endAt + 3_600_000, price: 990, remaining: 10 })
    expect(auditOf(sale._id).find((a) => a.action === 'flashSales.update')?.summary).toContain('limit 1→2')
    // The form that saved it is now stale: a second save from it is refused and changes nothing.
    const stale = await t.call('admin', 'flashSales.save', { ...base, name: '旧表单', perShopperLimit: 3 }, OWNER)
    expect(stale.ok).toBe(false)
    if (!stale.ok) expect(stale.error).toMatchObject({ code: 'CONFLICT', key: 'error.changed.flashSale' })
    expect((t.cloud.store.collection('flash_sales').get(sale._id) as unknown as FlashSaleAdmin).name).toBe('加时秒杀')

    const later = await createFlashSale(t, product, { quantity: 5, price: 990, startAt: Date.now() + DAY, endAt: Date.now() + 2 * DAY })
    const repriced = expectOk(await t.call<FlashSaleAdmin>('admin', 'flashSales.save', { id: later._id, expectedUpdatedAt: later.updatedAt, name: later.name, productId: later.productId, skuId: later.skuId, price: 880, quantity: 5, perShopperLimit: 1, startAt: later.startAt, endAt: later.endAt }, OWNER))
    expect(repriced.price).toBe(880)
    expect(bucketsLeft(t, later._id)).toBe(5)
  })

  it('a group offer is edited in place', async () => {
    const product = putProduct(t, [{ price: 19900, stock: 20 }])
    const offer = await createGroupOffer(t, product, { size: 2, price: 5000 })
    const edited = expectOk(await t.call<GroupOfferAdmin>('admin', 'groupOffers.save', { id: offer._id, expectedUpdatedAt: offer.updatedAt, name: '三人拼', productId: offer.productId, skuId: offer.skuId, price: 4500, groupSize: 3, hours: 24, startAt: offer.startAt, endAt: offer.endAt }, OWNER))
    expect(edited).toMatchObject({ _id: offer._id, name: '三人拼', price: 4500, groupSize: 3 })
    expect(auditOf(offer._id).find((a) => a.action === 'groupOffers.update')?.summary).toContain('price 5000→4500')
    const stale = await t.call('admin', 'groupOffers.save', { id: offer._id, expectedUpdatedAt: offer.updatedAt, name: '四人拼', productId: offer.productId, skuId: offer.skuId, price: 4000, groupSize: 4, hours: 24, startAt: offer.startAt, endAt: offer.endAt }, OWNER)
    expect(stale.ok).toBe(false)
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT')
    expect(t.cloud.store.collection('group_offers').get(offer._id)).toMatchObject({ name: '三人拼', price: 4500 })
  })

  it('a coupon template sent to a segment reaches each member once, however often it is sent', async () => {
    const now = Date.now()
    for (const id of ['seg-v1', 'seg-v2', 'seg-v3']) t.cloud.store.collection('members').insert({ _id: id, openid: id, segment: 'vip', createdAt: now, updatedAt: now } as never)
    t.cloud.store.collection('members').insert({ _id: 'seg-d1', openid: 'seg-d1', segment: 'dormant', createdAt: now, updatedAt: now } as never)
    const tpl = expectOk(await t.call<PromotionRow>('admin', 'promotions.saveTemplate', { name: 'VIP 专享', benefit: { kind: 'amountOff', amountOffFen: 1000 }, thresholdFen: 0, scope: { kind: 'all' }, validity: { kind: 'afterClaim', days: 7 }, perUserLimit: 1, totalQuantity: 0, claimable: false, segments: ['vip'], startAt: now - DAY, endAt: now + DAY }, OWNER))
    const send = () => t.call<MembershipSegmentCouponOutput>('admin', 'membership.sendSegmentCoupon', { campaignId: `coupon-tpl-${tpl._id}`, segment: 'vip', coupon: { templateId: tpl._id } }, OWNER)
    expect(expectOk(await send())).toMatchObject({ queued: 3, members: 3 })
    expect(expectOk(await send())).toMatchObject({ queued: 0, members: 3 })
    await tick(t, Date.now() + 60_000)
    const held = t.cloud.store.collection('coupons').find({ templateId: tpl._id }) as { openid: string }[]
    expect(held.map((c) => c.openid).sort()).toEqual(['seg-v1', 'seg-v2', 'seg-v3'])
  })
})

describe('editing a coupon template while it is being claimed, at cloud-like latency', () => {
  let slow: OrdersCloud
  beforeAll(async () => {
    // 10 ms per database request, so claims land between the save's read and its write.
    slow = await startOrdersCloud({ cost: { dbLatencyMs: 10 } })
  })
  afterAll(() => slow?.close())

  it('the claim counter still equals the coupons handed out, and the quantity holds', async () => {
    const now = Date.now()
    const tplInput = { name: '限量券', benefit: { kind: 'amountOff', amountOffFen: 1000 }, thresholdFen: 0, scope: { kind: 'all' }, validity: { kind: 'afterClaim', days: 7 }, perUserLimit: 1, totalQuantity: 10, claimable: true, startAt: now - DAY, endAt: now + DAY }
    const loaded = expectOk(await slow.call<PromotionRow>('admin', 'promotions.saveTemplate', tplInput, OWNER))
    // Claims start every 4 ms over 32 ms and the save in the middle, so some claim's counter step lands
    // between the save's read of the template and its write.
    const later = <T>(ms: number, call: () => Promise<T>) => new Promise<T>((resolve, reject) => setTimeout(() => call().then(resolve, reject), ms))
    const [save] = await Promise.all([
      later(12, () => slow.call<PromotionRow>('admin', 'promotions.saveTemplate', { ...tplInput, id: loaded._id, expectedUpdatedAt: loaded.updatedAt, name: '限量券（改）' }, OWNER)),
      ...Array.from({ length: 8 }, (_, i) => later(i * 4, () => slow.call('shop', 'coupons.claim', { templateId: loaded._id }, `race-${i}`))),
    ])
    expectOk(save)
    const counted = () => (slow.cloud.store.collection('promotions').get(loaded._id) as unknown as { claimed: number }).claimed
    const held = () => slow.cloud.store.collection('coupons').find({ templateId: loaded._id }).length
    expect(held()).toBe(8)
    expect(counted()).toBe(8)
    // Two left: of five more shoppers exactly two get one.
    const more = await Promise.all(Array.from({ length: 5 }, (_, i) => slow.call('shop', 'coupons.claim', { templateId: loaded._id }, `late-${i}`)))
    expect(more.filter((r) => r.ok)).toHaveLength(2)
    expect(held()).toBe(10)
    expect(counted()).toBe(10)
  })
})
