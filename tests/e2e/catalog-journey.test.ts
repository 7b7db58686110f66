import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Product } from '../../cloudfunctions/contracts/catalog'
import { SHOPPER, startE2EShop, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

async function shopCall<T>(action: string, input: unknown): Promise<T> {
  const res = await fetch(`${e2e.shop.url}/api/functions/shop`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': 'e2e-reader' },
    body: JSON.stringify({ action, input }),
  })
  const reply = (await res.json()) as { ok: boolean; data: T }
  expect(reply.ok).toBe(true)
  return reply.data
}

const yuan = (text: string) => Number(text.replace(/[^\d.]/g, ''))
const cardPrices = (page: Page) => page.locator('[data-testid="product-card"] [data-testid="card-price"]').allInnerTexts()

describe('acceptance 1: a shopper discovers, inspects and saves a piece', () => {
  it('home → category filter and sort → search 紫水晶 → detail with gallery, video, SKU switch → favourite survives reload', async () => {
    const page = await e2e.open('/pages/home/index')
    await page.getByTestId('new-arrivals').waitFor({ timeout: 30_000 })
    await page.getByTestId('bestsellers').waitFor()
    await expect.poll(() => page.getByTestId('home-category').count()).toBeGreaterThanOrEqual(6)
    await expect.poll(() => page.getByTestId('recommendation').count()).toBeGreaterThan(0)
    await e2e.screenshot(page, 'catalog-1-home')

    // home → category tab
    await page.locator('.weui-tabbar__item').nth(1).click()
    await page.getByTestId('filter-bar').waitFor({ timeout: 30_000 })
    await page.locator('[data-testid="filter-material-chip"][data-value="紫水晶"]').click()
    await page.getByTestId('sort-priceAsc').click()
    await expect
      .poll(async () => {
        const materials = await page.locator('[data-testid="product-card"] .jf-product-row__material').allInnerTexts()
        return materials.length > 0 && materials.every((m) => m === '紫水晶')
      }, { timeout: 15_000 })
      .toBe(true)
    await expect.poll(async () => {
      const prices = (await cardPrices(page)).map(yuan)
      return prices.length > 1 && prices.every((p, i) => i === 0 || prices[i - 1] <= p)
    }).toBe(true)
    await e2e.screenshot(page, 'catalog-2-category-amethyst-price-asc')

    // search
    await page.goto(`${e2e.shop.url}/#/packages/goods/search/index`)
    const input = page.locator('[data-testid="search-input"] input')
    await input.waitFor({ timeout: 30_000 })
    await input.fill('紫水晶')
    await page.getByTestId('search-submit').click()
    const result = page.locator('[data-testid="product-card"][data-id="p-amethyst-bracelet-01"]')
    await result.waitFor({ timeout: 30_000 })
    await e2e.screenshot(page, 'catalog-3-search')
    await result.click()

    // detail
    await page.getByTestId('product-title').waitFor({ timeout: 30_000 })
    await expect.poll(() => page.locator('[data-testid="product-images"] img').count()).toBeGreaterThan(1)
    await expect.poll(() => page.locator('[data-testid="product-video"] video').count()).toBe(1)
    expect(await page.locator('[data-testid="product-video"] video').getAttribute('src')).toMatch(/\.mp4$/)
    await page.getByTestId('certificate-image').count()

    const product = await shopCall<Product>('catalog.get', { id: 'p-amethyst-bracelet-01' })
    const priceBefore = await page.getByTestId('product-price').innerText()
    const selectedId = await page.locator('[data-testid="sku-chip"][data-selected="yes"]').getAttribute('data-sku-id')
    const other = product.skus.find((s) => s.skuId !== selectedId && s.stock > 0 && s.price !== product.skus.find((x) => x.skuId === selectedId)!.price)!
    await page.locator(`[data-testid="sku-chip"][data-sku-id="${other.skuId}"]`).click()
    await expect.poll(() => page.getByTestId('product-price').innerText()).not.toBe(priceBefore)
    expect(yuan(await page.getByTestId('product-price').innerText())).toBe(other.price / 100)
    expect(await page.getByTestId('product-stock').innerText()).toContain(String(other.stock))
    await page.waitForTimeout(500)
    await e2e.screenshot(page, 'catalog-4-detail-sku-switched')

    // favourite persists after reload
    const fav = page.getByTestId('favorite-toggle')
    await expect.poll(() => fav.getAttribute('data-favorite')).toBe('no')
    await fav.click()
    await expect.poll(() => fav.getAttribute('data-favorite')).toBe('yes')
    await page.waitForTimeout(500)
    await page.reload()
    await page.getByTestId('product-title').waitFor({ timeout: 30_000 })
    await expect.poll(() => page.getByTestId('favorite-toggle').getAttribute('data-favorite'), { timeout: 15_000 }).toBe('yes')
    const saved = await (async () => {
      const res = await fetch(`${e2e.shop.url}/api/functions/shop`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-WX-OPENID': SHOPPER },
        body: JSON.stringify({ action: 'favorites.list', input: {} }),
      })
      return ((await res.json()) as { data: { items: { _id: string }[] } }).data.items.map((p) => p._id)
    })()
    expect(saved).toContain('p-amethyst-bracelet-01')
    await e2e.screenshot(page, 'catalog-5-favourite-after-reload')
  })
})
