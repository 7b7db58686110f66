import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MERCHANT, startE2EShop, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

// A 2×2 PNG: the upload path is what is under test, not image decoding.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFklEQVR4AWNk+M/wn4GBgYGJAQoAAA0aAQFJJ8EKAAAAAElFTkSuQmCC',
  'base64',
)
const TITLE = '验收测试紫晶簇 A2'

describe('acceptance 2: merchant creates, shopper finds, merchant unlists', () => {
  it('creates a product with two SKUs and an uploaded image; search finds it; unlisted shows 已下架 and leaves lists', async () => {
    const admin = await e2e.open('/packages/admin/products/edit/index', MERCHANT)
    await admin.getByTestId('admin-product-edit').waitFor({ timeout: 30_000 })
    const field = (id: string) => admin.locator(`[data-testid="${id}"] input`)
    await field('field-title').fill(TITLE)
    await admin.locator('[data-testid="field-description"] textarea').fill('验收测试用商品')
    await admin.locator('[data-testid="field-category"][data-id="c-clusters"]').click()
    await field('field-tags').fill('验收, 紫水晶')
    await field('field-material').fill('紫水晶')
    await field('field-origin').fill('巴西')
    await field('field-sizeMm').fill('80')

    const chooser = admin.waitForEvent('filechooser')
    await admin.getByTestId('upload-image').click()
    await (await chooser).setFiles({ name: 'piece.png', mimeType: 'image/png', buffer: PNG })
    await admin.getByTestId('form-image').first().waitFor({ timeout: 15_000 })
    expect(await admin.locator('[data-testid="form-image"] img').first().getAttribute('src')).toMatch(/^\/files\/products\/.+\.png$/)

    const skuRows = admin.getByTestId('form-sku')
    await skuRows.nth(0).locator('[data-testid="sku-name"] input').fill('小号')
    await skuRows.nth(0).locator('[data-testid="sku-price"] input').fill('129')
    await skuRows.nth(0).locator('[data-testid="sku-stock"] input').fill('3')
    await admin.getByTestId('add-sku').click()
    await skuRows.nth(1).locator('[data-testid="sku-name"] input').fill('大号')
    await skuRows.nth(1).locator('[data-testid="sku-price"] input').fill('259')
    await skuRows.nth(1).locator('[data-testid="sku-stock"] input').fill('2')
    await e2e.screenshot(admin, 'catalog-merchant-1-form')
    await admin.getByTestId('save-product').click()

    // the merchant's list finds it by search
    await admin.goto(`${e2e.shop.url}/#/packages/admin/products/list/index`)
    await admin.reload()
    await admin.locator('[data-testid="admin-search"] input').fill('验收测试')
    await admin.getByTestId('admin-search-submit').click()
    const row = admin.getByTestId('admin-product-row')
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1)
    const productId = (await row.getAttribute('data-id'))!
    expect(await row.innerText()).toContain('¥129.00')
    await e2e.screenshot(admin, 'catalog-merchant-2-list')

    // a shopper finds it by search and sees both SKUs
    const shopper = await e2e.open(`/packages/goods/search/index?keyword=${encodeURIComponent('验收测试')}`)
    const card = shopper.locator(`[data-testid="product-card"][data-id="${productId}"]`)
    await card.waitFor({ timeout: 30_000 })
    await card.click()
    await shopper.getByTestId('product-title').waitFor({ timeout: 30_000 })
    expect(await shopper.getByTestId('product-title').innerText()).toBe(TITLE)
    await expect.poll(() => shopper.getByTestId('sku-chip').count()).toBe(2)
    expect(await shopper.getByTestId('goods-detail').getAttribute('data-status')).toBe('on')
    await e2e.screenshot(shopper, 'catalog-merchant-3-shopper-detail')

    // the merchant unlists it
    await row.getByTestId('admin-toggle-status').click()
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 15_000 }).toBe('off')

    // the shopper's detail page now says 已下架 and cannot be bought; lists no longer show it
    await shopper.reload()
    await shopper.getByTestId('off-shelf-notice').waitFor({ timeout: 30_000 })
    expect(await shopper.getByTestId('badge-off').innerText()).toBe('已下架')
    expect(await shopper.getByTestId('add-to-cart').count()).toBe(0)
    expect(await shopper.getByTestId('purchase-blocked').innerText()).toBe('已下架')
    await e2e.screenshot(shopper, 'catalog-merchant-4-unlisted')

    await shopper.goto(`${e2e.shop.url}/#/packages/goods/search/index?keyword=${encodeURIComponent('验收测试')}`)
    await shopper.reload()
    await shopper.getByTestId('search-empty').waitFor({ timeout: 30_000 })
    expect(await shopper.getByTestId('suggested-category').count()).toBeGreaterThan(0)
    await shopper.goto(`${e2e.shop.url}/#/pages/category/index`)
    await shopper.reload()
    await shopper.locator('.jf-product-row').first().waitFor({ timeout: 30_000 })
    expect(await shopper.locator(`[data-id="${productId}"]`).count()).toBe(0)
  })
})
