/**
 * Holiday campaigns through the built bundles: the merchant creates one with a product set and linked
 * promotions, the home banner shows it only while it runs and is not paused, its landing page lists its
 * listed products, the product page's countdown ends exactly at the window's end, edits are audited
 * before → after and conditional, and a paused campaign pauses its promotions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CampaignAdmin, CampaignPage, ProductCountdown } from '../../../cloudfunctions/contracts/campaign'
import type { CatalogHomeOutput } from '../../../cloudfunctions/contracts/catalog'
import type { PromotionRow } from '../../../cloudfunctions/contracts/promotion'
import { expectOk, OWNER, putProduct, startOrdersCloud, type OrdersCloud } from '../orders/orders-kit'

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
})
afterAll(() => t?.close())

const HOUR = 3_600_000
const home = async () => expectOk(await t.call<CatalogHomeOutput>('shop', 'catalog.home', {}, 'shopper-c'))
const page = async (id: string) => expectOk(await t.call<CampaignPage>('shop', 'campaigns.get', { id }, 'shopper-c'))
const countdown = async (productId: string) => expectOk(await t.call<ProductCountdown>('shop', 'campaigns.countdown', { productId }, 'shopper-c'))
const save = (input: Record<string, unknown>) => t.call<CampaignAdmin>('admin', 'campaigns.save', input, OWNER)

function campaignInput(over: Record<string, unknown> = {}) {
  const now = Date.now()
  return { name: '七夕 · 情人节', headline: '粉晶专场', copy: '送给心上人', color: '#E85D75', banner: '', products: { kind: 'tag', tag: '七夕' }, startAt: now - HOUR, endAt: now + 2 * HOUR, ...over }
}

describe('holiday campaigns', () => {
  it('a running campaign is on home and its landing page; upcoming, ended and paused ones are not on home', async () => {
    const a = putProduct(t, [{ price: 19900, stock: 3 }], { tags: ['七夕'] })
    const off = putProduct(t, [{ price: 9900, stock: 3 }], { tags: ['七夕'], status: 'off' })
    const other = putProduct(t, [{ price: 9900, stock: 3 }], { tags: ['中秋'] })
    const running = expectOk(await save(campaignInput()))
    expect(running.phase).toBe('running')
    const upcoming = expectOk(await save(campaignInput({ name: '中秋', startAt: Date.now() + HOUR, endAt: Date.now() + 3 * HOUR })))
    expect(upcoming.phase).toBe('upcoming')

    const banners = (await home()).banners
    expect(banners.map((b) => b.campaignId)).toEqual([running._id])
    expect(banners[0]).toMatchObject({ title: '七夕 · 情人节', headline: '粉晶专场', color: '#E85D75' })

    const landing = await page(running._id)
    expect(landing.phase).toBe('running')
    expect(landing.campaign.name).toBe('七夕 · 情人节')
    const ids = landing.products.map((p) => p._id)
    expect(ids).toContain(a._id)
    expect(ids).not.toContain(off._id)
    expect(ids).not.toContain(other._id)

    // The countdown of a covered product ends exactly when the campaign does; others have none.
    expect(await countdown(a._id)).toEqual({ kind: 'campaign', id: running._id, name: '七夕 · 情人节', endAt: running.endAt })
    expect(await countdown(other._id)).toBeNull()

    expectOk(await t.call('admin', 'campaigns.setStatus', { id: running._id, status: 'paused' }, OWNER))
    expect((await home()).banners).toEqual([])
    const paused = await page(running._id)
    expect(paused.phase).toBe('paused')
    expect(paused.products).toEqual([])
    expect(await countdown(a._id)).toBeNull()
    expectOk(await t.call('admin', 'campaigns.setStatus', { id: running._id, status: 'active' }, OWNER))
    expect((await home()).banners.map((b) => b.campaignId)).toEqual([running._id])
    expectOk(await t.call('admin', 'campaigns.setStatus', { id: running._id, status: 'paused' }, OWNER))
  })

  it('an ended campaign leaves home, and its page says it ended', async () => {
    const ended = expectOk(await save(campaignInput({ name: '已结束', startAt: Date.now() - 2 * HOUR, endAt: Date.now() - 1 })))
    expect(ended.phase).toBe('ended')
    expect((await home()).banners.map((b) => b.campaignId)).not.toContain(ended._id)
    expect((await page(ended._id)).phase).toBe('ended')
    expect((await t.call('shop', 'campaigns.get', { id: 'no-such-campaign' }, 'shopper-c')).ok).toBe(false)
  })

  it('linked promotions run in the campaign window and follow its pause; an edit is audited and conditional', async () => {
    const product = putProduct(t, [{ price: 20000, stock: 5 }])
    const promo = expectOk(
      await t.call<PromotionRow>('admin', 'promotions.save', { name: '限时9折', startAt: Date.now() - HOUR, endAt: Date.now() + 90 * 24 * HOUR, conditions: [{ code: 'scope', args: { kind: 'product', ids: [product._id] } }], actions: [{ code: 'percentOff', args: { percent: 90 } }] }, OWNER),
    )
    const missing = await save(campaignInput({ products: { kind: 'products', ids: [product._id] }, promotionIds: ['no-such-promo'] }))
    expect(missing.ok).toBe(false)
    if (!missing.ok) expect(missing.error.code).toBe('INVALID_INPUT')

    const input = campaignInput({ name: '店庆', products: { kind: 'products', ids: [product._id] }, promotionIds: [promo._id] })
    const c = expectOk(await save(input))
    const stored = () => t.cloud.store.collection('promotions').get(promo._id) as unknown as { startAt: number; endAt: number; status: string; campaignId: string }
    expect(stored()).toMatchObject({ startAt: c.startAt, endAt: c.endAt, status: 'active', campaignId: c._id })
    expect((await page(c._id)).promotions).toEqual([{ id: promo._id, name: '限时9折' }])
    // the promotion now ends with the campaign; the campaign ends first or together, the tie goes to it
    expect(await countdown(product._id)).toMatchObject({ kind: 'campaign', endAt: c.endAt })

    const newEnd = c.endAt + HOUR
    const edited = expectOk(await save({ ...input, id: c._id, expectedUpdatedAt: c.updatedAt, name: '店庆 · 加场', endAt: newEnd }))
    expect(edited.name).toBe('店庆 · 加场')
    expect(stored().endAt).toBe(newEnd)
    const audit = t.cloud.store.collection('audit_log').find({ targetId: c._id }) as unknown as { action: string; summary: string }[]
    const edit = audit.find((a) => a.action === 'campaigns.save' && a.summary.includes('→'))
    expect(edit?.summary).toContain('name: 店庆 → 店庆 · 加场')

    expectOk(await t.call('admin', 'campaigns.setStatus', { id: c._id, status: 'paused' }, OWNER))
    expect(stored().status).toBe('paused')
    expectOk(await t.call('admin', 'campaigns.setStatus', { id: c._id, status: 'active' }, OWNER))
    expect(stored().status).toBe('active')

    // Two editors at once, both from the version they loaded: one save wins, the other is told to reload.
    const loaded = (t.cloud.store.collection('campaigns').get(c._id) as unknown as { updatedAt: number }).updatedAt
    const [x, y] = await Promise.all([save({ ...input, id: c._id, expectedUpdatedAt: loaded, name: '甲' }), save({ ...input, id: c._id, expectedUpdatedAt: loaded, name: '乙' })])
    expect([x.ok, y.ok].filter(Boolean).length).toBeGreaterThanOrEqual(1)
    const lost = [x, y].find((r) => !r.ok)
    if (lost && !lost.ok) expect(lost.error.code).toBe('CONFLICT')
    // A form loaded before those saves is refused, and the name stays the winner's.
    const winner = (t.cloud.store.collection('campaigns').get(c._id) as unknown as { name: string }).name
    const stale = await save({ ...input, id: c._id, expectedUpdatedAt: loaded, name: '丙' })
    expect(stale.ok).toBe(false)
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT')
    expect((t.cloud.store.collection('campaigns').get(c._id) as unknown as { name: string }).name).toBe(winner)
  })

  it('refuses bad input and changes nothing', async () => {
    const before = t.cloud.store.collection('campaigns').find({}).length
    for (const bad of [campaignInput({ color: 'red' }), campaignInput({ endAt: 1, startAt: 2 }), campaignInput({ products: { kind: 'products', ids: [] } }), campaignInput({ name: '' })]) {
      const r = await save(bad)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.code).toBe('INVALID_INPUT')
    }
    expect(t.cloud.store.collection('campaigns').find({}).length).toBe(before)
    const shopper = await t.call('admin', 'campaigns.save', campaignInput(), 'shopper-c')
    expect(shopper.ok).toBe(false)
  })
})
