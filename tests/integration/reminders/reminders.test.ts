/**
 * Issue 13 acceptance 2: the reminder cron run twice reminds once; after a restock and a new shortage
 * it reminds again. Notices go to the staff whose role handles the kind (low stock: owner and operator,
 * not service). Also: the default threshold, after-sale and unshipped reminders, and what a tick costs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AfterSale } from '../../../cloudfunctions/contracts/aftersale'
import type { NoticeTemplatesOutput } from '../../../cloudfunctions/contracts/logistics'
import type { RemindersListOutput } from '../../../cloudfunctions/contracts/reminder'
import { enrolStaff, OPERATOR, SERVICE } from '../../kit/identities'
import { addressFor, buyNow, expectOk, OWNER, payFor, putProduct, startOrdersCloud, tick, type OrdersCloud } from '../orders/orders-kit'

const H = 3_600_000

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
  await enrolStaff(t.cloud)
  for (const openid of [OWNER, OPERATOR, SERVICE]) await consent(openid, 5)
})
afterAll(() => t?.close())

async function consent(openid: string, times: number) {
  const { templates } = expectOk(await t.call<NoticeTemplatesOutput>('shop', 'notice.templates', { kinds: ['staffReminder'] }, openid))
  for (let i = 0; i < times; i++) expectOk(await t.call('shop', 'notice.consent', { results: { [templates[0].templateId]: 'accept' } }, openid))
}

const staffSends = async (openid: string) =>
  (await t.fakes.openapi.outbox({ api: 'subscribeMessage.send', openid })).filter((e) => e.errcode === 0 && JSON.stringify(e).includes('库存不足'))
const list = async (openid = OWNER) => expectOk(await t.call<RemindersListOutput>('admin', 'reminders.list', {}, openid))
const lowOf = async (skuId: string) => (await list()).items.filter((r) => r.kind === 'lowStock' && r.key === `lowStock:${skuId}`)

async function sell(buyer: string, product: ReturnType<typeof putProduct>, quantity: number) {
  const address = await addressFor(t, buyer)
  const { orderId } = expectOk(await buyNow(t, buyer, address._id, product, quantity))
  await payFor(t, buyer, orderId)
  return orderId
}

describe('low stock', () => {
  it('twice run, reminded once; restocked then short again, reminded again', async () => {
    const product = putProduct(t, [{ price: 3_300, stock: 5 }])
    const skuId = product.skus[0].skuId
    t.cloud.store.collection('products').update({ _id: product._id }, { skus: [{ ...product.skus[0], lowStockAt: 2 }] })
    await sell('rem-a', product, 2) // 3 left: above its own threshold of 2
    await tick(t, Date.now())
    expect(await lowOf(skuId)).toEqual([])

    await sell('rem-b', product, 1) // 2 left: low
    const sendsBefore = (await staffSends(OWNER)).length
    const first = await tick(t, Date.now())
    expect(first.data.remindersRaised).toBeGreaterThanOrEqual(1)
    await tick(t, Date.now())
    const [active] = await lowOf(skuId)
    expect(active).toMatchObject({ occurrence: 1, params: { stock: 2 }, page: 'packages/admin/products/list/index' })
    expect((await list()).counts.lowStock).toBeGreaterThanOrEqual(1)
    expect((await staffSends(OWNER)).length - sendsBefore).toBe(1)

    // Restock: the condition clears, nobody is told.
    const adjust = { productId: product._id, skuId, requestId: `restock-${Date.now()}`, change: { kind: 'delta', delta: 10 }, reason: 'restock' }
    expectOk(await t.call('admin', 'products.adjustStock', adjust, OWNER))
    await tick(t, Date.now())
    expect(await lowOf(skuId)).toEqual([])
    expect((await staffSends(OWNER)).length - sendsBefore).toBe(1)

    // Short again: a new occurrence, reminded again (once, however many ticks).
    await sell('rem-c', product, 10)
    await tick(t, Date.now())
    await tick(t, Date.now())
    const [again] = await lowOf(skuId)
    expect(again).toMatchObject({ occurrence: 2, params: { stock: 2 } })
    expect((await staffSends(OWNER)).length - sendsBefore).toBe(2)
    // The operator handles stock too; the service desk does not.
    expect((await staffSends(OPERATOR)).length).toBeGreaterThanOrEqual(2)
    expect(await staffSends(SERVICE)).toEqual([])
  })

  it('a SKU without its own threshold uses the shop default (3)', async () => {
    const product = putProduct(t, [{ price: 2_000, stock: 4 }, { price: 2_000, stock: 3 }])
    await tick(t, Date.now())
    expect(await lowOf(product.skus[0].skuId)).toEqual([])
    expect(await lowOf(product.skus[1].skuId)).toHaveLength(1)
  })
})

describe('orders and after-sales', () => {
  it('a paid order unshipped for 24 h and an after-sale unanswered for 24 h are reminded; answering clears it', async () => {
    const product = putProduct(t, [{ price: 8_800, stock: 50 }])
    const orderId = await sell('rem-d', product, 1)
    const as = expectOk(await t.call<AfterSale>('shop', 'aftersale.request', { orderId, kind: 'refund_only', lines: [{ skuId: product.skus[0].skuId, quantity: 1 }], reason: '不想要了', photos: [] }, 'rem-d'))
    const other = await sell('rem-e', product, 1)

    await tick(t, as.createdAt + 23 * H)
    const early = await list()
    expect(early.items.filter((r) => r.subjectId === as._id || r.subjectId === other)).toEqual([])

    // A minute past 24 h: the second order was paid a little after the request (seconds on a busy machine).
    await tick(t, as.createdAt + 24 * H + 60_000)
    const due = await list(SERVICE) // every staff member may read the list
    expect(due.items.find((r) => r.subjectId === as._id)).toMatchObject({ kind: 'afterSaleApprove', page: 'packages/admin/aftersales/index', params: { deadline: as.createdAt + 48 * H } })
    expect(due.items.find((r) => r.subjectId === other)).toMatchObject({ kind: 'unshipped' })

    expectOk(await t.call('admin', 'afterSales.approve', { id: as._id }, OWNER))
    await t.fakes.pay.settled()
    await tick(t, as.createdAt + 25 * H)
    expect((await list()).items.find((r) => r.subjectId === as._id)).toBeUndefined()
  })

  it('a tick with nothing new costs a bounded number of requests and writes only its bookkeeping', async () => {
    await tick(t, Date.now() + 26 * H)
    const [reads, writes] = [t.requests(), t.writeRequests()]
    await tick(t, Date.now() + 26 * H + 60_000)
    const cost = { requests: t.requests() - reads, writes: t.writeRequests() - writes }
    console.log(`steady cron tick: ${JSON.stringify(cost)}`)
    expect(cost.requests).toBeLessThanOrEqual(40)
    expect(cost.writes).toBeLessThanOrEqual(3) // the heartbeat and the reminders' checkedAt
  })
})
