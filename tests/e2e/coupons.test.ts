/**
 * Coupons end to end in Chromium: the merchant runs a 满减 and a coupon template; the shopper claims the
 * coupon in the coupon centre, checks out with the best combination shown line by line, pays; a partial
 * refund returns that line's allocated share; a coupon locked by a cancelled order is usable again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Address } from '../../cloudfunctions/contracts/address'
import type { AfterSale } from '../../cloudfunctions/contracts/aftersale'
import type { CatalogListOutput, Product } from '../../cloudfunctions/contracts/catalog'
import type { OrderCreateOutput, OrderDetail } from '../../cloudfunctions/contracts/order'
import type { CouponCentreOutput, PromotionRow } from '../../cloudfunctions/contracts/promotion'
import { formatCny } from '../../cloudfunctions/domain/money'
import { MERCHANT, SHOPPER, startE2EShop, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

const WAIT = { timeout: 30_000 }
const DAY = 86_400_000
const onScreen = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]:visible`)

const call = <T>(fn: 'shop' | 'admin', action: string, input: unknown, openid: string) => e2e.callOk<T>(fn, action, input, openid)

async function twoCheapProducts(): Promise<{ product: Product; skuId: string }[]> {
  const list = await call<CatalogListOutput>('shop', 'catalog.list', { page: 1, pageSize: 100, sort: 'priceAsc' }, SHOPPER)
  const picked: { product: Product; skuId: string }[] = []
  for (const card of [...list.items].sort((a, b) => a.priceFrom - b.priceFrom)) {
    if (card.status !== 'on' || card.stock < 3 || card.unique) continue
    const product = await call<Product>('shop', 'catalog.get', { id: card._id }, SHOPPER)
    const sku = product.skus.find((s) => s.stock >= 3)
    if (sku) picked.push({ product, skuId: sku.skuId })
    if (picked.length === 2) return picked
  }
  throw new Error('the demo seed has fewer than two cheap products in stock')
}

const template = (name: string, amountOffFen: number) => ({
  name,
  benefit: { kind: 'amountOff', amountOffFen },
  thresholdFen: 0,
  scope: { kind: 'all' },
  validity: { kind: 'afterClaim', days: 7 },
  perUserLimit: 1,
  totalQuantity: 0,
  claimable: true,
  startAt: Date.now() - DAY,
  endAt: Date.now() + 30 * DAY,
})

describe('coupons on the H5 shop', () => {
  it('claims a coupon, checks out with 满减 + coupon line by line, pays, refunds one line its share, and a cancelled order gives its coupon back', async () => {
    const [a, b] = await twoCheapProducts()
    const goods = a.product.skus.find((s) => s.skuId === a.skuId)!.price + b.product.skus.find((s) => s.skuId === b.skuId)!.price
    await call<PromotionRow>('admin', 'promotions.save', {
      name: '店庆满减',
      startAt: Date.now() - DAY,
      endAt: Date.now() + 30 * DAY,
      conditions: [{ code: 'minAmount', args: { amountFen: goods } }],
      actions: [{ code: 'amountOff', args: { amountFen: 300 } }],
    }, MERCHANT)
    const tpl = await call<PromotionRow>('admin', 'promotions.saveTemplate', template('店庆券', 200), MERCHANT)

    // ── Shopper claims the coupon in the coupon centre ──────────────────────────────────────────
    let shopper = await e2e.open('/packages/promo/coupons/index', SHOPPER)
    await onScreen(shopper, 'coupon-claimable').first().waitFor(WAIT)
    expect(await onScreen(shopper, 'coupon-claimable').first().innerText()).toContain('店庆券')
    await onScreen(shopper, 'coupon-claim').first().click()
    await expect.poll(async () => (await call<CouponCentreOutput>('shop', 'coupons.centre', {}, SHOPPER)).mine.length, WAIT).toBe(1)
    await onScreen(shopper, 'coupon-tab-available').click()
    await onScreen(shopper, 'coupon-mine-available').first().waitFor(WAIT)
    await e2e.screenshot(shopper, 'coupons-1-centre')

    // ── Checkout shows the best combination, line by line ───────────────────────────────────────
    await call<Address>('shop', 'address.save', { name: '林晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园路 1 号' }, SHOPPER)
    for (const x of [a, b]) await call('shop', 'cart.add', { productId: x.product._id, skuId: x.skuId, quantity: 1 }, SHOPPER)
    shopper = await e2e.open('/packages/order/checkout/index?from=cart', SHOPPER)
    await expect.poll(() => onScreen(shopper, 'checkout-item').count(), WAIT).toBe(2)
    const lines = onScreen(shopper, 'price-line')
    await expect.poll(async () => (await lines.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).join(','), WAIT).toBe('item,item,fullReduction,coupon,shipping')
    const text = await onScreen(shopper, 'price-lines').innerText()
    expect(text).toContain(`满${goods / 100}减3`)
    expect(text).toContain('无门槛 ¥2 券')
    expect(await onScreen(shopper, 'checkout-coupon-summary').innerText()).toContain('省 ¥2.00')
    // 不使用 and back to the coupon
    await onScreen(shopper, 'checkout-coupon-row').click()
    await onScreen(shopper, 'checkout-coupon-none').click()
    await expect.poll(async () => (await lines.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).join(','), WAIT).toBe('item,item,fullReduction,shipping')
    await onScreen(shopper, 'checkout-coupon-row').click()
    await onScreen(shopper, 'checkout-coupon-option').first().click()
    await expect.poll(async () => (await lines.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).join(','), WAIT).toBe('item,item,fullReduction,coupon,shipping')
    const payableText = await onScreen(shopper, 'checkout-payable').innerText()
    await e2e.screenshot(shopper, 'coupons-2-checkout')
    await onScreen(shopper, 'checkout-submit').click()
    await onScreen(shopper, 'pay-sheet').waitFor(WAIT)
    expect(await onScreen(shopper, 'pay-sheet-amount').innerText()).toBe(payableText)
    await onScreen(shopper, 'pay-sheet-confirm').click()
    await expect.poll(async () => (await onScreen(shopper, 'pay-result').getAttribute('data-phase')) ?? '', WAIT).toBe('paid')
    await onScreen(shopper, 'pay-result-view-order').click()
    await expect.poll(async () => (await onScreen(shopper, 'order-detail').getAttribute('data-state')) ?? '', WAIT).toBe('paid')
    const orderId = new URL(shopper.url().replace('#', '')).searchParams.get('id') ?? ''
    const order = await call<OrderDetail>('shop', 'order.get', { orderId }, SHOPPER)
    expect(formatCny(order.payable)).toBe(payableText)
    expect(order.items.reduce((n, i) => n + (i.discountShare ?? 0), 0)).toBe(500)
    expect((await call<CouponCentreOutput>('shop', 'coupons.centre', {}, SHOPPER)).mine[0].state).toBe('used')

    // ── A partial refund of one line returns that line's allocated share ─────────────────────────
    const line = order.items[1]
    expect(line.paidShare).toBeLessThan(line.subtotal + order.shippingFee)
    const request = await call<AfterSale>('shop', 'aftersale.request', { orderId, kind: 'refund_only', lines: [{ skuId: line.skuId, quantity: 1 }], reason: '不想要了', photos: [] }, SHOPPER)
    expect(request.refundAmount).toBe(line.paidShare)
    await call('admin', 'afterSales.approve', { id: request._id, note: '同意' }, MERCHANT)
    await expect.poll(async () => (await call<OrderDetail>('shop', 'order.get', { orderId }, SHOPPER)).refundedAmount, WAIT).toBe(line.paidShare)

    // ── A coupon locked by an order the shopper cancels is usable again ──────────────────────────
    const second = await call<PromotionRow>('admin', 'promotions.saveTemplate', template('回购券', 100), MERCHANT)
    const mine = await call<{ couponId: string }>('shop', 'coupons.claim', { templateId: second._id }, SHOPPER)
    const address = (await call<Address[]>('shop', 'address.list', {}, SHOPPER))[0]
    const held = await call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: `e2e-${Date.now()}`, source: { buyNow: { productId: a.product._id, skuId: a.skuId, quantity: 1 } }, addressId: address._id, couponId: mine.couponId }, SHOPPER)
    shopper = await e2e.open('/packages/promo/coupons/index', SHOPPER)
    await onScreen(shopper, 'coupon-tab-locked').click(WAIT)
    await onScreen(shopper, 'coupon-mine-locked').first().waitFor(WAIT)
    await call('shop', 'order.cancel', { orderId: held.orderId }, SHOPPER)
    shopper = await e2e.open('/packages/promo/coupons/index', SHOPPER)
    await onScreen(shopper, 'coupon-tab-available').click(WAIT)
    await expect.poll(() => onScreen(shopper, 'coupon-mine-available').count(), WAIT).toBe(1)
    expect(await onScreen(shopper, 'coupon-mine-available').innerText()).toContain('回购券')
    expect(tpl._id).not.toBe(second._id)
    await e2e.screenshot(shopper, 'coupons-3-released')
  })
})
