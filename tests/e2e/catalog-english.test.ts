import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { CatalogListOutput, Product } from '../../cloudfunctions/contracts/catalog'
import type { ActionResult } from '../../cloudfunctions/core/result'
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
 * With rootTestId, only the visible element(s) with that test id (plus the bars) are read: after an
 * in-app navigation the previous page is still in the DOM, sliding out.
 */
async function uiTextWithChinese(page: Page, rootTestId?: string): Promise<string[]> {
  return page.evaluate(({ pattern, rootTestId }) => {
    const re = new RegExp(pattern)
    const found: string[] = []
    const visible = (el: Element) => {
      const style = getComputedStyle(el)
      const rect = el.getBoundingClientRect()
      return style.display !== 'none' && style.visibility !== 'hidden' && rect.width > 0 && rect.height > 0
    }
    const current = rootTestId
      ? Array.from(document.querySelectorAll(`[data-testid="${rootTestId}"]`)).filter(visible)
      : [document.querySelector('.taro_page:not([style*="display: none"])') ?? document.body]
    if (current.length === 0) return [`no visible ${rootTestId}`]
    const roots = [...current, ...Array.from(document.querySelectorAll('.weui-tabbar, .taro-navigation-bar, .taro_navigation_bar'))]
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
  }, { pattern: CJK.source, rootTestId })
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

const WAIT = { timeout: 30_000 }

/** Taro H5 keeps earlier pages of the stack in the DOM, hidden: only ever act on what is on screen. */
function onScreen(page: Page, testId: string) {
  return page.locator(`[data-testid="${testId}"]:visible`)
}

async function call<T>(action: string, input: unknown, openid: string): Promise<T> {
  const result = (await e2e.shop.cloud.invoke('shop', { action, input }, { openid, source: 'wx_client' })) as ActionResult<T>
  if (!result.ok) throw new Error(`${action} failed: ${result.error.code} ${result.error.message}`)
  return result.data
}

/** The cheapest product a shopper can buy now, with an in-stock SKU. */
async function cheapBuyableProduct(openid: string): Promise<{ product: Product; skuId: string }> {
  const list = await call<CatalogListOutput>('catalog.list', { page: 1, pageSize: 100, sort: 'priceAsc' }, openid)
  for (const card of [...list.items].sort((a, b) => a.priceFrom - b.priceFrom)) {
    if (card.status !== 'on' || card.stock < 1) continue
    const product = await call<Product>('catalog.get', { id: card._id }, openid)
    const sku = product.skus.find((s) => s.stock > 0)
    if (sku) return { product, skuId: sku.skuId }
  }
  throw new Error('the demo seed has no buyable product')
}

/** Page slide-ins finished, so a screenshot shows the page rather than a transition. */
async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'), undefined, WAIT)
}

describe('English mode through the cart, checkout and an order', () => {
  it('shows no untranslated Chinese UI in the cart, checkout, pay sheet, pay result, order detail and order list', async () => {
    const buyer = 'e2e-english-buyer'
    // What is in the cart and where it goes are set up directly: this test is about the words on screen.
    const { product, skuId } = await cheapBuyableProduct(buyer)
    await call('cart.add', { productId: product._id, skuId, quantity: 1 }, buyer)
    await call('address.save', { name: '林晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园路 1 号', isDefault: true }, buyer)

    const page = await e2e.open('/pages/me/index', buyer)
    await page.getByTestId('locale-en').click()
    await expect.poll(() => page.getByTestId('link-orders').innerText()).toContain('My orders')

    await page.goto(`${e2e.shop.url}/#/pages/cart/index`)
    await expect.poll(() => onScreen(page, 'cart-line').count(), WAIT).toBe(1)
    expect(await onScreen(page, 'cart-page').innerText()).toContain(product.title)
    expect(await onScreen(page, 'cart-checkout').innerText()).toBe('Checkout (1)')
    expect(await uiTextWithChinese(page, 'cart-page')).toEqual([])
    await settled(page)
    await e2e.screenshot(page, 'orders-en-cart')

    await onScreen(page, 'cart-checkout').click()
    await onScreen(page, 'checkout-address').waitFor(WAIT)
    await expect.poll(() => onScreen(page, 'checkout-item').count(), WAIT).toBe(1)
    expect(await onScreen(page, 'checkout-submit').innerText()).toBe('Place order')
    expect(await uiTextWithChinese(page, 'checkout-page')).toEqual([])
    await settled(page)
    await e2e.screenshot(page, 'orders-en-checkout')

    await onScreen(page, 'checkout-submit').click()
    await onScreen(page, 'pay-sheet').waitFor(WAIT)
    expect(await onScreen(page, 'pay-sheet-confirm').innerText()).toBe('Pay')
    expect(await uiTextWithChinese(page, 'checkout-page')).toEqual([])
    await settled(page)
    await e2e.screenshot(page, 'orders-en-pay-sheet')

    await onScreen(page, 'pay-sheet-confirm').click()
    await expect.poll(async () => (await onScreen(page, 'pay-result').getAttribute('data-phase')) ?? '', WAIT).toBe('paid')
    expect(await onScreen(page, 'pay-result-title').innerText()).toBe('Payment received')
    expect(await uiTextWithChinese(page, 'pay-result')).toEqual([])

    await onScreen(page, 'pay-result-view-order').click()
    await expect.poll(async () => (await onScreen(page, 'order-detail').getAttribute('data-state')) ?? '', WAIT).toBe('paid')
    expect(await onScreen(page, 'order-detail-state').innerText()).toBe('Paid, to ship')
    expect(await uiTextWithChinese(page, 'order-detail')).toEqual([])
    await settled(page)
    await e2e.screenshot(page, 'orders-en-order-detail')

    await page.goto(`${e2e.shop.url}/#/packages/order/list/index`)
    await onScreen(page, 'order-card').first().waitFor(WAIT)
    expect(await onScreen(page, 'order-state').first().innerText()).toBe('Paid, to ship')
    expect(await uiTextWithChinese(page, 'order-list')).toEqual([])

    await page.goto(`${e2e.shop.url}/#/packages/order/address-list/index`)
    await onScreen(page, 'address-item').first().waitFor(WAIT)
    expect(await uiTextWithChinese(page, 'address-list')).toEqual([])
  })
})
