/**
 * A holiday campaign end to end in Chromium: the merchant creates it on the campaigns page (name, theme,
 * copy, two chosen pieces, a window), the shopper sees its banner on home, taps into the landing page
 * (countdown, products), opens a piece whose page counts down to the campaign's end; the merchant pauses
 * it and home shows the plain banner again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { CampaignListOutput } from '../../cloudfunctions/contracts/campaign'
import type { CatalogListOutput } from '../../cloudfunctions/contracts/catalog'
import { formatShanghai } from '../../cloudfunctions/domain/time'
import { MERCHANT, SHOPPER, startE2EShop, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

const WAIT = { timeout: 30_000 }
const HOUR = 3_600_000
const onScreen = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]:visible`)

const call = <T>(fn: 'shop' | 'admin', action: string, input: unknown, openid: string) => e2e.callOk<T>(fn, action, input, openid)

async function type(page: Page, testId: string, text: string) {
  const input = onScreen(page, testId).locator('input, textarea').first()
  await input.waitFor(WAIT)
  await input.fill(text)
}

describe('holiday campaign on the H5 shop', () => {
  it('from the merchant form to the home banner, the landing page and the product countdown; paused, it leaves home', async () => {
    const list = await call<CatalogListOutput>('shop', 'catalog.list', { page: 1, pageSize: 10, sort: 'newest' }, SHOPPER)
    const picked = list.items.filter((p) => p.status === 'on').slice(0, 2)
    expect(picked).toHaveLength(2)

    // ── Merchant creates the campaign on the campaigns page ─────────────────────────────────────
    const admin = await e2e.open('/packages/admin/campaigns/index', MERCHANT)
    await onScreen(admin, 'admin-campaigns').waitFor(WAIT)
    await onScreen(admin, 'campaign-new').click()
    await onScreen(admin, 'campaign-form').waitFor(WAIT)
    await type(admin, 'campaign-field-name', '七夕 · 情人节')
    await type(admin, 'campaign-field-headline', '粉晶专场')
    await type(admin, 'campaign-field-copy', '送给心上人的一抹粉')
    await type(admin, 'campaign-field-color', '#E85D75')
    await onScreen(admin, 'campaign-kind-products').click()
    await type(admin, 'campaign-field-productsValue', picked.map((p) => p._id).join(', '))
    const now = Date.now()
    await type(admin, 'campaign-field-start', formatShanghai(now - HOUR, 'YYYY-MM-DD HH:mm'))
    await type(admin, 'campaign-field-end', formatShanghai(now + 2 * HOUR, 'YYYY-MM-DD HH:mm'))
    await e2e.screenshot(admin, 'campaign-1-merchant-form')
    await onScreen(admin, 'campaign-save').click()
    await expect.poll(async () => (await call<CampaignListOutput>('admin', 'campaigns.list', {}, MERCHANT)).items.length, WAIT).toBe(1)
    const campaign = (await call<CampaignListOutput>('admin', 'campaigns.list', {}, MERCHANT)).items[0]
    expect(campaign).toMatchObject({ name: '七夕 · 情人节', phase: 'running', color: '#E85D75' })
    await expect.poll(() => onScreen(admin, 'campaign-row').count(), WAIT).toBe(1)

    // ── Shopper: home banner → landing page ─────────────────────────────────────────────────────
    const shopper = await e2e.open('/pages/home/index', SHOPPER)
    const banner = onScreen(shopper, 'campaign-banner')
    await banner.waitFor(WAIT)
    expect(await banner.innerText()).toContain('七夕 · 情人节')
    expect(await banner.getAttribute('data-campaign-id')).toBe(campaign._id)
    await e2e.screenshot(shopper, 'campaign-2-home-banner')
    await banner.click()
    await onScreen(shopper, 'campaign-page').waitFor(WAIT)
    expect(await onScreen(shopper, 'campaign-page').getAttribute('data-phase')).toBe('running')
    expect(await onScreen(shopper, 'campaign-name').innerText()).toBe('七夕 · 情人节')
    expect(await onScreen(shopper, 'campaign-copy').innerText()).toBe('送给心上人的一抹粉')
    await expect.poll(() => onScreen(shopper, 'product-card').count(), WAIT).toBe(2)
    expect(await onScreen(shopper, 'product-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(picked.map((p) => p._id))
    const seconds = Number(await onScreen(shopper, 'campaign-countdown').getAttribute('data-seconds'))
    expect(seconds).toBeGreaterThan(HOUR / 1000)
    expect(seconds).toBeLessThanOrEqual((campaign.endAt - Date.now()) / 1000 + 2)
    await e2e.screenshot(shopper, 'campaign-3-landing')

    // ── The piece's page counts down to the campaign's end ─────────────────────────────────────
    await onScreen(shopper, 'product-card').first().click()
    const countdown = onScreen(shopper, 'promo-countdown')
    await countdown.waitFor(WAIT)
    expect(await countdown.getAttribute('data-kind')).toBe('campaign')
    expect(Number(await countdown.getAttribute('data-ends-at'))).toBe(campaign.endAt)
    await e2e.screenshot(shopper, 'campaign-4-product-countdown')

    // ── Merchant pauses it: home shows the plain banner ────────────────────────────────────────
    await onScreen(admin, 'campaign-toggle').click()
    await expect.poll(async () => (await call<CampaignListOutput>('admin', 'campaigns.list', {}, MERCHANT)).items[0].status, WAIT).toBe('paused')
    const again = await e2e.open('/pages/home/index', SHOPPER)
    await onScreen(again, 'banner-slot').waitFor(WAIT)
    expect(await onScreen(again, 'campaign-banner').count()).toBe(0)
  })
})
