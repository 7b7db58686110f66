/**
 * Customer service through the built bundles: the assistant answers "where is my parcel" from the
 * asking shopper's own orders only; a shopper without orders gets an answer, not an error; an unsure
 * answer hands over to a ticket; a staff reply parks one notice effect that runs once; the ticket
 * machine refuses illegal moves with CONFLICT; the rating happens once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrderCreateOutput } from '../../../cloudfunctions/contracts/order'
import type { AdminTicketView, AssistantReply, FaqTryOutput, TicketInboxItem, TicketView, UnansweredQuestion } from '../../../cloudfunctions/contracts/service'
import { ticketMachine, type TicketState } from '../../../cloudfunctions/domain/machines'
import { SEED_FAQ_SYNONYMS, seedFaqEntries } from '../../../local-cloud/seed/faq'
import { addressFor, buyNow, expectOk, newRequestId, OWNER, payFor, putProduct, startOrdersCloud, tick, type OrdersCloud } from '../orders/orders-kit'

let t: OrdersCloud
beforeAll(async () => {
  t = await startOrdersCloud()
  for (const faq of seedFaqEntries(1)) t.cloud.store.collection('faqs').insert(faq as never)
  t.cloud.store.collection('settings').insert({ _id: 'faqSynonyms', groups: SEED_FAQ_SYNONYMS, updatedAt: 1 } as never)
})
afterAll(() => t?.close())

const ask = async (openid: string, text: string, orderId?: string) => expectOk(await t.call<AssistantReply>('shop', 'assistant.ask', { text, ...(orderId ? { orderId } : {}) }, openid))

async function shippedOrder(openid: string, waybillNo: string) {
  const product = putProduct(t, [{ price: 12_800, stock: 3 }])
  const address = await addressFor(t, openid)
  const { orderId } = expectOk(await buyNow(t, openid, address._id, product)) as OrderCreateOutput
  await payFor(t, openid, orderId)
  expectOk(await t.call('admin', 'adminOrders.ship', { orderId, carrierCode: 'SF', waybillNo }, OWNER))
  return orderId
}

describe('the assistant knows your order, and only yours', () => {
  it('answers 我的快递到哪了 with the asking shopper’s own latest parcel (two shoppers)', async () => {
    const a = await shippedOrder('svc-shopper-a', 'SF1000000001')
    const b = await shippedOrder('svc-shopper-b', 'SF2000000002')
    // A's parcel moves with the (simulated) carrier; the tracking writer copies its newest node onto the order.
    await t.fakes.carrier.advance('SF1000000001')
    await t.fakes.carrier.advance('SF1000000001')
    const track = (t.cloud.store.collection('orders').get(a) as unknown as { shipments: { track: { text: string } }[] }).shipments[0].track
    expect(track.text).not.toBe('')

    const forA = await ask('svc-shopper-a', '我的快递到哪了')
    expect(forA).toMatchObject({ kind: 'intent', intent: 'parcel', orderId: a, message: { key: 'assistant.parcel.latest', params: { waybill: 'SF1000000001', node: track.text } } })
    const forB = await ask('svc-shopper-b', '我的快递到哪了')
    expect(forB).toMatchObject({ kind: 'intent', intent: 'parcel', orderId: b, message: { key: 'assistant.parcel.shipped', params: { waybill: 'SF2000000002', carrier: 'SF' } } })
    expect(JSON.stringify(forB)).not.toContain('SF1000000001')
    expect(JSON.stringify(forA)).not.toContain('SF2000000002')

    // Asking about someone else's order looks like a missing one.
    expect(await t.call('shop', 'assistant.ask', { text: '我的快递到哪了', orderId: a }, 'svc-shopper-b')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    // Picking their own order answers about that one.
    expect(await ask('svc-shopper-a', 'where is my parcel', a)).toMatchObject({ kind: 'intent', orderId: a })
  })

  it('gives a shopper with no order a helpful answer, not an error', async () => {
    expect(await ask('svc-no-orders', '我的快递到哪了')).toMatchObject({ kind: 'intent', intent: 'parcel', message: { key: 'assistant.parcel.noOrders' } })
    expect(await ask('svc-no-orders', '我的订单状态怎么样了')).toMatchObject({ kind: 'intent', message: { key: 'assistant.order.none' } })
    expect(await ask('svc-no-orders', '我还有多少积分')).toMatchObject({ kind: 'intent', intent: 'points', message: { key: 'assistant.points.balance', params: { points: 0 } } })
  })

  it('answers FAQ questions from the database, and says it is not sure (counting the question) otherwise', async () => {
    expect(await ask('svc-faq', '退货邮费谁付')).toMatchObject({ kind: 'faq', faqId: 'faq-return-postage' })
    const unsure = await ask('svc-faq', '你们卖手机吗')
    expect(unsure.kind).toBe('unsure')
    await ask('svc-faq-2', '你们卖手机吗？')
    const misses = expectOk(await t.call<{ items: UnansweredQuestion[] }>('admin', 'assistant.unanswered', { page: 1 }, OWNER))
    expect(misses.items[0]).toMatchObject({ text: '你们卖手机吗', count: 2 })
    expect(JSON.stringify(misses)).not.toContain('svc-faq')
  })

  it('lets the merchant edit an entry and try it at once', async () => {
    const tried = expectOk(await t.call<FaqTryOutput>('admin', 'faq.try', { text: '能寄到日本吗' }, OWNER))
    expect(tried.threshold).toBeGreaterThan(0)
    const list = expectOk(await t.call<{ items: { _id: string; version: number; alts: string[] }[] }>('admin', 'faq.adminList', {}, OWNER))
    const abroad = list.items.find((e) => e._id === 'faq-ship-abroad')!
    const saved = expectOk(
      await t.call<{ version: number }>('admin', 'faq.save', { faqId: abroad._id, version: abroad.version, category: 'shipping', question: '可以寄到港澳台或国外吗？', answer: '目前只发中国大陆地址。', alts: [...abroad.alts, '能寄到日本吗'] }, OWNER),
    )
    expect(saved.version).toBe(abroad.version + 1)
    // The form's old version is refused.
    expect(await t.call('admin', 'faq.save', { faqId: abroad._id, version: abroad.version, category: 'shipping', question: 'x', answer: 'y' }, OWNER)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const after = expectOk(await t.call<FaqTryOutput>('admin', 'faq.try', { text: '能寄到日本吗' }, OWNER))
    expect(after.reply).toMatchObject({ kind: 'faq', faqId: 'faq-ship-abroad' })
    const audit = t.cloud.store.collection('audit_log').find({ action: 'faq.save', targetId: abroad._id })
    expect(audit).toHaveLength(1)
  })
})

describe('handoff to a person', () => {
  const shopper = 'svc-ticket-shopper'
  let ticketId = ''

  it('opens one ticket per request with the conversation and the order; staff reply → one notice effect, run once', async () => {
    const orderId = await shippedOrder(shopper, 'SF3000000003')
    const requestId = newRequestId()
    const input = {
      text: '手串收到后有一颗珠子有裂纹，想换一颗',
      orderId,
      requestId,
      transcript: [
        { from: 'shopper', text: '珠子有一道白线正常吗' },
        { from: 'assistant', reason: { key: 'assistant.unsure' } },
      ],
    }
    const opened = expectOk(await t.call<TicketView>('shop', 'tickets.open', input, shopper))
    ticketId = opened._id
    expect(opened).toMatchObject({ status: 'open', orderId, can: { reply: true, close: true, rate: false } })
    expect(opened.messages.map((m) => m.from)).toEqual(['shopper', 'assistant', 'shopper'])
    expect(expectOk(await t.call<TicketView>('shop', 'tickets.open', input, shopper))._id).toBe(ticketId)
    // Another shopper cannot open a ticket on this order, nor read this ticket.
    expect(await t.call('shop', 'tickets.open', { ...input, requestId: newRequestId() }, 'svc-other')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await t.call('shop', 'tickets.get', { ticketId }, 'svc-other')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })

    const inbox = expectOk(await t.call<{ items: TicketInboxItem[] }>('admin', 'tickets.inbox', { status: 'open' }, OWNER))
    expect(inbox.items.map((i) => i._id)).toContain(ticketId)
    const detail = expectOk(await t.call<AdminTicketView>('admin', 'tickets.detail', { ticketId }, OWNER))
    expect(detail.orders.map((o) => o.orderId)).toContain(orderId)

    const replied = expectOk(await t.call<AdminTicketView>('admin', 'tickets.staffReply', { ticketId, text: '您好，请拍一张照片，我们给您补寄一颗。' }, OWNER))
    expect(replied).toMatchObject({ status: 'waiting_shopper', assignee: OWNER, waitingSince: null })

    const effects = t.cloud.store.collection('outbox').find({ effect: 'notice.ticketReply', entityId: ticketId })
    expect(effects).toHaveLength(1)
    // The notice helper on this branch answers noTemplate: the effect ran once and is settled.
    expect(effects[0]).toMatchObject({ machine: 'ticket', state: 'skipped', attempts: 1, payload: { openid: shopper } })
    await tick(t, Date.now() + 5 * 60_000)
    expect(t.cloud.store.collection('outbox').find({ effect: 'notice.ticketReply', entityId: ticketId })[0]).toMatchObject({ attempts: 1 })
    expect((t.cloud.store.collection('tickets').get(ticketId) as { pendingEffects?: unknown[] }).pendingEffects ?? []).toEqual([])
    expect(t.cloud.store.collection('audit_log').find({ action: 'tickets.reply', targetId: ticketId })).toHaveLength(1)

    const seen = expectOk(await t.call<TicketView>('shop', 'tickets.get', { ticketId }, shopper))
    expect(seen.messages.at(-1)).toMatchObject({ from: 'staff', text: '您好，请拍一张照片，我们给您补寄一颗。' })
    expect(expectOk(await t.call<{ items: { _id: string }[] }>('shop', 'tickets.mine', {}, shopper)).items.map((i) => i._id)).toEqual([ticketId])
  })

  it('goes back to open when the shopper writes; a second reply is a second notice', async () => {
    expect(expectOk(await t.call<TicketView>('shop', 'tickets.reply', { ticketId, text: '好的，照片稍后发' }, shopper)).status).toBe('open')
    expectOk(await t.call('admin', 'tickets.staffReply', { ticketId, text: '收到' }, OWNER))
    expect(t.cloud.store.collection('outbox').find({ effect: 'notice.ticketReply', entityId: ticketId })).toHaveLength(2)
  })

  it('refuses illegal moves with CONFLICT, rates once, and keeps a legal log', async () => {
    expect(await t.call('shop', 'tickets.rate', { ticketId, rating: 5 }, shopper)).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'error.transition.ticket.rate' } })
    expect(expectOk(await t.call<TicketView>('shop', 'tickets.close', { ticketId }, shopper))).toMatchObject({ status: 'closed', can: { reply: false, rate: true } })
    expect(await t.call('admin', 'tickets.staffReply', { ticketId, text: '还在吗' }, OWNER)).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'error.transition.ticket.staffReply' } })
    expect(await t.call('shop', 'tickets.reply', { ticketId, text: '再问一下' }, shopper)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await t.call('shop', 'tickets.close', { ticketId }, shopper)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await t.call('admin', 'tickets.assign', { ticketId, assignee: OWNER }, OWNER)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(expectOk(await t.call<TicketView>('shop', 'tickets.rate', { ticketId, rating: 4, comment: '回复很快' }, shopper))).toMatchObject({ rating: 4, can: { rate: false } })
    expect(await t.call('shop', 'tickets.rate', { ticketId, rating: 1 }, shopper)).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'error.ticket.rated' } })

    const stored = t.cloud.store.collection('tickets').get(ticketId) as { log: { state: TicketState; event: string }[]; rating: number }
    expect(stored.rating).toBe(4)
    expect(stored.log.map((l) => l.event)).toEqual(['open', 'staffReply', 'shopperReply', 'staffReply', 'close', 'rate'])
    for (let i = 1; i < stored.log.length; i++) expect(ticketMachine.isEdge(stored.log[i - 1].state, stored.log[i].state)).toBe(true)
  })

  it('two staff replying at once both land or one gets CONFLICT; never a lost message', async () => {
    const opened = expectOk(await t.call<TicketView>('shop', 'tickets.open', { text: '发票怎么开', requestId: newRequestId() }, 'svc-race'))
    const results = await Promise.all(['第一条', '第二条'].map((text) => t.call('admin', 'tickets.staffReply', { ticketId: opened._id, text }, OWNER)))
    const won = results.filter((r) => r.ok).length
    expect(won).toBeGreaterThanOrEqual(1)
    for (const r of results) if (!r.ok) expect(r.error.code).toBe('CONFLICT')
    const stored = t.cloud.store.collection('tickets').get(opened._id) as { messages: { from: string }[]; log: unknown[] }
    expect(stored.messages.filter((m) => m.from === 'staff')).toHaveLength(won)
    expect(stored.log).toHaveLength(1 + won)
  })
})
