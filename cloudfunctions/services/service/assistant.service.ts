/**
 * The answering assistant: retrieval over the merchant's FAQ (domain/assistant, index cached per
 * instance by faq.service.ts) and intents answered from the caller's own records — orders by the
 * openid of the trusted context, never an id from input alone (an order id in input must be theirs).
 * Intent answers are message keys with params; FAQ answers are the merchant's words.
 */
import type { AssistantIntent, AssistantReply, FaqMatch, FaqTryOutput, OrderChoice } from '../../contracts/service'
import type { Reason } from '../../contracts/common'
import { CONFIDENCE_THRESHOLD, decide, type Decision, type Ranked } from '../../domain/assistant'
import { orderMachine } from '../../domain/machines'
import { formatShanghai } from '../../domain/time'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { usableCouponCount } from '../coupon/usable-coupons'
import { orders, ownOrder, type OrderRecord } from '../order/order-record'
import { faqSnapshot, type FaqSnapshot } from './faq.service'
import { latestParcelOf } from './parcel'
import { recordUnanswered } from './unanswered.service'

const INTENT_CONFIDENCE = 0.9
/** Times in answers are Beijing wall-clock digits (no language in them). */
const when = (ms: number) => formatShanghai(ms, 'YYYY-MM-DD HH:mm')
const SHIPPED_STATES = ['shipped', 'delivered', 'completed', 'after_sale']

/** Below this an entry shares no more than a stray character with the question: not worth suggesting. */
const SUGGEST_FLOOR = 0.15

function matchesOf(snap: FaqSnapshot, ranked: Ranked[], n = 3, floor = SUGGEST_FLOOR): FaqMatch[] {
  return ranked.filter((r) => r.confidence >= floor).slice(0, n).flatMap((r) => {
    const e = snap.byId.get(r.id)
    return e ? [{ faqId: e._id, question: e.question, ...(e.questionEn ? { questionEn: e.questionEn } : {}), score: r.score }] : []
  })
}

function faqReply(snap: FaqSnapshot, d: Extract<Decision, { kind: 'faq' }>): AssistantReply {
  const e = snap.byId.get(d.top.id)!
  return {
    kind: 'faq',
    faqId: e._id,
    question: e.question,
    answer: e.answer,
    ...(e.questionEn ? { questionEn: e.questionEn } : {}),
    ...(e.answerEn ? { answerEn: e.answerEn } : {}),
    confidence: d.top.confidence,
  }
}

/** The caller's latest orders, newest first (one read on the buyer_newest index). */
async function recentOrders(openid: string): Promise<OrderRecord[]> {
  return (await orders().where({ openid }).orderBy('createdAt', 'desc').limit(20).get()).data
}

const choiceOf = (o: OrderRecord): OrderChoice => ({ orderId: o._id, orderNo: o.orderNo, title: o.items[0]?.title ?? '', state: o.state })

function intentReply(intent: AssistantIntent, message: Reason, extra: { orderId?: string; choices?: OrderChoice[] } = {}): AssistantReply {
  return { kind: 'intent', intent, message, ...extra, confidence: INTENT_CONFIDENCE }
}

function parcelAnswer(list: OrderRecord[], picked: OrderRecord | null): AssistantReply {
  const shipped = list.filter((o) => SHIPPED_STATES.includes(o.state) && o.shipments?.length)
  const order = picked ?? shipped[0] ?? null
  const others = shipped.filter((o) => o._id !== order?._id).slice(0, 4).map(choiceOf)
  if (!order) {
    if (!list.length) return intentReply('parcel', { key: 'assistant.parcel.noOrders' })
    const waiting = list.find((o) => o.state === 'paid')
    if (waiting) return intentReply('parcel', { key: 'assistant.parcel.notShipped', params: { orderNo: waiting.orderNo } }, { orderId: waiting._id })
    return intentReply('parcel', { key: 'assistant.parcel.nothingShipped' })
  }
  const parcel = latestParcelOf(order)
  if (!parcel) return intentReply('parcel', { key: 'assistant.parcel.notShipped', params: { orderNo: order.orderNo } }, { orderId: order._id, choices: others })
  const base = { orderNo: order.orderNo, carrier: parcel.carrierCode, waybill: parcel.waybillNo }
  const message: Reason = parcel.node
    ? { key: 'assistant.parcel.latest', params: { ...base, node: parcel.node, at: when(parcel.nodeAt ?? parcel.shippedAt) } }
    : { key: 'assistant.parcel.shipped', params: { ...base, at: when(parcel.shippedAt) } }
  return intentReply('parcel', message, { orderId: order._id, choices: others })
}

async function answerIntent(intent: AssistantIntent, openid: string, orderId: string | undefined, now: number): Promise<AssistantReply> {
  if (intent === 'points') {
    const member = (await db().collection<{ points?: number }>(COLLECTION.members).doc(openid).get()).data
    return intentReply('points', { key: 'assistant.points.balance', params: { points: member?.points ?? 0 } })
  }
  if (intent === 'coupons') {
    return intentReply('coupons', { key: 'assistant.coupons.count', params: { count: await usableCouponCount(openid, now) } })
  }
  const picked = orderId ? await ownOrder(openid, orderId) : null
  const list = picked ? [picked] : await recentOrders(openid)
  if (intent === 'parcel') return parcelAnswer(list, picked)
  const latest = picked ?? list[0] ?? null
  if (!latest) return intentReply(intent, { key: 'assistant.order.none' })
  if (intent === 'orderStatus') {
    return intentReply('orderStatus', { key: 'assistant.order.status', params: { orderNo: latest.orderNo, state: latest.state } }, { orderId: latest._id, choices: list.slice(1, 5).map(choiceOf) })
  }
  if (intent === 'whenShip') {
    const order = picked ?? list.find((o) => o.state === 'paid') ?? null
    if (order?.state === 'paid') return intentReply('whenShip', { key: 'assistant.ship.pending', params: { orderNo: order.orderNo, paidAt: when(order.paidAt ?? order.createdAt) } }, { orderId: order._id })
    if (order && SHIPPED_STATES.includes(order.state)) return parcelAnswer([order], order)
    if (order?.state === 'pending_payment') return intentReply('whenShip', { key: 'assistant.ship.unpaid', params: { orderNo: order.orderNo } }, { orderId: order._id })
    return parcelAnswer(list, null)
  }
  // returnOrder: the picked order, else the latest that could take an after-sale.
  const order = picked ?? list.find((o) => orderMachine.can(o.state, 'requestAfterSale').ok) ?? latest
  const can = orderMachine.can(order.state, 'requestAfterSale').ok && !order.openAfterSaleId
  return intentReply(
    'returnOrder',
    can ? { key: 'assistant.return.how', params: { orderNo: order.orderNo } } : { key: 'assistant.return.cannot', params: { orderNo: order.orderNo, state: order.state } },
    { orderId: order._id },
  )
}


export async function ask(openid: string, text: string, orderId: string | undefined, now: number): Promise<AssistantReply> {
  const snap = await faqSnapshot(now)
  const d = decide(snap.index, text)
  if (d.kind === 'intent') return answerIntent(d.intent, openid, orderId, now)
  if (d.kind === 'faq') return faqReply(snap, d)
  await recordUnanswered(text, now)
  return { kind: 'unsure', suggestions: matchesOf(snap, d.ranked), confidence: d.ranked[0]?.confidence ?? 0 }
}

/** Merchant "try it": what a shopper would get (intents shown by name, not run), from a fresh read. */
export async function tryAsk(text: string, now: number): Promise<FaqTryOutput> {
  const snap = await faqSnapshot(now, true)
  const d = decide(snap.index, text)
  const reply: AssistantReply =
    d.kind === 'faq'
      ? faqReply(snap, d)
      : d.kind === 'intent'
        ? intentReply(d.intent, { key: `assistant.intent.${d.intent}` })
        : { kind: 'unsure', suggestions: matchesOf(snap, d.ranked), confidence: d.ranked[0]?.confidence ?? 0 }
  return { reply, ranked: matchesOf(snap, d.ranked, 5, 0).map((m, i) => ({ ...m, confidence: d.ranked[i].confidence })), threshold: CONFIDENCE_THRESHOLD }
}
