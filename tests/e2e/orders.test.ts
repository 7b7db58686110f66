/**
 * The buying journey end to end in Chromium, shopper and merchant taking turns on the H5 shop:
 * add two products → checkout → simulated WeChat Pay → 待发货; merchant ships; shopper confirms
 * receipt and asks a refund for one line; merchant approves; the order shows the refund, which equals
 * that line's share of what was paid.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { CatalogListOutput, Product } from '../../cloudfunctions/contracts/catalog'
import type { OrderDetail } from '../../cloudfunctions/contracts/order'
import { formatCny } from '../../cloudfunctions/domain/money'
import { MERCHANT, SHOPPER, startE2EShop, type E2EShop } from '../kit/e2e'

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

const call = <T>(fn: 'shop' | 'admin', action: string, input: unknown, openid: string) => e2e.callOk<T>(fn, action, input, openid)

/**
 * The two cheapest products a shopper can buy right now (with the SKU the product page preselects).
 * Cheap on purpose: below the free-shipping threshold the order carries a shipping line, so a line's
 * share of what was paid differs from its own price and the refund check below means something.
 */
async function twoCheapBuyableProducts(): Promise<{ product: Product; skuId: string }[]> {
  const list = await call<CatalogListOutput>('shop', 'catalog.list', { page: 1, pageSize: 100, sort: 'priceAsc' }, SHOPPER)
  const picked: { product: Product; skuId: string }[] = []
  for (const card of [...list.items].sort((a, b) => a.priceFrom - b.priceFrom)) {
    if (card.status !== 'on' || card.stock < 1) continue
    const product = await call<Product>('shop', 'catalog.get', { id: card._id }, SHOPPER)
    const sku = product.skus.find((s) => s.stock > 0)
    if (sku && sku === product.skus[0]) picked.push({ product, skuId: sku.skuId })
    if (picked.length === 2) return picked
  }
  throw new Error('the demo seed has fewer than two buyable products')
}

async function fill(page: Page, testId: string, value: string) {
  const field = onScreen(page, testId).locator('input, textarea').first()
  await field.waitFor(WAIT)
  await field.fill(value)
}

const ADDRESS = { name: '林晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园路 1 号 2 栋 301' }

/**
 * Fills the address form (opened from checkout) by pasting the whole address, as shoppers do, and
 * saves it; that returns to checkout with it chosen. (tests/e2e/address-entry.test.ts covers the form.)
 */
async function fillAddress(page: Page) {
  await fill(page, 'address-paste', `${ADDRESS.name} ${ADDRESS.phone} ${ADDRESS.province}${ADDRESS.city}${ADDRESS.district}${ADDRESS.detail}`)
  await onScreen(page, 'address-recognise').click()
  await onScreen(page, 'address-save').click()
}

/** A one-of-a-kind piece (stock 1) nobody has bought yet. */
async function uniquePieceInStock(): Promise<{ product: Product; skuId: string }> {
  const list = await call<CatalogListOutput>('shop', 'catalog.list', { page: 1, pageSize: 100 }, SHOPPER)
  for (const card of list.items) {
    if (card.status !== 'on' || !card.unique || card.stock !== 1) continue
    const product = await call<Product>('shop', 'catalog.get', { id: card._id }, SHOPPER)
    const sku = product.skus.find((s) => s.stock === 1)
    if (sku) return { product, skuId: sku.skuId }
  }
  throw new Error('the demo seed has no one-of-a-kind piece in stock')
}

async function orderAsShopper(orderId: string): Promise<OrderDetail> {
  return call<OrderDetail>('shop', 'order.get', { orderId }, SHOPPER)
}

describe('buying, shipping and a partial refund on the H5 shop', () => {
  it('takes an order from two products in the cart through payment, shipping, receipt and a one-line refund', async () => {
    const [first, second] = await twoCheapBuyableProducts()

    // ── Shopper: add both products from their pages ─────────────────────────────────────────────
    let shopper = await e2e.open(`/packages/goods/detail/index?id=${first.product._id}`, SHOPPER)
    await onScreen(shopper, 'add-to-cart').first().click({ timeout: 30_000 })
    await expect.poll(async () => (await call<{ badgeCount: number }>('shop', 'cart.count', {}, SHOPPER)).badgeCount, WAIT).toBe(1)
    shopper = await e2e.open(`/packages/goods/detail/index?id=${second.product._id}`, SHOPPER)
    await onScreen(shopper, 'product-title').first().waitFor(WAIT)
    await expect.poll(async () => (await onScreen(shopper, 'product-title').first().innerText()).trim(), WAIT).toBe(second.product.title)
    await onScreen(shopper, 'add-to-cart').first().click()
    await expect.poll(async () => (await call<{ badgeCount: number }>('shop', 'cart.count', {}, SHOPPER)).badgeCount, WAIT).toBe(2)

    // ── Cart: both lines, selected, the server's total; then checkout ───────────────────────────────
    shopper = await e2e.open(`/pages/cart/index`, SHOPPER)
    await expect.poll(() => onScreen(shopper, 'cart-line').count(), WAIT).toBe(2)
    const cartText = await onScreen(shopper, 'cart-page').innerText()
    expect(cartText).toContain(first.product.title)
    expect(cartText).toContain(second.product.title)
    const goodsTotal = first.product.skus[0].price + second.product.skus[0].price
    expect(await onScreen(shopper, 'cart-total').innerText()).toBe(formatCny(goodsTotal))
    await e2e.screenshot(shopper, 'orders-1-cart')
    await onScreen(shopper, 'cart-checkout').click()

    // ── Checkout: no address yet → add one, come back to it, see the quote, place the order ─────────
    await onScreen(shopper, 'checkout-add-address').click(WAIT)
    await fillAddress(shopper)
    await onScreen(shopper, 'checkout-address').waitFor(WAIT)
    expect(await onScreen(shopper, 'checkout-address').innerText()).toContain('林晶')
    await expect.poll(() => onScreen(shopper, 'checkout-item').count(), WAIT).toBe(2)
    const payableText = await onScreen(shopper, 'checkout-payable').innerText()
    await fill(shopper, 'checkout-remark', '请用礼盒包装')
    await e2e.screenshot(shopper, 'orders-2-checkout')
    await onScreen(shopper, 'checkout-submit').click()

    // ── Simulated WeChat Pay sheet → pay result → order 待发货 ────────────────────────────────────
    await onScreen(shopper, 'pay-sheet').waitFor(WAIT)
    expect(await onScreen(shopper, 'pay-sheet-amount').innerText()).toBe(payableText)
    await e2e.screenshot(shopper, 'orders-3-pay-sheet')
    await onScreen(shopper, 'pay-sheet-confirm').click()
    await expect.poll(async () => (await onScreen(shopper, 'pay-result').getAttribute('data-phase')) ?? '', WAIT).toBe('paid')
    await e2e.screenshot(shopper, 'orders-4-paid')
    await onScreen(shopper, 'pay-result-view-order').click()
    await expect.poll(async () => (await onScreen(shopper, 'order-detail').getAttribute('data-state')) ?? '', WAIT).toBe('paid')
    expect(await onScreen(shopper, 'order-detail-state').innerText()).toContain('待发货')
    const orderId = new URL(shopper.url().replace('#', '')).searchParams.get('id') ?? ''
    expect(orderId).not.toBe('')
    const paidOrder = await orderAsShopper(orderId)
    expect(paidOrder.state).toBe('paid')
    expect(paidOrder.items).toHaveLength(2)
    expect(paidOrder.remark).toBe('请用礼盒包装')
    expect(formatCny(paidOrder.payable)).toBe(payableText)
    // The cart is emptied of what was bought.
    expect((await call<{ badgeCount: number }>('shop', 'cart.count', {}, SHOPPER)).badgeCount).toBe(0)

    // ── Merchant: finds the order among those to ship and ships it ────────────────────────────────
    let merchant = await e2e.open('/packages/admin/orders/list/index', MERCHANT)
    const card = merchant.locator(`[data-testid="order-card"][data-id="${orderId}"]:visible`)
    await card.waitFor(WAIT)
    await card.click()
    await onScreen(merchant, 'ship-form').waitFor(WAIT)
    await onScreen(merchant, 'carrier-SF').click()
    await fill(merchant, 'ship-waybill', 'SF1234567890')
    await e2e.screenshot(merchant, 'orders-5-merchant-ship')
    await onScreen(merchant, 'ship-submit').click()
    await expect.poll(async () => (await onScreen(merchant, 'admin-order-detail').getAttribute('data-state')) ?? '', WAIT).toBe('shipped')
    expect(await onScreen(merchant, 'admin-shipments').innerText()).toContain('SF1234567890')

    // ── Shopper: sees the parcel and confirms receipt ─────────────────────────────────────────────
    shopper = await e2e.open(`/packages/order/detail/index?id=${orderId}`, SHOPPER)
    await expect.poll(async () => (await onScreen(shopper, 'order-detail').getAttribute('data-state')) ?? '', WAIT).toBe('shipped')
    expect(await onScreen(shopper, 'order-shipments').innerText()).toContain('SF1234567890')
    await onScreen(shopper, 'order-confirm-receipt').click()
    await onScreen(shopper, 'confirm-yes').click(WAIT)
    await expect.poll(async () => (await onScreen(shopper, 'order-detail').getAttribute('data-state')) ?? '', WAIT).toBe('completed')

    // ── Shopper: asks for a refund of the second line only ────────────────────────────────────────
    const refundLine = paidOrder.items[1]
    await onScreen(shopper, 'order-aftersale').click(WAIT)
    await onScreen(shopper, 'aftersale-form').waitFor(WAIT)
    await onScreen(shopper, 'aftersale-kind-refund_only').click()
    await shopper.locator(`[data-testid="aftersale-line"][data-sku-id="${refundLine.skuId}"]:visible [data-testid="aftersale-line-select"]`).click()
    await fill(shopper, 'aftersale-reason', '尺寸不合适 / wrong size')
    await e2e.screenshot(shopper, 'orders-6-aftersale-request')
    await onScreen(shopper, 'aftersale-submit').click()
    await onScreen(shopper, 'after-sale').waitFor(WAIT)
    expect(await onScreen(shopper, 'after-sale-state').innerText()).toContain('待商家处理')

    // ── Merchant: approves the refund from the after-sales queue ──────────────────────────────────
    merchant = await e2e.open(`/packages/admin/aftersales/index`, MERCHANT)
    const request = onScreen(merchant, 'admin-after-sale').first()
    await request.waitFor(WAIT)
    expect(await request.innerText()).toContain(paidOrder.orderNo)
    await e2e.screenshot(merchant, 'orders-7-merchant-aftersales')
    await request.locator('[data-testid="after-sale-approve"]').click()
    await expect.poll(async () => (await request.getAttribute('data-state')) ?? '', WAIT).not.toBe('pending')

    // ── The refund: exactly the refunded line's share of what was paid ────────────────────────────
    await expect.poll(async () => (await orderAsShopper(orderId)).refundedAmount, WAIT).toBeGreaterThan(0)
    const refunded = await orderAsShopper(orderId)
    const line = refunded.items.find((item) => item.skuId === refundLine.skuId)!
    const untouched = refunded.items.find((item) => item.skuId !== refundLine.skuId)!
    expect(refunded.refundedAmount).toBe(line.paidShare)
    expect(line.refundedAmount).toBe(line.paidShare)
    expect(untouched.refundedAmount).toBe(0)
    // The line's share of the payable, by its subtotal: within one fen of the exact proportion
    // (shares are whole fen and together add up to exactly what was paid).
    expect(refunded.shippingFee).toBeGreaterThan(0)
    expect(line.paidShare).toBeGreaterThan(line.subtotal)
    const exactShare = (refunded.payable * line.subtotal) / refunded.items.reduce((sum, item) => sum + item.subtotal, 0)
    expect(Math.abs(line.paidShare - exactShare)).toBeLessThan(1)
    expect(refunded.items.reduce((sum, item) => sum + item.paidShare, 0)).toBe(refunded.payable)
    // WeChat Pay (the fake) was asked to refund that amount for this order's payment.
    const refunds = (await e2e.shop.fakes.pay.listRefunds()) as { refundFee: number }[]
    expect(refunds.map((r) => r.refundFee)).toEqual([line.paidShare])

    shopper = await e2e.open(`/packages/order/detail/index?id=${orderId}&v=2`, SHOPPER)
    await onScreen(shopper, 'refunded-amount').waitFor(WAIT)
    expect(await onScreen(shopper, 'refunded-amount').innerText()).toBe(formatCny(line.paidShare))
    expect(await onScreen(shopper, 'order-item-refunded').innerText()).toContain(formatCny(line.paidShare))
    await e2e.screenshot(shopper, 'orders-8-refunded')
  })

  it('names the piece when someone else buys the last one first, and places no order', async () => {
    const unique = await uniquePieceInStock()
    const buyer = 'e2e-slow-buyer'
    const page = await e2e.open(`/packages/order/checkout/index?from=buyNow&productId=${unique.product._id}&skuId=${unique.skuId}&quantity=1`, buyer)
    await onScreen(page, 'checkout-add-address').click(WAIT)
    await fillAddress(page)
    await onScreen(page, 'checkout-address').waitFor(WAIT)

    // Another collector is quicker: the last piece goes to them while this page is open.
    const rival = 'e2e-quick-buyer'
    const address = await call<{ _id: string }>('shop', 'address.save', ADDRESS, rival)
    await call('shop', 'order.create', { clientRequestId: 'rival-order-0001', source: { buyNow: { productId: unique.product._id, skuId: unique.skuId, quantity: 1 } }, addressId: address._id }, rival)

    await onScreen(page, 'checkout-submit').click()
    const error = onScreen(page, 'action-error').first()
    await error.waitFor(WAIT)
    expect(await error.getAttribute('data-code')).toBe('SOLD_OUT')
    expect(await error.innerText()).toContain(unique.product.title)
    await e2e.screenshot(page, 'orders-9-sold-out')
    expect((await call<{ total: number }>('shop', 'order.list', { tab: 'all' }, buyer)).total).toBe(0)
  })

  it('leaves an unpaid order with its countdown when the pay sheet is closed, and lets the shopper cancel it', async () => {
    const [item] = await twoCheapBuyableProducts()
    const buyer = 'e2e-hesitant-buyer'
    const page = await e2e.open(`/packages/order/checkout/index?from=buyNow&productId=${item.product._id}&skuId=${item.skuId}&quantity=1`, buyer)
    await onScreen(page, 'checkout-add-address').click(WAIT)
    await fillAddress(page)
    await onScreen(page, 'checkout-address').waitFor(WAIT)
    // A double tap must not place two orders.
    await onScreen(page, 'checkout-submit').dblclick()
    await onScreen(page, 'pay-sheet').waitFor(WAIT)
    await onScreen(page, 'pay-sheet-cancel').click()

    await expect.poll(async () => (await onScreen(page, 'order-detail').getAttribute('data-state')) ?? '', WAIT).toBe('pending_payment')
    const seconds = Number(await onScreen(page, 'pay-countdown').getAttribute('data-seconds'))
    expect(seconds).toBeGreaterThan(60)
    expect(await onScreen(page, 'pay-countdown').innerText()).toMatch(/\d{1,2}:\d{2}/)
    await expect(onScreen(page, 'order-pay').count()).resolves.toBe(1)
    await e2e.screenshot(page, 'orders-10-unpaid')
    expect((await call<{ total: number }>('shop', 'order.list', { tab: 'pending_payment' }, buyer)).total).toBe(1)

    await onScreen(page, 'order-cancel').click()
    await onScreen(page, 'confirm-yes').click(WAIT)
    await expect.poll(async () => (await onScreen(page, 'order-detail').getAttribute('data-state')) ?? '', WAIT).toBe('cancelled')
    expect(await onScreen(page, 'order-pay').count()).toBe(0)
  })

  it('keeps merchant order tools away from shoppers', async () => {
    const shopper = await e2e.open('/packages/admin/orders/list/index', SHOPPER)
    await onScreen(shopper, 'staff-only').waitFor(WAIT)
    expect(await onScreen(shopper, 'staff-only').innerText()).toContain('仅限商家')
  })

  it('shows an empty cart with a way back to the shop', async () => {
    const page = await e2e.open('/pages/cart/index', 'e2e-new-shopper')
    await onScreen(page, 'cart-empty').waitFor(WAIT)
    expect(await onScreen(page, 'cart-empty').innerText()).toContain('购物车是空的')
  })
})
