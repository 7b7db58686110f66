/**
 * Acceptance 3 in Chromium: the shopper pays on the H5 sheet (and allows parcel notices), the merchant
 * ships in two parcels (carriers recognised from the waybills), the simulated carrier advances, and the
 * shopper sees two parcel tabs with their timelines (current node highlighted) and the latest node on
 * the order list and detail. Screenshots in test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { CatalogListOutput, Product } from '../../cloudfunctions/contracts/catalog'
import type { OrderCreateOutput, OrderDetail } from '../../cloudfunctions/contracts/order'
import { MERCHANT, startE2EShop, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

const WAIT = { timeout: 30_000 }
const BUYER = 'e2e-parcel-buyer'

function onScreen(page: Page, testId: string) {
  return page.locator(`[data-testid="${testId}"]:visible`)
}

const call = <T>(fn: 'shop' | 'admin', action: string, input: unknown, openid: string) => e2e.callOk<T>(fn, action, input, openid)

async function fill(page: Page, testId: string, value: string) {
  const field = onScreen(page, testId).locator('input, textarea').first()
  await field.waitFor(WAIT)
  await field.fill(value)
}

async function buyableProduct(): Promise<{ product: Product; skuId: string }> {
  const list = await call<CatalogListOutput>('shop', 'catalog.list', { page: 1, pageSize: 100, sort: 'priceAsc' }, BUYER)
  for (const card of list.items) {
    if (card.status !== 'on' || card.stock < 2) continue
    const product = await call<Product>('shop', 'catalog.get', { id: card._id }, BUYER)
    const sku = product.skus.find((s) => s.stock > 1)
    if (sku) return { product, skuId: sku.skuId }
  }
  throw new Error('the demo seed has no product with two in stock')
}

describe('parcel tracking on the H5 shop', () => {
  it('pay (consent) → merchant ships two parcels → carrier advances → two tabs with timelines, latest node on the list', async () => {
    const { product, skuId } = await buyableProduct()
    const address = await call<{ _id: string }>('shop', 'address.save', { name: '林晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园路 1 号' }, BUYER)
    const created = await call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: 'e2e-parcel-order-01', source: { buyNow: { productId: product._id, skuId, quantity: 2 } }, addressId: address._id }, BUYER)

    // ── Shopper pays on the order page; the H5 stand-in for WeChat's prompt allows the parcel notices ──
    const shopper = await e2e.open(`/packages/order/detail/index?id=${created.orderId}`, BUYER)
    await onScreen(shopper, 'order-pay').click(WAIT)
    await onScreen(shopper, 'pay-sheet-confirm').click(WAIT)
    await expect.poll(async () => (await onScreen(shopper, 'pay-result').getAttribute('data-phase')) ?? '', WAIT).toBe('paid')
    const consents = e2e.shop.cloud.store.collection('notice_consents').get(BUYER) as { kinds: Record<string, { remaining: number }> } | null
    expect(Object.fromEntries(Object.entries(consents?.kinds ?? {}).map(([k, v]) => [k, v.remaining]))).toEqual({ orderShipped: 1, outForDelivery: 1, parcelSigned: 1 })

    // ── Merchant ships in two parcels; the carriers are recognised from the waybill numbers ──────────
    const merchant = await e2e.open(`/packages/admin/orders/detail/index?id=${created.orderId}`, MERCHANT)
    await onScreen(merchant, 'ship-form').waitFor(WAIT)
    await fill(merchant, 'ship-waybill', 'SF1234567890123')
    await onScreen(merchant, 'ship-add-parcel').click()
    await fill(merchant, 'ship-waybill-2', 'JDVA00000000001')
    await expect.poll(() => onScreen(merchant, 'ship-guessed').count(), WAIT).toBe(2)
    await e2e.screenshot(merchant, 'logistics-1-merchant-split-ship')
    await onScreen(merchant, 'ship-submit').click()
    await expect.poll(async () => (await onScreen(merchant, 'admin-order-detail').getAttribute('data-state')) ?? '', WAIT).toBe('shipped')
    const shipped = await call<OrderDetail>('shop', 'order.get', { orderId: created.orderId }, BUYER)
    expect(shipped.shipments.map((s) => [s.carrierCode, s.waybillNo])).toEqual([
      ['SF', 'SF1234567890123'],
      ['JD', 'JDVA00000000001'],
    ])

    // ── The carrier moves: parcel 1 out for delivery, parcel 2 picked up ─────────────────────────────
    await e2e.advanceCarrier('SF1234567890123', 3)
    await e2e.advanceCarrier('JDVA00000000001', 1)

    const tracking = await e2e.open(`/packages/order/logistics/index?id=${created.orderId}`, BUYER)
    await onScreen(tracking, 'logistics-page').waitFor(WAIT)
    await expect.poll(() => onScreen(tracking, 'parcel-tab').count(), WAIT).toBe(2)
    await expect.poll(() => onScreen(tracking, 'timeline-node').count(), WAIT).toBe(3)
    const current = onScreen(tracking, 'timeline-node').first()
    expect(await current.getAttribute('data-current')).toBe('true')
    expect(await current.getAttribute('data-status')).toBe('out_for_delivery')
    expect(await onScreen(tracking, 'parcel-status').innerText()).toContain('派送中')
    expect(await onScreen(tracking, 'parcel-waybill').innerText()).toContain('SF1234567890123')
    await onScreen(tracking, 'copy-waybill').waitFor(WAIT)
    await e2e.screenshot(tracking, 'logistics-2-parcel-1-timeline')

    await onScreen(tracking, 'parcel-tab').nth(1).click()
    await expect.poll(async () => (await onScreen(tracking, 'parcel').getAttribute('data-parcel-no')) ?? '', WAIT).toBe('2')
    expect(await onScreen(tracking, 'timeline-node').count()).toBe(1)
    expect(await onScreen(tracking, 'timeline-node').first().getAttribute('data-status')).toBe('picked_up')
    await e2e.screenshot(tracking, 'logistics-3-parcel-2-timeline')

    // ── The order list and detail show the latest node without opening the parcel page ───────────────
    const list = await e2e.open('/packages/order/list/index', BUYER)
    const card = list.locator(`[data-testid="order-card"][data-id="${created.orderId}"]:visible`)
    await card.waitFor(WAIT)
    expect(await card.locator('[data-testid="order-latest-track"]').getAttribute('data-status')).toBe('out_for_delivery')
    await e2e.screenshot(list, 'logistics-4-order-list-latest-node')
    const detail = await e2e.open(`/packages/order/detail/index?id=${created.orderId}`, BUYER)
    await expect.poll(() => onScreen(detail, 'shipment-latest-track').count(), WAIT).toBe(2)
    await e2e.screenshot(detail, 'logistics-5-order-detail')

    // ── The last steps: both signed, the order is delivered, and each node's notice went out once ────
    await e2e.advanceCarrier('SF1234567890123', 1)
    await e2e.advanceCarrier('JDVA00000000001', 3)
    expect((await call<OrderDetail>('shop', 'order.get', { orderId: created.orderId }, BUYER)).state).toBe('delivered')
    const sent = (await e2e.shop.fakes.openapi.outbox({ api: 'subscribeMessage.send', openid: BUYER })).filter((e) => e.errcode === 0)
    // One consent per kind: shipped, the first parcel out for delivery, the first parcel signed.
    expect(sent.map((e) => (e.data as { template_id: string }).template_id)).toEqual(['local-tmpl-order-shipped', 'local-tmpl-out-for-delivery', 'local-tmpl-parcel-signed'])
  })
})
