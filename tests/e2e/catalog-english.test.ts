import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startE2EShop, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/

/**
 * Visible text of the current page that is UI, not product data: every text node not inside an
 * element marked data-product-data (titles, materials, origins, SKU names the merchant wrote).
 */
async function uiTextWithChinese(page: Page): Promise<string[]> {
  return page.evaluate((pattern) => {
    const re = new RegExp(pattern)
    const found: string[] = []
    const visible = (el: Element) => {
      const style = getComputedStyle(el)
      const rect = el.getBoundingClientRect()
      return style.display !== 'none' && style.visibility !== 'hidden' && rect.width > 0 && rect.height > 0
    }
    const current = document.querySelector('.taro_page:not([style*="display: none"])') ?? document.body
    const roots = [current, ...Array.from(document.querySelectorAll('.weui-tabbar, .taro-navigation-bar, .taro_navigation_bar'))]
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? ''
        const parent = node.parentElement
        if (!text || !parent || !re.test(text)) continue
        if (parent.closest('[data-product-data]') || !visible(parent)) continue
        found.push(text)
      }
    }
    return found
  }, CJK.source)
}

describe('acceptance 5: English mode and display currency', () => {
  it('shows no untranslated Chinese UI on home, category, detail and me; currency changes displayed prices only', async () => {
    const page = await e2e.open('/pages/me/index')
    await page.getByTestId('locale-en').click()
    await expect.poll(() => page.getByTestId('link-orders').innerText()).toContain('My orders')
    await page.getByTestId('profile-card').waitFor({ timeout: 30_000 })
    expect(await uiTextWithChinese(page)).toEqual([])
    await e2e.screenshot(page, 'catalog-en-me')

    await page.goto(`${e2e.shop.url}/#/pages/home/index`)
    await page.getByTestId('bestsellers').waitFor({ timeout: 30_000 })
    await expect.poll(() => page.getByTestId('recommendation').count()).toBeGreaterThan(0)
    expect(await uiTextWithChinese(page)).toEqual([])
    await e2e.screenshot(page, 'catalog-en-home')

    await page.goto(`${e2e.shop.url}/#/pages/category/index`)
    await page.getByTestId('filter-bar').waitFor({ timeout: 30_000 })
    await page.locator('.jf-product-row').first().waitFor({ timeout: 30_000 })
    expect(await uiTextWithChinese(page)).toEqual([])
    await e2e.screenshot(page, 'catalog-en-category')

    // a unique, certified piece with a video exercises the most UI on the detail page
    await page.goto(`${e2e.shop.url}/#/packages/goods/detail/index?id=p-amethyst-cluster-01`)
    await page.getByTestId('product-title').waitFor({ timeout: 30_000 })
    const detail = page.getByTestId('goods-detail')
    await detail.getByTestId('badge-unique').waitFor()
    expect(await detail.getByTestId('badge-unique').innerText()).toBe('One of a kind')
    const cnyPrice = await page.getByTestId('product-price').innerText()
    expect(await uiTextWithChinese(page)).toEqual([])
    await e2e.screenshot(page, 'catalog-en-detail')

    // currency: USD shows "≈ US$…" next to the unchanged CNY price
    await page.goto(`${e2e.shop.url}/#/pages/me/index`)
    await page.getByTestId('currency-USD').click()
    await page.goto(`${e2e.shop.url}/#/packages/goods/detail/index?id=p-amethyst-cluster-01`)
    await page.reload() // one page in the DOM again: the choice must survive a fresh start
    await page.getByTestId('product-title').waitFor({ timeout: 30_000 })
    const usdDetail = page.getByTestId('goods-detail').last()
    await expect.poll(() => usdDetail.getByTestId('price-approx').first().innerText(), { timeout: 15_000 }).toMatch(/^≈ US\$[\d,]+\.\d{2}$/)
    expect(await usdDetail.getByTestId('product-price').innerText()).toBe(cnyPrice)
    const fen = Math.round(Number(cnyPrice.replace(/[^\d.]/g, '')) * 100)
    const usd = Number((await usdDetail.getByTestId('price-approx').first().innerText()).replace(/[^\d.]/g, ''))
    expect(usd).toBeCloseTo((fen * 0.14) / 100, 2)
    await e2e.screenshot(page, 'catalog-en-detail-usd')
  })
})
