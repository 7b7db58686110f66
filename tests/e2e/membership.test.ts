/**
 * Membership on the H5 shop in Chromium: after two completed orders the me page shows the level reached,
 * the progress to the next one, the points and the order counts by state (opening the filtered order
 * list); the points page lists each entry with its reason; the profile page saves a nickname and links
 * the (simulated) WeChat phone, shown masked; following a material shows it in the list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { CatalogListOutput, Product } from '../../cloudfunctions/contracts/catalog'
import type { OrderCreateOutput, OrderPayOutput } from '../../cloudfunctions/contracts/order'
import type { Address } from '../../cloudfunctions/contracts/address'
import type { MeProfileOutput } from '../../cloudfunctions/contracts/member'
import { DEFAULT_MEMBERSHIP_SETTINGS } from '../../cloudfunctions/domain/membership/member-pricing'
import { startE2EShop, type Actor, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

const WAIT = { timeout: 30_000 }
const onScreen = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]:visible`)

async function ok<T>(p: Promise<{ ok: boolean; data?: T; error?: unknown }>): Promise<T> {
  const r = await p
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data as T
}

async function buy(shopper: Actor, product: Product, addressId: string, complete: boolean) {
  const created = await ok<OrderCreateOutput>(
    shopper.call('shop', 'order.create', { clientRequestId: `e2e-${Math.random().toString(36).slice(2, 12)}`, source: { buyNow: { productId: product._id, skuId: product.skus[0].skuId, quantity: 1 } }, addressId }),
  )
  const pay = await ok<OrderPayOutput>(shopper.call('shop', 'order.pay', { orderId: created.orderId }))
  if (pay.kind === 'wechat') await e2e.simulatePay(pay.outTradeNo, { openid: shopper.openid })
  if (!complete) return created
  await ok(e2e.asMerchant().call('admin', 'adminOrders.ship', { orderId: created.orderId, carrierCode: 'shunfeng', waybillNo: `SF${Math.floor(Math.random() * 1e10)}` }))
  await ok(shopper.call('shop', 'order.confirmReceipt', { orderId: created.orderId }))
  return created
}

describe('membership on the H5 shop', () => {
  it('me page: level, progress, points and order counts; ledger; profile; follows', async () => {
    const shopper = e2e.asShopper('member')
    const merchant = e2e.asMerchant()
    // A low second threshold so two demo purchases reach it.
    const levels = DEFAULT_MEMBERSHIP_SETTINGS.levels.map((l) => (l.key === 'amethyst' ? { ...l, thresholdFen: 10_000 } : l))
    await ok(merchant.call('admin', 'membership.saveSettings', { ...DEFAULT_MEMBERSHIP_SETTINGS, levels }))
    const list = await ok<CatalogListOutput>(shopper.call('shop', 'catalog.list', { page: 1, pageSize: 100, sort: 'priceAsc' }))
    const buyable: Product[] = []
    for (const card of list.items) {
      if (card.status !== 'on' || card.stock < 1 || card.priceFrom < 10_000 || card.priceFrom > 400_000) continue
      const p = await ok<Product>(shopper.call('shop', 'catalog.get', { id: card._id }))
      if (p.skus[0].stock > 0) buyable.push(p)
      if (buyable.length === 2) break
    }
    expect(buyable).toHaveLength(2)
    const address = await ok<Address>(shopper.call('shop', 'address.save', { name: '林晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园路 1 号' }))
    const done = await buy(shopper, buyable[0], address._id, true)
    await buy(shopper, buyable[1], address._id, false) // paid, waiting to ship
    const me = await ok<MeProfileOutput>(shopper.call('shop', 'me.profile', {}))
    expect(me.level).toBe('amethyst')
    expect(me.points).toBeGreaterThan(0)

    let page = await shopper.open('/pages/me/index')
    await onScreen(page, 'profile-card').waitFor(WAIT)
    expect(await onScreen(page, 'profile-level').innerText()).toBe('紫水晶会员')
    expect(await onScreen(page, 'profile-points').innerText()).toBe(String(me.points))
    expect(await onScreen(page, 'profile-coupons').innerText()).toBe(String(me.couponCount))
    expect(await onScreen(page, 'profile-perks').innerText()).toContain('9.8 折')
    expect(await onScreen(page, 'profile-progress').getAttribute('data-percent')).toBe(String(me.progress.percent))
    expect(await onScreen(page, 'profile-progress-text').innerText()).toContain('黄水晶')
    expect(await onScreen(page, 'order-count-to_ship').innerText()).toContain('1')
    expect(await onScreen(page, 'order-count-pending_payment').innerText()).toContain('0')
    await e2e.screenshot(page, 'membership-1-me')
    await onScreen(page, 'order-count-to_ship').click()
    await expect.poll(async () => (await onScreen(page, 'order-card').count()), WAIT).toBe(1)

    page = await shopper.open('/packages/member/ledger/index')
    await onScreen(page, 'ledger-page').waitFor(WAIT)
    expect(await onScreen(page, 'ledger-balance').innerText()).toBe(String(me.points))
    const entry = onScreen(page, 'ledger-entry').first()
    expect(await entry.getAttribute('data-kind')).toBe('earn')
    expect(await entry.innerText()).toContain(done.orderNo)
    expect(await onScreen(page, 'ledger-points').first().innerText()).toBe(`+${me.points}`)
    await e2e.screenshot(page, 'membership-2-ledger')

    page = await shopper.open('/packages/member/profile/index')
    await onScreen(page, 'profile-page').waitFor(WAIT)
    const nickname = onScreen(page, 'nickname-input').locator('input').first()
    await nickname.fill('晶晶')
    await onScreen(page, 'save-profile').click()
    await expect.poll(async () => (await ok<MeProfileOutput>(shopper.call('shop', 'me.profile', {}))).nickname, WAIT).toBe('晶晶')
    await onScreen(page, 'bind-phone').click()
    await expect.poll(async () => (await onScreen(page, 'phone-value').innerText()).trim(), WAIT).toBe('138****8000')
    expect(await onScreen(page, 'privacy-notice').innerText()).toContain('隐私')
    await e2e.screenshot(page, 'membership-3-profile')

    page = await shopper.open('/packages/member/follows/index')
    await onScreen(page, 'follows-empty').waitFor(WAIT)
    await onScreen(page, 'follow-suggestion-海蓝宝').click()
    await expect.poll(() => onScreen(page, 'follow-row').count(), WAIT).toBe(1)
    expect(await onScreen(page, 'follow-row').innerText()).toContain('海蓝宝')
    await e2e.screenshot(page, 'membership-4-follows')

    // Another shopper sees none of it.
    const other = await ok<MeProfileOutput>(e2e.asShopper('other').call('shop', 'me.profile', {}))
    expect(other).toMatchObject({ points: 0, phone: null, phoneMasked: null })
  })
  it('redeeming points at checkout lowers the payable by exactly the shown line; the ledger shows the spend', async () => {
    const shopper = e2e.asShopper('member')
    const before = await ok<MeProfileOutput>(shopper.call('shop', 'me.profile', {}))
    expect(before.points).toBeGreaterThan(0)
    // Dear enough that the points (at most a share of the goods) keep it above the free-shipping line.
    const list = await ok<CatalogListOutput>(shopper.call('shop', 'catalog.list', { page: 1, pageSize: 100, sort: 'priceAsc' }))
    let product: Product | null = null
    for (const card of list.items) {
      if (card.status !== 'on' || card.stock < 1 || card.priceFrom < 20_000 || card.priceFrom > 400_000) continue
      const p = await ok<Product>(shopper.call('shop', 'catalog.get', { id: card._id }))
      if (p.skus[0].stock > 0) {
        product = p
        break
      }
    }
    expect(product).not.toBeNull()
    const fen = (text: string) => Math.round(Number(text.replace(/[^\d.]/g, '')) * 100)

    const page = await shopper.open(`/packages/order/checkout/index?from=buyNow&productId=${product!._id}&skuId=${product!.skus[0].skuId}&quantity=1`)
    await onScreen(page, 'checkout-use-points').waitFor(WAIT)
    const payableBefore = fen(await onScreen(page, 'payable').innerText())
    await onScreen(page, 'checkout-use-points').click()
    const pointsLine = page.locator('[data-testid="price-line"][data-kind="points"]:visible')
    await pointsLine.waitFor(WAIT)
    const lineFen = fen(await pointsLine.locator('.jf-price-lines__amount').innerText())
    expect(lineFen).toBeGreaterThan(0)
    await expect.poll(async () => payableBefore - fen(await onScreen(page, 'payable').innerText()), WAIT).toBe(lineFen)
    await e2e.screenshot(page, 'membership-5-checkout-points')

    await onScreen(page, 'checkout-submit').click(WAIT)
    await onScreen(page, 'pay-sheet').waitFor(WAIT)
    await onScreen(page, 'pay-sheet-confirm').click()
    await expect.poll(async () => (await onScreen(page, 'pay-result').getAttribute('data-phase')) ?? '', WAIT).toBe('paid')

    const after = await ok<MeProfileOutput>(shopper.call('shop', 'me.profile', {}))
    expect(before.points - after.points).toBe(lineFen) // 1 point = 1 fen by default
    const ledger = await shopper.open('/packages/member/ledger/index')
    await onScreen(ledger, 'ledger-page').waitFor(WAIT)
    expect(await onScreen(ledger, 'ledger-balance').innerText()).toBe(String(after.points))
    expect(await onScreen(ledger, 'ledger-points').first().innerText()).toBe(`-${lineFen}`)
    await e2e.screenshot(ledger, 'membership-6-ledger-spend')
  })
})
