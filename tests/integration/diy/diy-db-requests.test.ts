/**
 * Database requests of the DIY paths, budgeted apart from the normal hot path
 * (tests/bench/db-request-budget.json → `diy`); the cart / checkout hot path does not change.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { OrderCreateOutput } from '../../../cloudfunctions/contracts/order'
import { addressFor, expectOk, newRequestId, startOrdersCloud, type OrdersCloud } from '../orders/orders-kit'
import { designOf, putComponents } from './diy-kit'

const budget = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'bench', 'db-request-budget.json'), 'utf8')) as { diy: Record<string, number> }).diy

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

it('the DIY builder, quote and order stay within their budget', async () => {
  const k = putComponents(t)
  const buyer = 'diy-dbr'
  const address = await addressFor(t, buyer)
  const design = designOf(k)
  // Warm the instance's pricing-config cache, as the builder's first quote does.
  expectOk(await t.call('shop', 'diy.quote', { design }, buyer))
  const seen: Record<string, number> = {}
  seen['diy.catalog'] = (await measured(() => t.call('shop', 'diy.catalog', {}, buyer))).requests
  seen['diy.quote'] = (await measured(() => t.call('shop', 'diy.quote', { design }, buyer))).requests
  seen['checkout.quote (diy)'] = (await measured(() => t.call('shop', 'checkout.quote', { source: { diy: design }, addressId: address._id }, buyer))).requests
  const created = await measured(() => t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId: newRequestId(), source: { diy: design }, addressId: address._id }, buyer))
  expectOk(created.value)
  seen['order.create (diy, 4 components)'] = created.requests
  console.log(JSON.stringify(seen))
  expect(Object.keys(seen).sort()).toEqual(Object.keys(budget).sort())
  for (const [action, n] of Object.entries(seen)) expect(n, action).toBeLessThanOrEqual(budget[action])
})
