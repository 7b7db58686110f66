import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startE2EShop, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

async function openSearch(): Promise<Page> {
  const page = await e2e.open('/packages/goods/search/index')
  await page.locator('[data-testid="search-input"] input').waitFor({ timeout: 30_000 })
  return page
}

async function searchFor(page: Page, keyword: string): Promise<void> {
  await page.locator('[data-testid="search-input"] input').fill(keyword)
  await page.getByTestId('search-submit').click()
}

const cardIds = (page: Page) => page.locator('[data-testid="product-card"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''))

describe('search that understands shoppers (H5)', () => {
  it('typing 粉晶 suggests 粉水晶 while typing and finds the rose-quartz pieces', async () => {
    const page = await openSearch()
    await page.locator('[data-testid="search-input"] input').fill('粉晶')
    const suggested = page.getByTestId('suggest-material')
    await suggested.first().waitFor({ timeout: 30_000 })
    expect(await suggested.allInnerTexts()).toContain('粉水晶')
    await e2e.screenshot(page, 'search-1-suggest-fenjing')
    await page.getByTestId('search-submit').click()
    await page.getByTestId('product-card').first().waitFor({ timeout: 30_000 })
    const ids = await cardIds(page)
    expect(ids.length).toBeGreaterThanOrEqual(3)
    for (const id of ids) expect(id).toMatch(/^p-rose-quartz-/)
    await e2e.screenshot(page, 'search-2-fenjing-results')
  })

  it('typing zishuijing finds amethyst, the bracelet first', async () => {
    const page = await openSearch()
    await searchFor(page, 'zishuijing')
    await page.getByTestId('product-card').first().waitFor({ timeout: 30_000 })
    const ids = await cardIds(page)
    expect(ids[0]).toBe('p-amethyst-bracelet-01')
    for (const id of ids) expect(id).toMatch(/^p-amethyst-/)
    await e2e.screenshot(page, 'search-3-zishuijing')
  })

  it('a miswriting is corrected and said so', async () => {
    const page = await openSearch()
    await searchFor(page, '海兰宝')
    await page.getByTestId('search-corrected').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('search-corrected').innerText()).toContain('海蓝宝')
    expect((await cardIds(page)).every((id) => id.startsWith('p-aquamarine-'))).toBe(true)
  })

  it('a nonsense query shows nearest materials, hot searches and categories instead of a blank page', async () => {
    const page = await openSearch()
    await searchFor(page, 'qwxzv')
    await page.getByTestId('search-empty').waitFor({ timeout: 30_000 })
    await expect.poll(() => page.getByTestId('nearest-material').count()).toBeGreaterThan(0)
    await expect.poll(() => page.getByTestId('empty-hot-keyword').count()).toBeGreaterThan(0)
    await expect.poll(() => page.getByTestId('suggested-category').count()).toBeGreaterThan(0)
    await e2e.screenshot(page, 'search-4-no-dead-end')
    // one tap on a suggestion and the shopper is looking at products again
    await page.getByTestId('empty-hot-keyword').first().click()
    await page.getByTestId('product-card').first().waitFor({ timeout: 30_000 })
  })

  it('8mm 手串 opens the bracelet with its 8 mm size already selected', async () => {
    const page = await openSearch()
    await searchFor(page, '8mm 手串')
    await page.getByTestId('product-card').first().waitFor({ timeout: 30_000 })
    await page.getByTestId('product-card').first().click()
    await page.getByTestId('product-title').waitFor({ timeout: 30_000 })
    const selected = page.locator('[data-testid="sku-chip"][data-selected="yes"]')
    await expect.poll(() => selected.innerText()).toContain('8mm')
    await page.waitForTimeout(500)
    await e2e.screenshot(page, 'search-5-8mm-preselected')
  })

  it('the merchant adds a synonym on 搜索同义词 and shoppers find by it on the next search', async () => {
    const admin = await e2e.open('/packages/admin/search-synonyms/index', 'test-owner')
    const text = admin.locator('[data-testid="synonyms-text"] textarea')
    await text.waitFor({ timeout: 30_000 })
    expect(await text.inputValue()).toContain('粉晶')
    await text.fill(`${await text.inputValue()}\n聚宝盆 = 紫晶洞`)
    await admin.getByTestId('synonyms-save').click()
    await expect.poll(() => admin.getByTestId('synonyms-status').innerText(), { timeout: 30_000 }).not.toContain('默认')
    await e2e.screenshot(admin, 'search-6-admin-synonyms')

    const page = await openSearch()
    await searchFor(page, '聚宝盆')
    await page.getByTestId('product-card').first().waitFor({ timeout: 30_000 })
    expect((await cardIds(page))[0]).toBe('p-amethyst-geode-01')
  })
})
