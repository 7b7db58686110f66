/**
 * 秒杀 and 拼团 on the H5 shop: the merchant's sale and offer show on the product page; one shopper
 * starts a group from there and pays, the group page shows one seat left and the invite; a second
 * shopper opens that group page, joins and pays; both see the group formed. The merchant's page lists
 * the flash sale with units left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { CatalogListOutput, Product } from '../../cloudfunctions/contracts/catalog'
import { MERCHANT, startE2EShop, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

const WAIT = { timeout: 30_000 }
const onScreen = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]:visible`)

const call = <T>(fn: 'shop' | 'admin', action: string, input: unknown, openid: string) => e2e.callOk<T>(fn, action, input, openid)

async function productWithStock(min: number): Promise<Product> {
  const list = await call<CatalogListOutput>('shop', 'catalog.list', { page: 1, pageSize: 100 }, 'e2e-probe')
  for (const card of list.items) {
    if (card.status !== 'on' || card.stock < min) continue
    const product = await call<Product>('shop', 'catalog.get', { id: card._id }, 'e2e-probe')
    if (product.skus[0].stock >= min) return product
  }
  throw new Error(`the demo seed has no product with ${min} units on its first SKU`)
}

const ADDRESS = { name: '林晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园路 1 号 2 栋 301' }

async function checkoutAndPay(page: Page) {
  await onScreen(page, 'checkout-add-address').click(WAIT)
  // The address form fills itself from one pasted line (address-edit's recogniser), as a shopper would do it.
  const paste = onScreen(page, 'address-paste').locator('input, textarea').first()
  await paste.waitFor(WAIT)
  await paste.fill(`${ADDRESS.name} ${ADDRESS.phone} ${ADDRESS.province}${ADDRESS.city}${ADDRESS.district}${ADDRESS.detail}`)
  await onScreen(page, 'address-recognise').click()
  await onScreen(page, 'address-save').click()
  await onScreen(page, 'checkout-address').waitFor(WAIT)
  await onScreen(page, 'checkout-submit').click(WAIT)
  await onScreen(page, 'pay-sheet').waitFor(WAIT)
  await onScreen(page, 'pay-sheet-confirm').click()
  await expect.poll(async () => (await onScreen(page, 'pay-result').getAttribute('data-phase')) ?? '', WAIT).toBe('paid')
}

describe('flash sale and group buy on the H5 shop', () => {
  it('product page shows both; a group is started, shared, joined and formed; the merchant sees the sale', async () => {
    const product = await productWithStock(6)
    const now = Date.now()
    const sku = product.skus[0]
    await call('admin', 'flashSales.save', { name: '整点秒杀', productId: product._id, skuId: sku.skuId, price: 990, quantity: 3, perShopperLimit: 1, startAt: now - 1000, endAt: now + 3_600_000 }, MERCHANT)
    await call('admin', 'groupOffers.save', { name: '两人拼', productId: product._id, skuId: sku.skuId, price: 1990, groupSize: 2, hours: 24, startAt: now - 1000, endAt: now + 86_400_000 }, MERCHANT)

    const leader = await e2e.open(`/packages/goods/detail/index?id=${product._id}`, 'e2e-group-leader')
    await onScreen(leader, 'flash-sale').waitFor(WAIT)
    expect(await onScreen(leader, 'flash-sale').getAttribute('data-phase')).toBe('live')
    expect(await onScreen(leader, 'flash-price').innerText()).toBe('¥9.90')
    expect(await onScreen(leader, 'flash-remaining').innerText()).toContain('3/3')
    expect(await onScreen(leader, 'group-price').innerText()).toBe('¥19.90')
    await e2e.screenshot(leader, 'specials-1-product')
    await onScreen(leader, 'group-start').click()
    await checkoutAndPay(leader)

    const order = (e2e.shop.cloud.store.collection('orders').find({ openid: 'e2e-group-leader' }) as { groupId: string }[])[0]
    const groupPage = await e2e.open(`/packages/group/detail/index?id=${order.groupId}`, 'e2e-group-leader')
    await onScreen(groupPage, 'group-page').waitFor(WAIT)
    expect(await onScreen(groupPage, 'group-page').getAttribute('data-state')).toBe('forming')
    expect(await onScreen(groupPage, 'group-seats-left').innerText()).toContain('1')
    expect(await onScreen(groupPage, 'group-share').innerText()).toBe('复制邀请链接')
    expect(await onScreen(groupPage, 'group-join').count()).toBe(0)
    await e2e.screenshot(groupPage, 'specials-2-group-forming')

    const friend = await e2e.open(`/packages/group/detail/index?id=${order.groupId}`, 'e2e-group-friend')
    await onScreen(friend, 'group-join').click(WAIT)
    await checkoutAndPay(friend)
    const after = await e2e.open(`/packages/group/detail/index?id=${order.groupId}`, 'e2e-group-friend')
    await expect.poll(async () => (await onScreen(after, 'group-page').getAttribute('data-state')) ?? '', WAIT).toBe('formed')
    expect(await onScreen(after, 'group-member').count()).toBe(2)
    await e2e.screenshot(after, 'specials-3-group-formed')

    const merchant = await e2e.open('/packages/admin/specials/index', MERCHANT)
    await onScreen(merchant, 'flash-row').first().waitFor(WAIT)
    expect(await onScreen(merchant, 'flash-stats').first().innerText()).toContain('3/3')
    await onScreen(merchant, 'specials-tab-group').click()
    await onScreen(merchant, 'group-row').first().waitFor(WAIT)
    expect(await onScreen(merchant, 'group-stats').first().innerText()).toContain('已成团 1')
  }, 180_000)
})
