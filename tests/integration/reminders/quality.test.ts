/**
 * FAQ 4: the nightly pass flags a product whose after-sales rate over 30 days exceeds the setting, with
 * the breakdown by reason and the listing fields to check; the flag clears when the rate falls, and it
 * shows as a reminder while it holds.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { AfterSale } from '../../../cloudfunctions/contracts/aftersale'
import type { QualityFlag } from '../../../cloudfunctions/contracts/quality'
import type { RemindersListOutput } from '../../../cloudfunctions/contracts/reminder'
import { addressFor, buyNow, expectOk, OWNER, payFor, putProduct, startOrdersCloud, tick, type OrdersCloud } from '../orders/orders-kit'

const D = 86_400_000
let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud({ env: { JF_QUALITY_RATE_PERMILLE: '200', JF_QUALITY_MIN_UNITS: '4' } })
})
afterAll(() => t?.close())

async function buy(buyer: string, product: ReturnType<typeof putProduct>, quantity: number) {
  const address = await addressFor(t, buyer)
  const { orderId } = expectOk(await buyNow(t, buyer, address._id, product, quantity))
  await payFor(t, buyer, orderId)
  expectOk(await t.call('admin', 'adminOrders.ship', { orderId, carrierCode: 'shunfeng', waybillNo: `SF${Math.random().toString().slice(2, 12)}` }, OWNER))
  return orderId
}

async function complain(buyer: string, orderId: string, skuId: string, reasonCode: AfterSale['reasonCode'], reason: string) {
  expectOk(await t.call<AfterSale>('shop', 'aftersale.request', { orderId, kind: 'return_refund', lines: [{ skuId, quantity: 1 }], reason, reasonCode, photos: [] }, buyer))
}

it('flagged with reasons and suspects, shown as a reminder; cleared the night the rate falls', async () => {
  const product = putProduct(t, [{ price: 12_800, stock: 100 }])
  const skuId = product.skus[0].skuId
  const calm = putProduct(t, [{ price: 6_800, stock: 100 }])
  for (let i = 0; i < 4; i++) {
    const orderId = await buy(`q-${i}`, product, 1)
    if (i < 2) await complain(`q-${i}`, orderId, skuId, 'sizeMismatch', '手围偏小')
    if (i === 2) await complain(`q-${i}`, orderId, skuId, 'colourDiff', '颜色比图片浅')
  }
  const calmOrder = await buy('q-calm', calm, 4)
  await complain('q-calm', calmOrder, calm.skus[0].skuId, 'changedMind', '不想要了')

  const night = Date.now() + D
  const report = await tick(t, night)
  expect(report.data).toMatchObject({ qualityFlagged: 1 })
  const flags = expectOk(await t.call<QualityFlag[]>('admin', 'quality.flags', {}, OWNER))
  expect(flags.map((f) => f.productId)).toEqual([product._id])
  expect(flags[0]).toMatchObject({ title: product.title, sold: 4, units: 3, ratePermille: 750, thresholdPermille: 200, byReason: { sizeMismatch: 2, colourDiff: 1 }, state: 'flagged' })
  expect(flags[0].suspects.slice(0, 2)).toEqual(['beadSize', 'skuSpec'])
  expect(flags[0].suspects).toContain('photos')
  const reminders = expectOk(await t.call<RemindersListOutput>('admin', 'reminders.list', {}, OWNER))
  expect(reminders.items.find((r) => r.kind === 'quality')).toMatchObject({ subjectId: product._id, params: { ratePermille: 750 } })

  // Same night again: nothing recomputed.
  expect((await tick(t, night + 60_000)).data.qualityFlagged).toBeUndefined()

  // Many more sales without complaints: 3 of 24 is 125‰, under 200‰ → cleared the next night.
  for (let i = 0; i < 4; i++) await buy(`q-more-${i}`, product, 5)
  const next = await tick(t, night + D)
  expect(next.data).toMatchObject({ qualityFlagged: 0, qualityCleared: 1 })
  expect(expectOk(await t.call<QualityFlag[]>('admin', 'quality.flags', {}, OWNER))).toEqual([])
  expect(expectOk(await t.call<QualityFlag | null>('admin', 'quality.forProduct', { productId: product._id }, OWNER))).toMatchObject({ state: 'cleared', ratePermille: 125 })
  await tick(t, night + D + 60_000)
  const after = expectOk(await t.call<RemindersListOutput>('admin', 'reminders.list', {}, OWNER))
  expect(after.items.find((r) => r.kind === 'quality')).toBeUndefined()
})
