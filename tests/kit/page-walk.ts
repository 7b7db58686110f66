/**
 * What the page walks (tests/e2e/page-walk.test.ts on H5, tests/e2e/weapp-walk.test.ts on the weapp
 * logic layer) share: the scene a walking shopper has, the query each page is opened with, the route
 * list read from src/routes.ts, and what no page may show.
 */
import { expect } from 'vitest'
import type { CatalogListOutput, Product } from '../../cloudfunctions/contracts/catalog'
import type { OrderCreateOutput, OrderPayOutput } from '../../cloudfunctions/contracts/order'
import type { Address } from '../../cloudfunctions/contracts/address'
import { SUBPACKAGES, TAB_PAGES } from '../../src/routes'
import { zhCN } from '../../src/i18n/dictionaries'
import { zhServer } from '../../src/i18n/server-messages'
import type { Actor, E2EShop } from './e2e'

async function ok<T>(p: Promise<{ ok: boolean; data?: T; error?: unknown }>): Promise<T> {
  const r = await p
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data as T
}

const rid = () => `walk${Math.random().toString(36).slice(2, 12)}`

/** The ids the pages are opened with, made by the shop's own actions. */
export interface Scene {
  productId: string
  skuId: string
  addressId: string
  paidOrderId: string
  shippedOrderId: string
  unpaidOrderId: string
  ticketId: string
}

export async function buildScene(shopper: Actor, merchant: Actor, simulatePay: E2EShop['simulatePay']): Promise<Scene> {
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
      if (payment.kind === 'wechat') await simulatePay(payment.outTradeNo, { openid: shopper.openid })
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
export function queryFor(path: string, s: Scene): Record<string, string> | undefined {
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

export const ALL_PAGES: string[] = [
  ...Object.values(TAB_PAGES),
  ...Object.values(SUBPACKAGES).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`)),
]
export const isAdmin = (path: string) => path.startsWith('packages/admin/')

/** First segments of every message key: a token like `order.notFound` on screen is a key nobody translated. */
const KEY_SPACES = new Set([...Object.keys(zhCN), ...Object.keys(zhServer)].map((k) => k.split('.')[0]))
const KNOWN_KEYS = new Set([...Object.keys(zhCN), ...Object.keys(zhServer)])

export function problemsIn(text: string): string[] {
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


/** The catch-all "invalid input" words: a page reached by a link should say what is actually wrong. */
export const GENERIC_INVALID = zhServer['error.input.invalid']

/** Everything wrong with what a page shows: throws are added by the caller. */
export function pageProblems(text: string): string[] {
  const problems = problemsIn(text)
  if (text.includes(GENERIC_INVALID)) problems.push(`answers a link with the catch-all "${GENERIC_INVALID}"`)
  if (text.replace(/\s+/g, '').length < 4) problems.push(`shows nothing (text: "${text.trim()}")`)
  return problems
}
