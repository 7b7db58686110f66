/**
 * DIY 手串 end to end in Chromium: from the home page's entry, type a wrist, pick a base bead, fill the
 * ring for the wrist, add an accent and a charm, see the live server quote and fit, order and pay it;
 * the order shows the bracelet's components. A second bracelet is ordered and cancelled unpaid: every
 * component is back on the shelf exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { DiyComponent } from '../../cloudfunctions/contracts/diy'
import type { OrderDetail } from '../../cloudfunctions/contracts/order'
import type { ActionResult } from '../../cloudfunctions/core/result'
import { SHOPPER, startE2EShop, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

const WAIT = { timeout: 30_000 }
const onScreen = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]:visible`)

async function call<T>(action: string, input: unknown, openid: string): Promise<T> {
  const result = (await e2e.shop.cloud.invoke('shop', { action, input }, { openid, source: 'wx_client' })) as ActionResult<T>
  if (!result.ok) throw new Error(`${action} failed: ${result.error.code} ${result.error.message}`)
  return result.data
}

const stockOf = () => new Map((e2e.shop.cloud.store.collection('diy_components').find({}) as unknown as DiyComponent[]).map((c) => [c._id, { stock: c.stock, sold: c.sold }]))

async function fillAddress(page: Page) {
  const field = onScreen(page, 'address-paste').locator('input, textarea').first()
  await field.waitFor(WAIT)
  await field.fill('林晶 13800138000 广东省深圳市南山区科技园路 1 号 2 栋 301')
  await onScreen(page, 'address-recognise').click()
  await onScreen(page, 'address-save').click()
}

const BASE = 'dc-base-amethyst-8'
const ACCENT = 'dc-accent-citrine-8'
const CHARM = 'dc-charm-lotus'

/** On the builder: wrist 155, amethyst base filled for it, one citrine accent, the lotus charm; waits for a quote that can be ordered. */
async function buildBracelet(page: Page) {
  await onScreen(page, 'diy-builder').waitFor(WAIT)
  await onScreen(page, 'diy-wrist-input').locator('input').first().fill('155')
  await onScreen(page, 'diy-kind-base').click()
  await page.locator(`[data-testid="diy-component"][data-id="${BASE}"]:visible`).click()
  await onScreen(page, 'diy-autofill').click()
  await onScreen(page, 'diy-kind-accent').click()
  await page.locator(`[data-testid="diy-component"][data-id="${ACCENT}"]:visible`).click()
  await onScreen(page, 'diy-kind-charm').click()
  await page.locator(`[data-testid="diy-component"][data-id="${CHARM}"]:visible`).click()
  await expect.poll(() => onScreen(page, 'diy-ring-charm').count(), WAIT).toBe(1)
  await expect.poll(async () => (await onScreen(page, 'diy-fit').getAttribute('data-fit').catch(() => '')) ?? '', WAIT).toMatch(/snug|comfortable|loose/)
  await expect.poll(() => onScreen(page, 'diy-order').getAttribute('class'), WAIT).not.toContain('disabled')
  return Number(await onScreen(page, 'diy-ring').getAttribute('data-count'))
}

describe('DIY bracelet', () => {
  it('build → order → pay shows the components; an unpaid one cancelled restocks each component once', async () => {
    const before = stockOf()
    const shopper = await e2e.open('/pages/home/index', SHOPPER)
    await onScreen(shopper, 'home-diy-entry').click(WAIT)
    const ringCount = await buildBracelet(shopper)
    expect(ringCount).toBeGreaterThanOrEqual(18)
    // The server's quote: one line per component, each with its stock.
    await expect.poll(() => onScreen(shopper, 'diy-quote-component').count(), WAIT).toBe(3)
    expect(await onScreen(shopper, 'diy-problem').count()).toBe(0)
    const payableText = await onScreen(shopper, 'diy-payable').innerText()
    await e2e.screenshot(shopper, 'diy-1-builder')
    await onScreen(shopper, 'diy-order').click()

    await onScreen(shopper, 'checkout-add-address').click(WAIT)
    await fillAddress(shopper)
    await onScreen(shopper, 'checkout-address').waitFor(WAIT)
    await expect.poll(() => onScreen(shopper, 'checkout-item').count(), WAIT).toBe(1)
    expect(await onScreen(shopper, 'checkout-item').innerText()).toContain('DIY')
    expect(await onScreen(shopper, 'checkout-payable').innerText()).toBe(payableText)
    await e2e.screenshot(shopper, 'diy-2-checkout')
    await onScreen(shopper, 'checkout-submit').click()
    await onScreen(shopper, 'pay-sheet').waitFor(WAIT)
    await onScreen(shopper, 'pay-sheet-confirm').click()
    await expect.poll(async () => (await onScreen(shopper, 'pay-result').getAttribute('data-phase')) ?? '', WAIT).toBe('paid')
    await onScreen(shopper, 'pay-result-view-order').click()
    await expect.poll(async () => (await onScreen(shopper, 'order-detail').getAttribute('data-state')) ?? '', WAIT).toBe('paid')
    await expect.poll(() => onScreen(shopper, 'diy-part-component').count(), WAIT).toBe(3)
    const detailText = await onScreen(shopper, 'diy-part').innerText()
    expect(detailText).toContain('紫水晶圆珠')
    expect(detailText).toContain('莲花银吊坠')
    await e2e.screenshot(shopper, 'diy-3-order')

    const paidId = new URL(shopper.url().replace('#', '')).searchParams.get('id') ?? ''
    const paid = await call<OrderDetail>('order.get', { orderId: paidId }, SHOPPER)
    const part = paid.items[0].diy!
    const afterPaid = stockOf()
    for (const c of part.components) expect(afterPaid.get(c.componentId)).toEqual({ stock: before.get(c.componentId)!.stock - c.quantity, sold: before.get(c.componentId)!.sold + c.quantity })

    // A second bracelet, ordered and left unpaid, then cancelled.
    const again = await e2e.open('/packages/diy/builder/index', SHOPPER)
    await buildBracelet(again)
    await onScreen(again, 'diy-order').click()
    await onScreen(again, 'checkout-address').waitFor(WAIT)
    await onScreen(again, 'checkout-submit').click()
    await onScreen(again, 'pay-sheet').waitFor(WAIT)
    await onScreen(again, 'pay-sheet-cancel').click()
    await expect.poll(async () => (await onScreen(again, 'order-detail').getAttribute('data-state')) ?? '', WAIT).toBe('pending_payment')
    const held = stockOf()
    for (const c of part.components) expect(held.get(c.componentId)!.stock).toBe(afterPaid.get(c.componentId)!.stock - c.quantity)
    await onScreen(again, 'order-cancel').click()
    await onScreen(again, 'confirm-yes').click(WAIT)
    await expect.poll(async () => (await onScreen(again, 'order-detail').getAttribute('data-state')) ?? '', WAIT).toBe('cancelled')
    // Exactly once: back to what it was after the paid bracelet, and a cron pass changes nothing.
    await e2e.shop.cloud.invoke('cron', { Type: 'Timer', TriggerName: 'everyMinute', Time: new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z') }, { openid: null, source: 'wx_trigger' })
    expect(stockOf()).toEqual(afterPaid)
  })
})
