/**
 * The wrist-size helper end to end in Chromium: the shopper types 15.5 cm, the helper shows the bead
 * count per size and saves it to their member record; every bracelet page then opens on the fitting size
 * with "按你的手围 15.5 cm，建议 8mm × 21 颗"; changing the wrist from a bracelet's hint comes back to that
 * bracelet on the new size. The same page carries its material card (寓意, hardness, care).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startE2EShop, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

const WAIT = { timeout: 30_000 }
const onScreen = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]:visible`)
const selectedSku = (page: Page) => page.locator('[data-testid="sku-chip"][data-selected="yes"]').first().getAttribute('data-sku-id')

async function typeWrist(page: Page, cm: string) {
  const input = onScreen(page, 'wrist-input').locator('input').first()
  await input.waitFor(WAIT)
  await input.fill(cm)
}

describe('wrist size → bracelet pages', () => {
  it('saves 15.5 cm, pre-selects 8 mm on every bracelet with the hint, and a changed wrist moves the choice', async () => {
    const shopper = e2e.asShopper('wrist')
    const page = await shopper.open('/packages/crystal/wrist/index')
    await onScreen(page, 'wrist-current').waitFor(WAIT)
    await typeWrist(page, '15.5')
    const row8 = page.locator('[data-testid="wrist-advice-row"][data-bead="8"]')
    await row8.waitFor(WAIT)
    expect(await row8.getAttribute('data-count')).toBe('21')
    expect(await row8.getAttribute('data-fit')).toBe('comfortable')
    expect(await page.locator('[data-testid="wrist-step"]').count()).toBe(4)
    await onScreen(page, 'wrist-save').click()
    await expect.poll(async () => (await onScreen(page, 'wrist-current').textContent()) ?? '', WAIT).toContain('15.5')
    const profile = await shopper.call<{ wristMm: number | null }>('shop', 'me.profile', {})
    expect(profile.ok && profile.data.wristMm).toBe(155)
    await e2e.screenshot(page, 'crystal-wrist-helper')

    for (const id of ['p-amethyst-bracelet-01', 'p-citrine-bracelet-01']) {
      await page.goto(`${e2e.shop.url}/#/packages/goods/detail/index?id=${id}`)
      const hint = onScreen(page, 'wrist-hint-advice')
      await hint.waitFor(WAIT)
      expect(await hint.textContent()).toBe('按你的手围 15.5 cm，建议 8mm × 21 颗')
      expect(await selectedSku(page)).toBe(`sku-${id.slice(2)}-8mm`)
    }
    // the same page shows the material card of 黄水晶 from the same read
    await onScreen(page, 'material-card').waitFor(WAIT)
    expect(await page.locator('[data-testid="material-meaning"]').allTextContents()).toContain('招财')
    await e2e.screenshot(page, 'crystal-bracelet-hint')

    // a link asking for a size still wins over the wrist (search "8mm 手串" style)
    await page.goto(`${e2e.shop.url}/#/packages/goods/detail/index?id=p-amethyst-bracelet-01&skuId=sku-amethyst-bracelet-01-12mm`)
    await onScreen(page, 'wrist-hint-advice').waitFor(WAIT)
    expect(await selectedSku(page)).toBe('sku-amethyst-bracelet-01-12mm')
    expect(await onScreen(page, 'wrist-hint-selected').textContent()).toContain('12mm')

    // change the wrist from the hint: back on the bracelet, on the size for 17 cm
    await page.goto(`${e2e.shop.url}/#/packages/goods/detail/index?id=p-amethyst-bracelet-01`)
    await onScreen(page, 'wrist-hint-change').click()
    await typeWrist(page, '17')
    await onScreen(page, 'wrist-save').click()
    const hint = onScreen(page, 'wrist-hint-advice')
    await expect.poll(async () => (await hint.count()) ? ((await hint.textContent()) ?? '') : '', WAIT).toBe('按你的手围 17 cm，建议 10mm × 19 颗')
    expect(await selectedSku(page)).toBe('sku-amethyst-bracelet-01-10mm')
  })

  it('without a wrist size, a bracelet opens on its first size in stock and offers to measure', async () => {
    const page = await e2e.asShopper('no-wrist').open('/packages/goods/detail/index?id=p-amethyst-bracelet-01')
    await page.locator('[data-testid="wrist-hint"][data-state="unknown"]').waitFor(WAIT)
    expect(await selectedSku(page)).toBe('sku-amethyst-bracelet-01-6mm')
  })

  it('refuses a wrist no one has, on the page', async () => {
    const page = await e2e.asShopper('bad-wrist').open('/packages/crystal/wrist/index')
    await typeWrist(page, '40')
    await onScreen(page, 'wrist-invalid').waitFor(WAIT)
  })
})
