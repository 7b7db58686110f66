/**
 * A local cloud with the pay/openapi fakes wired in, plus helpers to put products on the shelf and
 * walk a shopper through address → order → pay. Uses the bundles in JF_DIST_DIR (or dist).
 */
import type { CloudCostOptions } from '../../../local-cloud/store/cloud-cost'
import type { Product } from '../../../cloudfunctions/contracts/catalog'
import type { OrderCreateOutput, OrderDetail, OrderPayOutput } from '../../../cloudfunctions/contracts/order'
import type { Address } from '../../../cloudfunctions/contracts/address'
import { createLocalFakes, type LocalFakes } from '../../../local-cloud/fakes'
import { expectOk, FUNCTIONS_DIR, OWNER, startTestCloud, type TestCloud } from '../../kit/test-cloud'

export { expectOk, OWNER }

export interface OrdersCloud extends TestCloud {
  fakes: LocalFakes
}

/** `strictCloseDelay`: WeChat's real rule that a prepay cannot be closed in its first 5 minutes. */
export async function startOrdersCloud(opts: { strictCloseDelay?: boolean; env?: Record<string, string>; cost?: CloudCostOptions } = {}): Promise<OrdersCloud> {
  const t = await startTestCloud({ seed: false, env: opts.env, cost: opts.cost })
  const fakes = createLocalFakes({
    runtime: t.cloud,
    dataDir: t.dataDir,
    functionsDir: FUNCTIONS_DIR,
    appid: 'wx-local',
    strictCloseDelay: opts.strictCloseDelay,
  })
  return { ...t, fakes }
}

let seq = 0
export function putProduct(t: TestCloud, skus: { price: number; stock: number }[], extra: Partial<Product> = {}): Product {
  const id = `p${++seq}-${Math.random().toString(36).slice(2, 8)}`
  const product: Product = {
    _id: id,
    title: `紫水晶 ${id}`,
    description: '',
    categoryId: 'amethyst',
    tags: [],
    media: { images: [`/files/${id}.svg`] },
    attrs: { material: '紫水晶', origin: '巴西' },
    skus: skus.map((s, i) => ({ skuId: `${id}-s${i}`, name: `${6 + 2 * i}mm`, price: s.price, stock: s.stock, sold: 0 })),
    priceFrom: Math.min(...skus.map((s) => s.price)),
    stock: skus.reduce((n, s) => n + s.stock, 0),
    sold: 0,
    unique: false,
    status: 'on',
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  }
  t.cloud.store.collection('products').insert(product as never)
  return product
}

export function productNow(t: TestCloud, id: string): Product {
  return t.cloud.store.collection('products').get(id) as unknown as Product
}

export async function addressFor(t: TestCloud, openid: string): Promise<Address> {
  return expectOk(
    await t.call<Address>('shop', 'address.save', {
      name: '林小晶',
      phone: '13800138000',
      province: '广东省',
      city: '深圳市',
      district: '南山区',
      detail: '科技园 1 号',
    }, openid),
  )
}

let req = 0
export const newRequestId = () => `req-${Date.now().toString(36)}-${++req}-${Math.random().toString(36).slice(2, 8)}`

export async function buyNow(t: TestCloud, openid: string, addressId: string, product: Product, quantity = 1, sku = 0) {
  return t.call<OrderCreateOutput>('shop', 'order.create', {
    clientRequestId: newRequestId(),
    source: { buyNow: { productId: product._id, skuId: product.skus[sku].skuId, quantity } },
    addressId,
  }, openid)
}

export async function getOrder(t: TestCloud, openid: string, orderId: string): Promise<OrderDetail> {
  return expectOk(await t.call<OrderDetail>('shop', 'order.get', { orderId }, openid))
}

/** order.pay then the fake's "user pays" (callback delivered `times` times). */
export async function payFor(t: OrdersCloud, openid: string, orderId: string, opts: { totalFee?: number; times?: number } = {}) {
  const pay = expectOk(await t.call<OrderPayOutput>('shop', 'order.pay', { orderId }, openid))
  if (pay.kind !== 'wechat') throw new Error('expected a WeChat payment')
  const result = await t.fakes.pay.simulatePay(pay.outTradeNo, { openid, ...opts })
  const broken = result.deliveries.find((d) => d.error !== null)
  if (broken) throw new Error(`pay callback failed: ${broken.error}`)
  return { pay, result }
}

/** Fires the cron function as WeChat's timer would, stamped at `at`. */
export function tick(t: TestCloud, at: number) {
  const Time = new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z')
  return t.cloud.invoke('cron', { Type: 'Timer', TriggerName: 'everyMinute', Time }, { openid: null, source: 'wx_trigger' }) as Promise<{
    ok: boolean
    data: Record<string, unknown>
  }>
}
