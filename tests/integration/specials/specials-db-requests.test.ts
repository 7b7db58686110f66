/**
 * Database requests of the 秒杀 / 拼团 paths, budgeted apart from the normal hot path
 * (tests/bench/db-request-budget.json → `specials`): a flash or group checkout pays for its own reads
 * (the sale or offer, the group) and writes (the claim, the bucket), and nothing else.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { OrderCreateOutput, OrderPayOutput } from '../../../cloudfunctions/contracts/order'
import { expectOk, newRequestId, putProduct, startOrdersCloud, type OrdersCloud } from '../orders/orders-kit'
import { addressesFor, createFlashSale, createGroupOffer } from './specials-kit'

const budget = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'bench', 'db-request-budget.json'), 'utf8')) as { specials: Record<string, number> }).specials

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
})
afterAll(() => t?.close())

async function measured<T>(run: () => Promise<T>): Promise<{ value: T; requests: number }> {
  const before = t.requests()
  const value = await run()
  return { value, requests: t.requests() - before }
}

it('flash and group checkouts stay within their budget', async () => {
  const seen: Record<string, number> = {}
  const product = putProduct(t, [{ price: 19900, stock: 20 }])
  const sale = await createFlashSale(t, product, { quantity: 10 })
  const offer = await createGroupOffer(t, product, { size: 2 })
  const ids = await addressesFor(t, ['dbr-a', 'dbr-b'])
  const flashSource = { buyNow: { productId: product._id, skuId: product.skus[0].skuId, quantity: 1, flashSaleId: sale._id } }
  // Warm the shop instance (shipping-rule cache), as the app's quote does before create.
  expectOk(await t.call('shop', 'checkout.quote', { source: flashSource, addressId: ids.get('dbr-a') }, 'dbr-a'))
  seen['checkout.quote (flash)'] = (await measured(() => t.call('shop', 'checkout.quote', { source: flashSource, addressId: ids.get('dbr-a') }, 'dbr-a'))).requests
  const flash = await measured(() => t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: flashSource, addressId: ids.get('dbr-a') }, 'dbr-a'))
  expectOk(flash.value)
  seen['order.create (flash)'] = flash.requests

  const startSource = { buyNow: { productId: product._id, skuId: product.skus[0].skuId, quantity: 1, group: { offerId: offer._id } } }
  const start = await measured(() => t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: startSource, addressId: ids.get('dbr-a') }, 'dbr-a'))
  seen['order.create (group start)'] = start.requests
  const pay = expectOk(await t.call<OrderPayOutput>('shop', 'order.pay', { orderId: expectOk(start.value).orderId }, 'dbr-a'))
  if (pay.kind !== 'wechat') throw new Error('expected a WeChat payment')
  seen['pay callback (group start)'] = (await measured(() => t.fakes.pay.simulatePay(pay.outTradeNo, { openid: 'dbr-a' }))).requests
  const groupId = (t.cloud.store.collection('orders').get(expectOk(start.value).orderId) as { groupId: string }).groupId

  const joinSource = { buyNow: { ...startSource.buyNow, group: { offerId: offer._id, groupId } } }
  const join = await measured(() => t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: joinSource, addressId: ids.get('dbr-b') }, 'dbr-b'))
  seen['order.create (group join)'] = join.requests
  const joinPay = expectOk(await t.call<OrderPayOutput>('shop', 'order.pay', { orderId: expectOk(join.value).orderId }, 'dbr-b'))
  if (joinPay.kind !== 'wechat') throw new Error('expected a WeChat payment')
  seen['pay callback (group fills)'] = (await measured(() => t.fakes.pay.simulatePay(joinPay.outTradeNo, { openid: 'dbr-b' }))).requests

  console.log(JSON.stringify(seen))
  expect(Object.keys(seen).sort()).toEqual(Object.keys(budget).sort())
  for (const [action, n] of Object.entries(seen)) expect(n, action).toBeLessThanOrEqual(budget[action])
})
