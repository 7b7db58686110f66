/**
 * The merchant's promotion forms in Chromium: a coupon template is edited from its row (prefilled,
 * saved under the same id with the version the form loaded); a save over another merchant's newer edit
 * is refused, says so, and the list shows the stored version; "发给人群" sends the template to a member
 * segment and the member finds the coupon in the coupon centre, once however often it is sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { CouponCentreOutput, PromotionRow } from '../../cloudfunctions/contracts/promotion'
import { MERCHANT, startE2EShop, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

const WAIT = { timeout: 30_000 }
const DAY = 86_400_000
const onScreen = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]:visible`)

const call = <T>(fn: 'shop' | 'admin', action: string, input: unknown, openid: string) => e2e.callOk<T>(fn, action, input, openid)

const storedTemplate = (id: string) => e2e.shop.cloud.store.collection('promotions').get(id) as unknown as PromotionRow['definition'] & { name: string; updatedAt: number; benefit: { amountOffFen: number }; totalQuantity: number }

async function openTemplates(): Promise<Page> {
  const page = await e2e.open('/packages/admin/promotions/index', MERCHANT)
  await onScreen(page, 'promo-tab-couponTemplate').click(WAIT)
  return page
}

const rowNamed = (page: Page, name: string) => onScreen(page, 'promo-row').filter({ hasText: name })

describe('the promotions page forms', () => {
  it('edits a coupon template in place, refuses a save over a newer edit, and sends a template to a segment once per member', async () => {
    const template = { name: '老客回馈券', benefit: { kind: 'amountOff', amountOffFen: 500 }, thresholdFen: 5000, scope: { kind: 'all' }, validity: { kind: 'afterClaim', days: 7 }, perUserLimit: 1, totalQuantity: 100, claimable: false, segments: ['vip'], startAt: Date.now() - DAY, endAt: Date.now() + 30 * DAY }
    const tpl = await call<PromotionRow>('admin', 'promotions.saveTemplate', template, MERCHANT)

    // ── Edit: the form opens prefilled; the save keeps the id, scope and targeting ──────────────
    let page = await openTemplates()
    await rowNamed(page, '老客回馈券').waitFor(WAIT)
    await rowNamed(page, '老客回馈券').locator('[data-testid="promo-edit"]').click()
    await onScreen(page, 'promo-editing').waitFor(WAIT)
    const amount = page.locator('[data-testid="promo-field-amount"] input')
    expect(await amount.inputValue()).toBe('5.00')
    expect(await page.locator('[data-testid="promo-field-threshold"] input').inputValue()).toBe('50.00')
    await amount.fill('8')
    await page.locator('[data-testid="promo-field-total"] input').fill('200')
    await onScreen(page, 'promo-create').click()
    await expect.poll(() => storedTemplate(tpl._id).benefit.amountOffFen, WAIT).toBe(800)
    expect(storedTemplate(tpl._id)).toMatchObject({ totalQuantity: 200, thresholdFen: 5000, segments: ['vip'], claimable: false, scope: { kind: 'all' } })
    expect(e2e.shop.cloud.store.collection('promotions').find({ kind: 'couponTemplate', name: '老客回馈券' })).toHaveLength(1)
    await onScreen(page, 'promo-editing').waitFor({ state: 'detached', ...WAIT })
    await e2e.screenshot(page, 'promo-forms-1-edited')

    // ── A stale form: another merchant saves first; this save is refused and says why ───────────
    await rowNamed(page, '老客回馈券').locator('[data-testid="promo-edit"]').click()
    await onScreen(page, 'promo-editing').waitFor(WAIT)
    const loaded = storedTemplate(tpl._id)
    await new Promise((r) => setTimeout(r, 5))
    await call('admin', 'promotions.saveTemplate', { ...template, id: tpl._id, expectedUpdatedAt: loaded.updatedAt, name: '老客回馈券·店长版', benefit: { kind: 'amountOff', amountOffFen: 900 }, totalQuantity: 200 }, MERCHANT)
    await page.locator('[data-testid="promo-field-amount"] input').fill('3')
    await onScreen(page, 'promo-create').click()
    await expect.poll(async () => page.locator('.taro__toast').innerText().catch(() => ''), WAIT).toContain('活动已被他人修改')
    // Nothing of the stale form was written; the list now shows the stored version.
    expect(storedTemplate(tpl._id)).toMatchObject({ name: '老客回馈券·店长版', benefit: { amountOffFen: 900 } })
    await rowNamed(page, '老客回馈券·店长版').waitFor(WAIT)
    await onScreen(page, 'promo-editing').waitFor({ state: 'detached', ...WAIT })
    await e2e.screenshot(page, 'promo-forms-2-conflict')

    // ── 发给人群: two VIP members get the coupon, once each, however often it is sent ─────────────
    const now = Date.now()
    const vips = ['e2e-vip-1', 'e2e-vip-2']
    for (const id of vips) e2e.shop.cloud.store.collection('members').insert({ _id: id, openid: id, segment: 'vip', createdAt: now, updatedAt: now } as never)
    page = await openTemplates()
    const row = rowNamed(page, '老客回馈券·店长版')
    await row.waitFor(WAIT)
    await row.locator('[data-testid="promo-send-segment"]').click()
    await onScreen(page, 'promo-segment-panel').waitFor(WAIT)
    // The template's own target segment is offered first, with its size.
    expect(await onScreen(page, 'promo-segment-panel').locator('[data-testid^="promo-segment-"]').first().getAttribute('data-testid')).toBe('promo-segment-vip')
    await expect.poll(() => onScreen(page, 'promo-segment-vip').innerText(), WAIT).toContain('2')
    await onScreen(page, 'promo-segment-vip').click()
    await expect.poll(() => onScreen(page, 'promo-segment-result').innerText().catch(() => ''), WAIT).toContain('本次发出 2 张')
    await onScreen(page, 'promo-segment-vip').click()
    await expect.poll(() => onScreen(page, 'promo-segment-result').innerText().catch(() => ''), WAIT).toContain('本次发出 0 张')
    await e2e.screenshot(page, 'promo-forms-3-sent')

    const couponsOf = async (openid: string) => (await call<CouponCentreOutput>('shop', 'coupons.centre', {}, openid)).mine.filter((c) => c.templateId === tpl._id)
    for (const id of vips) {
      await expect.poll(async () => {
        if ((await couponsOf(id)).length === 0) await e2e.fireTimer('cron')
        return (await couponsOf(id)).length
      }, WAIT).toBe(1)
    }
    const shopper = await e2e.open('/packages/promo/coupons/index', vips[0])
    await onScreen(shopper, 'coupon-tab-available').click(WAIT)
    await expect.poll(() => onScreen(shopper, 'coupon-mine-available').filter({ hasText: '老客回馈券·店长版' }).count(), WAIT).toBe(1)
    await e2e.screenshot(shopper, 'promo-forms-4-member-coupon')
  })
})
