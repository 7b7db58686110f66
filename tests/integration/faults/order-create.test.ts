/**
 * The shop's real order.create (services/order/create-order.workflow) aborted right after each of its
 * named steps: the buyer sees a failure, the stock is exactly as before, no order is left behind, and a
 * retry with the same clientRequestId then places exactly one order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertStockedProduct, stockOf } from '../../kit/stock-fixtures'
import { expectOk, startTestCloud, type TestCloud } from '../../kit/test-cloud'

const BUYER = 'fault-order-buyer'
let t: TestCloud
let addressId: string
let piece: { productId: string; skuId: string }

beforeAll(async () => {
  t = await startTestCloud({ seed: true })
  const categoryId = String(t.cloud.store.docs('categories')[0]._id)
  piece = insertStockedProduct(t.cloud.store, 'fault-order-lot', 3, { categoryId, unique: false })
  const address = expectOk(
    await t.call<{ _id: string }>('shop', 'address.save', { name: '林晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' }, BUYER),
  )
  addressId = address._id
})
afterAll(() => t?.close())

const order = (clientRequestId: string) =>
  t.call<{ orderId: string; repeated: boolean }>('shop', 'order.create', { clientRequestId, source: { buyNow: { ...piece, quantity: 2 } }, addressId }, BUYER)

describe('order.create with a fault after a named step', () => {
  for (const step of ['order.stockReserved', 'order.created']) {
    it(`aborted after ${step}: stock untouched and no order left`, async () => {
      t.cloud.faults.abortAfter(step)
      const res = await order(`fault-${step.replace('.', '-')}`)
      expect(res.ok).toBe(false)
      expect(t.cloud.faults.fired().at(-1)).toBe(step)
      expect(stockOf(t.cloud.store, piece.productId)).toEqual({ stock: 3, skuStock: 3, sold: 0 })
      expect(t.cloud.store.collection('orders').count({})).toBe(0)
    })
  }

  it('the retry with the same clientRequestId places exactly one order and takes stock once', async () => {
    t.cloud.faults.abortAfter('order.created')
    expect((await order('fault-retry-01')).ok).toBe(false)
    const first = expectOk(await order('fault-retry-01'))
    const again = expectOk(await order('fault-retry-01'))
    expect(again).toMatchObject({ orderId: first.orderId, repeated: true })
    expect(t.cloud.store.collection('orders').count({})).toBe(1)
    expect(stockOf(t.cloud.store, piece.productId)).toEqual({ stock: 1, skuStock: 1, sold: 2 })
  })
})
