/**
 * Every page of the app, opened on the H5 build as a new user would reach it: the shopper's pages as a
 * shopper who has an address, a favourite, a coupon, a cart line, paid / shipped / unpaid orders, an
 * after-sale and a ticket; the admin pages as the owner, and again as a shopper (who must be told no,
 * not shown a blank page); pages that need an id also bare, as a stale link would open them. The route
 * list is read from src/routes.ts, so a page added later is walked without touching this file.
 *
 * A page fails when it throws, shows (almost) nothing, or shows text no person should read: NaN,
 * undefined, [object Object], Invalid Date, or an untranslated message key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { CatalogListOutput, Product } from '../../cloudfunctions/contracts/catalog'
import type { OrderCreateOutput, OrderPayOutput } from '../../cloudfunctions/contracts/order'
import type { Address } from '../../cloudfunctions/contracts/address'
import { SUBPACKAGES, TAB_PAGES } from '../../src/routes'
import { zhCN } from '../../src/i18n/dictionaries'
import { zhServer } from '../../src/i18n/server-messages'
import { startE2EShop, type Actor, type E2EShop } from '../kit/e2e'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

async function ok<T>(p: Promise<{ ok: boolean; data?: T; error?: unknown }>): Promise<T> {
  const r = await p
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data as T
}

const rid = () => `walk${Math.random().toString(36).slice(2, 12)}`

/** The ids the pages are opened with, made by the shop's own actions. */
interface Scene {
  productId: string
  skuId: string
  addressId: string
  paidOrderId: string
  shippedOrderId: string
  unpaidOrderId: string
  ticketId: string
}

async function buildScene(shopper: Actor, merchant: Actor): Promise<Scene> {
  const list = await ok<CatalogListOutput>(shopper.call('shop', 'catalog.list', { page: 1, pageSize: 100, sort: 'priceAsc' }))
  const buyable: Product[] = []
  for (const card of list.items) {
    if (card.status !== 'on' || card.stock < 2) continue
    const p = await ok<Product>(shopper.call('shop', 'catalog.get', { id: card._id }))
    if (p.skus[0].stock > 1) buyable.push(p)
    if (buyable.length === 3) break
  }
  expect(buyable.length).toBe(3)
  const address = await ok<Address>(
    shopper.call('shop', 'address.save', { name: '林晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园路 1 号' }),
  )
  await ok(shopper.call('shop', 'favorites.set', { productId: buyable[0]._id, favorite: true }))
  await ok(shopper.call('shop', 'cart.add', { productId: buyable[0]._id, skuId: buyable[0].skus[0].skuId, quantity: 1 }))
  const centre = await shopper.call<{ claimable?: { _id: string }[] }>('shop', 'coupons.centre', {})
  const claimable = centre.ok ? (centre.data?.claimable ?? []) : []
  if (claimable[0]) await shopper.call('shop', 'coupons.claim', { templateId: claimable[0]._id })

  const place = async (product: Product, pay: boolean) => {
    const created = await ok<OrderCreateOutput>(
      shopper.call('shop', 'order.create', {
        clientRequestId: rid(),
        source: { buyNow: { productId: product._id, skuId: product.skus[0].skuId, quantity: 1 } },
        addressId: address._id,
      }),
    )
    if (pay) {
      const payment = await ok<OrderPayOutput>(shopper.call('shop', 'order.pay', { orderId: created.orderId }))
      if (payment.kind === 'wechat') await e2e.simulatePay(payment.outTradeNo, { openid: shopper.openid })
    }
    return created.orderId
  }
  const paidOrderId = await place(buyable[0], true)
  const shippedOrderId = await place(buyable[1], true)
  await ok(merchant.call('admin', 'adminOrders.ship', { orderId: shippedOrderId, carrierCode: 'shunfeng', waybillNo: `SF${Date.now()}` }))
  const unpaidOrderId = await place(buyable[2], false)
  const paidOrder = await ok<{ lines: { skuId: string }[] }>(shopper.call('shop', 'order.get', { orderId: paidOrderId }))
  await ok(shopper.call('shop', 'aftersale.request', { orderId: paidOrderId, kind: 'refund_only', lines: [{ skuId: paidOrder.lines[0].skuId, quantity: 1 }], reason: '不想要了', photos: [] }))
  const ticket = await ok<{ _id: string }>(shopper.call('shop', 'tickets.open', { text: '请问手串可以改小一点吗', orderId: paidOrderId, transcript: [], requestId: rid() }))
  return { productId: buyable[0]._id, skuId: buyable[0].skus[0].skuId, addressId: address._id, paidOrderId, shippedOrderId, unpaidOrderId, ticketId: ticket._id }
}

/** The query a page is opened with in the walk; pages not listed need none. */
function queryFor(path: string, s: Scene): Record<string, string> | undefined {
  const byPage: Record<string, Record<string, string>> = {
    'packages/goods/detail/index': { id: s.productId },
    'packages/goods/search/index': { keyword: '手串' },
    'packages/order/detail/index': { id: s.paidOrderId },
    'packages/order/logistics/index': { id: s.shippedOrderId },
    'packages/order/pay-result/index': { id: s.paidOrderId },
    'packages/order/aftersale/index': { id: s.shippedOrderId },
    'packages/order/address-edit/index': { id: s.addressId },
    'packages/order/checkout/index': { from: 'cart' },
    'packages/service/ticket/index': { id: s.ticketId },
    'packages/service/chat/index': { orderId: s.paidOrderId },
    'packages/service/center/index': { orderId: s.paidOrderId },
    'packages/admin/orders/detail/index': { id: s.shippedOrderId },
    'packages/admin/products/edit/index': { id: s.productId },
    'packages/admin/tickets/detail/index': { id: s.ticketId },
  }
  return byPage[path]
}

const ALL_PAGES: string[] = [
  ...Object.values(TAB_PAGES),
  ...Object.values(SUBPACKAGES).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`)),
]
const isAdmin = (path: string) => path.startsWith('packages/admin/')

/** First segments of every message key: a token like `order.notFound` on screen is a key nobody translated. */
const KEY_SPACES = new Set([...Object.keys(zhCN), ...Object.keys(zhServer)].map((k) => k.split('.')[0]))
const KNOWN_KEYS = new Set([...Object.keys(zhCN), ...Object.keys(zhServer)])

function problemsIn(text: string): string[] {
  const problems: string[] = []
  for (const bad of [/\bNaN\b/, /\bundefined\b/, /\[object Object\]/, /Invalid Date/, /¥\s*-?NaN/]) {
    const m = bad.exec(text)
    if (m) problems.push(`shows "${m[0]}" near "${text.slice(Math.max(0, m.index - 30), m.index + 30)}"`)
  }
  for (const m of text.matchAll(/\b([a-z][A-Za-z]+)\.([A-Za-z][A-Za-z0-9]*)(\.[A-Za-z][A-Za-z0-9]*)*\b/g)) {
    if (KEY_SPACES.has(m[1]) || KNOWN_KEYS.has(m[0])) problems.push(`shows the message key "${m[0]}"`)
  }
  return problems
}

interface Visit {
  errors: string[]
  text: string
}

/** Opens the page straight from its link in a fresh phone-sized context, as `openid`. */
async function visit(openid: string, path: string, query?: Record<string, string>): Promise<Visit & { page: Page }> {
  const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN' })
  await context.addInitScript((id) => window.localStorage.setItem('jf.identity', id), openid)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(`throws: ${err.message}`))
  const qs = query ? `?${new URLSearchParams(query).toString()}` : ''
  await page.goto(`${e2e.shop.url}/#/${path}${qs}`)
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
  await page.waitForTimeout(200)
  const text = await page.evaluate(() => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page'))
    const shown = pages.filter((p) => p.offsetParent !== null || getComputedStyle(p).display !== 'none')
    return (shown.at(-1) ?? document.body).innerText
  })
  if (process.env.JF_WALK_DEBUG) console.log(`${path} ${openid}: ${text.replace(/\s+/g, ' ').slice(0, 160)}`)
  return { errors, text, page }
}

/** The catch-all "invalid input" words: a page reached by a link should say what is actually wrong. */
const GENERIC_INVALID = zhServer['error.input.invalid']

async function walk(actor: Actor, path: string, query?: Record<string, string>): Promise<string[]> {
  const { errors, text, page } = await visit(actor.openid, path, query)
  try {
    const problems = [...errors, ...problemsIn(text)]
    if (text.includes(GENERIC_INVALID)) problems.push(`answers a link with the catch-all "${GENERIC_INVALID}"`)
    if (text.replace(/\s+/g, '').length < 4) problems.push(`shows nothing (text: "${text.trim()}")`)
    if (problems.length) await e2e.screenshot(page, `walk-${path.replace(/\//g, '_')}`)
    return problems.map((p) => `${path}${query ? ` ${JSON.stringify(query)}` : ''} as ${actor.openid}: ${p}`)
  } finally {
    await page.context().close()
  }
}

/** Walks the pages three at a time (each in its own browser context): most of a visit is waiting. */
async function walkAll(visits: [Actor, string, Record<string, string> | undefined][]): Promise<string[]> {
  const problems: string[][] = new Array(visits.length)
  let next = 0
  const worker = async () => {
    while (next < visits.length) {
      const i = next++
      problems[i] = await walk(...visits[i])
    }
  }
  await Promise.all([worker(), worker(), worker()])
  return problems.flat()
}

describe('every page, walked as a new user would', () => {
  let scene: Scene
  let shopper: Actor
  let merchant: Actor
  beforeAll(async () => {
    shopper = e2e.asShopper('walker')
    merchant = e2e.asMerchant()
    scene = await buildScene(shopper, merchant)
  }, 120_000)

  it('walks more than the tab pages (the route list was read)', () => {
    expect(ALL_PAGES.length).toBeGreaterThan(40)
  })

  it("shopper pages open with the shopper's own records", async () => {
    expect(await walkAll(ALL_PAGES.filter((p) => !isAdmin(p)).map((path) => [shopper, path, queryFor(path, scene)]))).toEqual([])
  }, 600_000)

  it('admin pages open for the owner', async () => {
    expect(await walkAll(ALL_PAGES.filter(isAdmin).map((path) => [merchant, path, queryFor(path, scene)]))).toEqual([])
  }, 600_000)

  it('admin pages opened by a shopper say so instead of breaking', async () => {
    expect(await walkAll(ALL_PAGES.filter(isAdmin).map((path) => [shopper, path, queryFor(path, scene)]))).toEqual([])
  }, 600_000)

  it('pages that need an id, opened from a stale link without one, say what is wrong', async () => {
    const linked = ALL_PAGES.filter((p) => queryFor(p, scene) && !p.endsWith('search/index') && !p.endsWith('checkout/index'))
    expect(await walkAll(linked.map((path) => [isAdmin(path) ? merchant : shopper, path, undefined]))).toEqual([])
  }, 600_000)
})
