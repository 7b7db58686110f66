/**
 * Address entry in Chromium on the H5 shop: from checkout with no address, the shopper pastes a whole
 * address line and sees the fields filled, changes the district in the region picker, fixes a phone
 * the form refuses, labels it 公司 and saves; checkout then shows that address, stored with the
 * dataset's region names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Address } from '../../cloudfunctions/contracts/address'
import type { CatalogListOutput, Product } from '../../cloudfunctions/contracts/catalog'
import { startE2EShop, type Actor, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

const WAIT = { timeout: 30_000 }

/** Taro H5 keeps earlier pages of the stack in the DOM, hidden: only ever act on what is on screen. */
function onScreen(page: Page, testId: string) {
  return page.locator(`[data-testid="${testId}"]:visible`)
}

function field(page: Page, testId: string) {
  return onScreen(page, testId).locator('input, textarea').first()
}

async function buyableProduct(buyer: Actor): Promise<{ product: Product; skuId: string }> {
  const list = await buyer.call<CatalogListOutput>('shop', 'catalog.list', { page: 1, pageSize: 100 })
  if (!list.ok) throw new Error('catalog.list failed')
  for (const card of list.data.items) {
    if (card.status !== 'on' || card.stock < 1) continue
    const got = await buyer.call<Product>('shop', 'catalog.get', { id: card._id })
    const sku = got.ok ? got.data.skus.find((s) => s.stock > 0) : undefined
    if (got.ok && sku) return { product: got.data, skuId: sku.skuId }
  }
  throw new Error('the demo seed has no buyable product')
}

describe('address entry', () => {
  it('pastes a line, fills the form, changes the district in the picker, saves, and checkout shows it', async () => {
    const buyer = e2e.asShopper('address-paster')
    const { product, skuId } = await buyableProduct(buyer)
    const page = await buyer.open(`/packages/order/checkout/index?from=buyNow&productId=${product._id}&skuId=${skuId}&quantity=1`)
    await onScreen(page, 'checkout-add-address').click(WAIT)
    await onScreen(page, 'address-edit').waitFor(WAIT)
    // The H5 build has no WeChat address book to offer.
    expect(await onScreen(page, 'address-wechat').count()).toBe(0)

    // Something that is not an address: the form says so and stays empty.
    await field(page, 'address-paste').fill('下午三点以后再送')
    await onScreen(page, 'address-recognise').click()
    await expect.poll(() => onScreen(page, 'address-paste-notice').innerText(), WAIT).toContain('没有识别出')
    expect(await field(page, 'address-name').inputValue()).toBe('')

    // A real-shaped paste: labels, +86 and dashes, a province without 省 and a city without 市.
    await field(page, 'address-paste').fill('收货人：欧阳娜娜，手机号：+86 139-1234-5678，浙江杭州西湖区文三路90号 东部软件园3号楼')
    await onScreen(page, 'address-recognise').click()
    await expect.poll(() => field(page, 'address-name').inputValue(), WAIT).toBe('欧阳娜娜')
    expect(await field(page, 'address-phone').inputValue()).toBe('13912345678')
    expect(await onScreen(page, 'address-region-text').innerText()).toBe('浙江省 杭州市 西湖区')
    expect(await field(page, 'address-detail').inputValue()).toBe('文三路90号 东部软件园3号楼')
    expect(await onScreen(page, 'address-paste-notice').innerText()).toContain('已识别')
    await e2e.screenshot(page, 'address-1-recognised')

    // The picker opens on the recognised region; the shopper moves it to 余杭区.
    await onScreen(page, 'address-region').click()
    const picker = page.locator('.nut-cascader:visible, .nut-popup:visible').first()
    await picker.waitFor(WAIT)
    await page.locator('.nut-cascader-item:visible', { hasText: /^余杭区$/ }).click()
    await expect.poll(() => onScreen(page, 'address-region-text').innerText(), WAIT).toBe('浙江省 杭州市 余杭区')

    // And then to another province altogether, level by level.
    await onScreen(page, 'address-region').click()
    await page.locator('.nut-cascader-item:visible', { hasText: /^余杭区$/ }).waitFor(WAIT)
    await e2e.screenshot(page, 'address-2-region-picker')
    await page.locator('.nut-tabs-titles-item:visible', { hasText: '浙江省' }).click()
    await page.locator('.nut-cascader-item:visible', { hasText: /^上海市$/ }).click()
    // The province pane (with its own 上海市) stays in the DOM beside the city pane, which comes last.
    await page.locator('.nut-cascader-item:visible', { hasText: /^上海市$/ }).last().click()
    await page.locator('.nut-cascader-item:visible', { hasText: /^徐汇区$/ }).click()
    await expect.poll(() => onScreen(page, 'address-region-text').innerText(), WAIT).toBe('上海市 上海市 徐汇区')
    await e2e.screenshot(page, 'address-3-region-picked')

    // A phone the form refuses stays on the page with the reason by the field.
    await field(page, 'address-phone').fill('12345')
    await onScreen(page, 'address-save').click()
    await onScreen(page, 'address-phone-problem').waitFor(WAIT)
    expect(await onScreen(page, 'address-edit').count()).toBe(1)
    await field(page, 'address-phone').fill('139 1234 5678')
    await field(page, 'address-postcode').fill('200030')
    await onScreen(page, 'address-tag-company').click()
    await onScreen(page, 'address-save').click()

    // Back at checkout with that address chosen.
    const card = onScreen(page, 'checkout-address')
    await card.waitFor(WAIT)
    await expect.poll(() => card.innerText(), WAIT).toContain('欧阳娜娜')
    const shown = await card.innerText()
    expect(shown).toContain('13912345678')
    expect(shown).toContain('上海市 上海市 徐汇区 文三路90号 东部软件园3号楼')
    expect(shown).toContain('公司')
    await onScreen(page, 'checkout-payable').waitFor(WAIT)
    await e2e.screenshot(page, 'address-4-checkout')

    const book = await buyer.call<Address[]>('shop', 'address.list', {})
    expect(book.ok && book.data.map(({ name, phone, province, city, district, detail, postcode, tag, isDefault }) => ({ name, phone, province, city, district, detail, postcode, tag, isDefault }))).toEqual([
      { name: '欧阳娜娜', phone: '13912345678', province: '上海市', city: '上海市', district: '徐汇区', detail: '文三路90号 东部软件园3号楼', postcode: '200030', tag: 'company', isDefault: true },
    ])
  })
})
