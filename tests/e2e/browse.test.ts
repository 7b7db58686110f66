import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startE2EShop, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

describe('a shopper browsing the H5 shop', () => {
  it('sees product cards with images on home, opens one and sees its title, price and crystal attributes', async () => {
    const home = await e2e.open('/pages/home/index')
    const cards = home.getByTestId('product-card')
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(10)
    const images = home.locator('[data-testid="product-card"] img')
    await expect.poll(() => images.count()).toBeGreaterThanOrEqual(10)
    // Images really load (generated SVGs served by the local cloud), not just <img> tags.
    await expect
      .poll(() => images.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 15_000 })
      .toBe(true)
    await e2e.screenshot(home, 'foundation-home')

    const firstTitle = (await cards.first().innerText()).split('\n')[0]
    await cards.first().click()
    const title = home.getByTestId('product-title')
    await title.waitFor({ timeout: 30_000 })
    expect(await title.innerText()).toBe(firstTitle)
    expect(await home.getByTestId('product-price').first().innerText()).toMatch(/^¥\d[\d,]*\.\d{2}/)
    // Let the page transition finish so the screenshot shows the detail page, not the slide.
    await home.waitForTimeout(800)
    const attrs = await home.getByTestId('product-attrs').innerText()
    expect(attrs).toContain('材质')
    expect(attrs).toContain('产地')
    expect(attrs).toMatch(/\d+(\.\d+)?\s*mm/)
    await e2e.screenshot(home, 'foundation-detail')
  })

  it('shows the staff list to the merchant and a staff-only notice to a shopper', async () => {
    const home = await e2e.open('/packages/admin/home/index', 'test-owner')
    await home.getByTestId('admin-link-staff').waitFor({ timeout: 30_000 })
    const merchant = await e2e.open('/packages/admin/staff/index', 'test-owner')
    await merchant.getByTestId('staff-row').first().waitFor({ timeout: 30_000 })
    expect(await merchant.getByTestId('staff-list').innerText()).toContain('test-owner')
    const shopper = await e2e.open('/packages/admin/home/index')
    await expect.poll(async () => (await shopper.locator('body').innerText()).includes('仅限商家'), { timeout: 30_000 }).toBe(true)
  })
})
