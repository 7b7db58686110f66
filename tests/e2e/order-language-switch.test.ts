/**
 * An order placed and cancelled in Chinese reads in English after the language switch, and in Chinese
 * again after switching back: its price lines (kind + reason key, product title as data), its cancel
 * reason and its history (Reason + actor) are keys translated on the client, not stored text. No CJK in
 * the English view of those parts (product data aside), no "中文 / English" pair anywhere on the page;
 * the merchant's order page follows the switch too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { CatalogListOutput, Product } from '../../cloudfunctions/contracts/catalog'
import type { OrderCreateOutput } from '../../cloudfunctions/contracts/order'
import { routes } from '../../src/routes'
import { MERCHANT, startE2EShop, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

const WAIT = { timeout: 30_000 }
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/
const BILINGUAL = /\p{Script=Han}[^"]* \/ [A-Za-z]/u
const BUYER = 'e2e-language-buyer'

function onScreen(page: Page, testId: string) {
  return page.locator(`[data-testid="${testId}"]:visible`)
}

const call = <T>(fn: 'shop' | 'admin', action: string, input: unknown, openid: string) => e2e.callOk<T>(fn, action, input, openid)

/** Visible text under a test id that has CJK, leaving out product data (titles, SKU names, a person's words). */
async function chineseUiText(page: Page, rootTestId: string): Promise<string[]> {
  return page.evaluate(
    ({ pattern, rootTestId }) => {
      const re = new RegExp(pattern)
      const found: string[] = []
      for (const root of Array.from(document.querySelectorAll(`[data-testid="${rootTestId}"]`))) {
        const rect = root.getBoundingClientRect()
        if (rect.width === 0 || rect.height === 0) continue
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim() ?? ''
          const parent = node.parentElement
          if (!text || !parent || !re.test(text) || parent.closest('[data-product-data]')) continue
          found.push(text)
        }
      }
      return found
    },
    { pattern: CJK.source, rootTestId },
  )
}

async function switchLanguage(page: Page, locale: 'en' | 'zh-CN') {
  await page.goto(`${e2e.shop.url}/#/pages/me/index`)
  await onScreen(page, `locale-${locale}`).click()
  await expect.poll(() => onScreen(page, 'link-orders').innerText(), WAIT).toContain(locale === 'en' ? 'My orders' : '我的订单')
}

async function openOrder(page: Page, orderId: string) {
  await page.goto(`${e2e.shop.url}/#${routes.orderDetail(orderId)}`)
  await expect.poll(async () => (await onScreen(page, 'order-detail').getAttribute('data-state')) ?? '', WAIT).toBe('cancelled')
  await onScreen(page, 'state-history-entry').first().waitFor(WAIT)
}

async function cheapProduct(): Promise<{ product: Product; skuId: string }> {
  const list = await call<CatalogListOutput>('shop', 'catalog.list', { page: 1, pageSize: 100, sort: 'priceAsc' }, BUYER)
  for (const card of list.items) {
    if (card.status !== 'on' || card.stock < 1) continue
    const product = await call<Product>('shop', 'catalog.get', { id: card._id }, BUYER)
    const sku = product.skus.find((s) => s.stock > 0)
    if (sku) return { product, skuId: sku.skuId }
  }
  throw new Error('nothing buyable in the demo seed')
}

describe('an order follows the language switch', () => {
  it('shows lines, cancel reason and history in English, then in Chinese again', async () => {
    const { product, skuId } = await cheapProduct()
    const address = await call<{ _id: string }>('shop', 'address.save', { name: '林晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园路 1 号', isDefault: true }, BUYER)
    const order = await call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: `lang-${Date.now().toString(36)}`, source: { buyNow: { productId: product._id, skuId, quantity: 1 } }, addressId: address._id }, BUYER)
    await call('shop', 'order.cancel', { orderId: order.orderId }, BUYER)

    // Chinese first, as placed
    const page = await e2e.open('/pages/me/index', BUYER)
    await switchLanguage(page, 'zh-CN')
    await openOrder(page, order.orderId)
    expect(await onScreen(page, 'order-detail-state').innerText()).toBe('已取消')
    expect(await onScreen(page, 'price-lines').innerText()).toContain('运费')
    expect(await onScreen(page, 'price-lines').innerText()).toContain(product.title)

    // English
    await switchLanguage(page, 'en')
    await openOrder(page, order.orderId)
    expect(await onScreen(page, 'order-detail-state').innerText()).toBe('Cancelled')
    const linesText = await onScreen(page, 'price-lines').innerText()
    expect(linesText).toContain('Shipping')
    expect(linesText).toContain(product.title) // the merchant's own words stay as they are
    for (const part of ['price-lines', 'state-history', 'order-detail-state']) expect(await chineseUiText(page, part), part).toEqual([])
    const cancelNote = page.locator('.order-detail__note:visible')
    if (await cancelNote.count()) expect(CJK.test(await cancelNote.first().innerText())).toBe(false)
    expect(await onScreen(page, 'state-history').innerText()).toMatch(/buyer/)
    expect(BILINGUAL.test(await page.locator('body').innerText())).toBe(false)
    await e2e.screenshot(page, 'order-language-en-order-detail')

    // the merchant's view of the same order, in English
    const admin = await e2e.open('/pages/me/index', MERCHANT)
    await switchLanguage(admin, 'en')
    await admin.goto(`${e2e.shop.url}/#${routes.adminOrderDetail(order.orderId)}`)
    await onScreen(admin, 'admin-order-detail').waitFor(WAIT)
    expect(await onScreen(admin, 'admin-order-state').innerText()).toBe('Cancelled')
    expect(await chineseUiText(admin, 'admin-order-detail')).toEqual([])
    expect(BILINGUAL.test(await admin.locator('body').innerText())).toBe(false)
    await e2e.screenshot(admin, 'order-language-en-admin-order-detail')

    // and back to Chinese
    await switchLanguage(page, 'zh-CN')
    await openOrder(page, order.orderId)
    expect(await onScreen(page, 'order-detail-state').innerText()).toBe('已取消')
    expect(await onScreen(page, 'price-lines').innerText()).toContain('运费')
    expect(await onScreen(page, 'state-history').innerText()).toContain('买家')
    expect(BILINGUAL.test(await page.locator('body').innerText())).toBe(false)
  })
})
