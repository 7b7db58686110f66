/**
 * The merchant's dashboard in Chromium: it shows the shop's figures and the 30-day chart; a shopper
 * pays in another browser context and the new order appears on the open dashboard without a reload;
 * the merchant ships it, approves a refund and changes a SKU's stock, and every figure follows (paid
 * sales, to-ship count, refund amount, low-stock count). Screenshots in test-results/screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { CatalogListOutput, Product } from '../../cloudfunctions/contracts/catalog'
import type { DashboardOutput } from '../../cloudfunctions/contracts/console'
import type { OrderCreateOutput, OrderPayOutput } from '../../cloudfunctions/contracts/order'
import type { AfterSale } from '../../cloudfunctions/contracts/aftersale'
import type { ActionResult } from '../../cloudfunctions/core/result'
import { formatCny } from '../../cloudfunctions/domain/money'
import { lastDays } from '../../cloudfunctions/domain/console/periods'
import { seedPaidOrders } from '../kit/console-fixtures'
import { startE2EShop, type Actor, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
  // Paid orders over the last 30 days, so the chart has bars and the periods differ.
  const now = Date.now()
  const products = [{ _id: 'fixture-product', title: '紫水晶手串' }]
  seedPaidOrders(e2e.shop.cloud.store, { count: 40, from: lastDays(now, 30).from, to: now - 3_600_000, products })
}, 120_000)
afterAll(() => e2e?.close())

const WAIT = { timeout: 30_000 }
const onScreen = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]:visible`)

async function ok<T>(r: Promise<ActionResult<T>>): Promise<T> {
  const result = await r
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`)
  return result.data
}

async function expectText(page: Page, testId: string, text: string) {
  await expect.poll(async () => (await onScreen(page, testId).first().textContent())?.trim(), WAIT).toBe(text)
}

async function buyable(shopper: Actor): Promise<{ product: Product; skuId: string }> {
  const list = await ok(shopper.call<CatalogListOutput>('shop', 'catalog.list', { page: 1, pageSize: 100 }))
  for (const card of list.items) {
    if (card.status !== 'on' || card.stock < 6) continue
    const product = await ok(shopper.call<Product>('shop', 'catalog.get', { id: card._id }))
    const sku = product.skus.find((s) => s.stock >= 6)
    if (sku) return { product, skuId: sku.skuId }
  }
  throw new Error('no product with stock to spare in the demo seed')
}

describe('merchant dashboard', () => {
  it('follows a new paid order, shipping, a refund and a stock change without a reload', async () => {
    const merchant = e2e.asMerchant()
    const shopper = e2e.asShopper('dash-buyer')
    const before = await ok(merchant.call<DashboardOutput>('admin', 'console.dashboard', {}))

    const page = await merchant.open('/packages/admin/home/index')
    await onScreen(page, 'dashboard').waitFor(WAIT)
    await expectText(page, 'dash-sales', formatCny(before.periods.today.sales))
    await onScreen(page, 'dash-period-d30').click()
    await expectText(page, 'dash-sales', formatCny(before.periods.d30.sales))
    await expectText(page, 'dash-orders', String(before.periods.d30.orders))
    await onScreen(page, 'dash-period-today').click()
    await expectText(page, 'dash-todo-toShip-count', String(before.todo.toShip))
    // The chart is drawn by F2 into the canvas: pixels are there, not a blank box.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const c = document.querySelector('#dash-sales-chart canvas, canvas#dash-sales-chart') as HTMLCanvasElement | null
            if (!c) return 0
            const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
            let painted = 0
            for (let i = 3; i < px.length; i += 4) if (px[i] > 0) painted++
            return painted
          }),
        WAIT,
      )
      .toBeGreaterThan(500)
    await e2e.screenshot(page, 'dashboard-seeded')

    // The shopper pays in another browser context (the order and payment through the shop's actions).
    const { product, skuId } = await buyable(shopper)
    const address = await ok(shopper.call<{ _id: string }>('shop', 'address.save', { name: '林晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园路 1 号' }))
    const created = await ok(shopper.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: `dash-${Date.now()}`, source: { buyNow: { productId: product._id, skuId, quantity: 1 } }, addressId: address._id }))
    const shopperPage = await shopper.open(`/packages/order/detail/index?id=${created.orderId}`)
    const pay = await ok(shopper.call<OrderPayOutput>('shop', 'order.pay', { orderId: created.orderId }))
    if (pay.kind !== 'wechat') throw new Error('expected a WeChat prepay')
    await e2e.simulatePay(pay.outTradeNo, { openid: shopper.openid })
    await shopperPage.close()
    const paid = await ok(merchant.call<{ payable: number }>('admin', 'adminOrders.get', { orderId: created.orderId }))

    // Without a reload, the open dashboard shows it and its figures move.
    await onScreen(page, 'dash-new-order').first().waitFor(WAIT)
    expect(await onScreen(page, 'dash-new-order').first().getAttribute('data-order-id')).toBe(created.orderId)
    await expectText(page, 'dash-sales', formatCny(before.periods.today.sales + paid.payable))
    await expectText(page, 'dash-todo-toShip-count', String(before.todo.toShip + 1))
    await e2e.screenshot(page, 'dashboard-new-order')

    // Ship it: to-ship goes back down.
    await ok(merchant.call('admin', 'adminOrders.ship', { orderId: created.orderId, carrierCode: 'shunfeng', waybillNo: 'SF1234567890' }))
    await onScreen(page, 'dash-refresh').click()
    await expectText(page, 'dash-todo-toShip-count', String(before.todo.toShip))

    // A refund of the shipped order, approved: the refund amount follows.
    const request = await ok(shopper.call<AfterSale>('shop', 'aftersale.request', { orderId: created.orderId, kind: 'refund_only', lines: [{ skuId, quantity: 1 }], reason: '不想要了', photos: [] }))
    await ok(merchant.call('admin', 'afterSales.approve', { id: request._id, note: '同意' }))
    await e2e.shop.fakes.pay.settled()
    await onScreen(page, 'dash-refresh').click()
    await expectText(page, 'dash-refunds', formatCny(before.periods.today.refunds + request.refundAmount))

    // Stock down to 1: one more low-stock SKU.
    const now = await ok(merchant.call<Product>('admin', 'products.get', { id: product._id }))
    const stock = now.skus.find((s) => s.skuId === skuId)!.stock
    await ok(merchant.call('admin', 'products.adjustStock', { productId: product._id, skuId, requestId: `dash-stock-${Date.now()}`, change: { kind: 'set', to: 1, seen: stock }, reason: 'recount' }))
    await onScreen(page, 'dash-refresh').click()
    await expectText(page, 'dash-todo-lowStock-count', String(before.todo.lowStock + 1))
    await e2e.screenshot(page, 'dashboard-after-refund-and-stock')

    // The count opens the filtered list.
    await onScreen(page, 'dash-todo-lowStock').click()
    await onScreen(page, 'admin-products').waitFor(WAIT)
    await expect.poll(() => page.locator(`text=${product.title}`).count(), WAIT).toBeGreaterThan(0)
  }, 180_000)

  it('a staff member sees a badge on the admin entry of the me page for orders paid since the last visit', async () => {
    // A fresh device has no last visit: orders paid since Beijing midnight count (the one paid above).
    const page = await e2e.asMerchant().open('/pages/me/index')
    await onScreen(page, 'link-admin').waitFor(WAIT)
    await e2e.screenshot(page, 'me-admin-badge')
    await onScreen(page, 'link-admin-badge').waitFor(WAIT)
    await e2e.screenshot(page, 'me-admin-badge')
  }, 60_000)
})
