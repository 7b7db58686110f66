/**
 * Paying an order and settling what WeChat Pay tells us. The amount in a notification is never
 * trusted: it must equal the order's payable, else the payment is parked for merchant review.
 * Settling is idempotent: the pending_payment → paid transition is conditional, repeats find it done.
 */
import type { Actor } from '../../contracts/common'
import type { PaymentMismatch } from '../../contracts/admin-orders'
import type { OrderPayOutput, WxPaymentParams } from '../../contracts/order'
import type { PayNotification } from '../../contracts/pay'
import { PAY_ACTOR } from '../../core/actor'
import { AppError, changedMeanwhile, notFound } from '../../core/errors'
import { db } from '../../platform/cloud'
import { closeOrder, unifiedOrder } from '../../platform/pay'
import { COLLECTION } from '../../schema/collections'
import { findOrder, orders, ownOrder, type OrderRecord } from '../order/order-record'
import { outRefundNoFor, outTradeNoFor } from '../order/order-numbers'
import { transitionOrder } from '../order/order-transition'
import { startRefund } from '../refund/refund.service'
import { runWorkflow } from '../workflow/run-workflow'
import { groupSeatPendingField, takeGroupSeat } from '../group/group-seat'
import { reviewMismatch, transitionPaymentIfAllowed } from './payment-transition'
import { payments, type PaymentDoc } from './payment-record'

export { payments, type PaymentDoc }


/**
 * Every notification is kept, keyed by transaction (or trade number), so repeats are recognised and
 * nothing WeChat told us is lost even before an order can use it.
 */
export async function recordPayNotification(n: PayNotification, now: number): Promise<{ duplicate: boolean }> {
  const id = (n.transactionId || n.outTradeNo).replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64)
  try {
    await db().collection(COLLECTION.pay_notifications).add({ data: { _id: id, notification: n, receivedAt: now } })
    return { duplicate: false }
  } catch (err) {
    const existing = (await db().collection(COLLECTION.pay_notifications).doc(id).get()).data
    if (existing) return { duplicate: true }
    throw err
  }
}

/**
 * order.pay: a prepay for the order (reused while it lives), or settle at once when nothing is owed.
 * Never leaves a prepay open on an order whose cancel has begun: the attempt is recorded on the order
 * conditionally on no cancel having started, and a prepay that lost that race is closed again.
 */
export async function payOrder(openid: string, orderId: string, now: number): Promise<OrderPayOutput> {
  const order = await ownOrder(openid, orderId)
  // A ¥0 order is settled when it is created (order.create); paying it again just says so.
  if (order.payable === 0 && order.state !== 'pending_payment' && order.state !== 'cancelled') return { kind: 'free', state: order.state }
  if (order.state !== 'pending_payment') throw new AppError('CONFLICT', 'error.pay.notUnpaid', { state: order.state }, { state: order.state })
  if (order.cancelStartedAt) throw new AppError('CONFLICT', 'error.pay.cancelling')
  if (order.payDeadline <= now) throw new AppError('CONFLICT', 'error.pay.timedOut')
  if (order.payable === 0) {
    const won = await transitionOrder(order, { event: 'pay', actor: { kind: 'buyer', openid }, now, reason: { key: 'reason.order.nothingToPay' }, set: { paidAt: now } })
    const state = won ? 'paid' : ((await findOrder(orderId))?.state ?? order.state)
    return { kind: 'free', state }
  }
  let attempt = Math.max(1, order.payAttempts)
  for (let tries = 0; tries < 2; tries++) {
    const outTradeNo = outTradeNoFor(order.orderNo, attempt)
    const result = await unifiedOrder({
      outTradeNo,
      totalFee: order.payable,
      body: `晶坊-${order.items[0]?.title ?? '订单'}${order.items.length > 1 ? '等' : ''}`,
      expiresAt: order.payDeadline,
      attach: order._id,
    })
    if (result.ok) {
      await recordPrepay(order, outTradeNo, now)
      const _ = db().command
      const kept = await orders()
        .where({ _id: order._id, state: 'pending_payment', cancelStartedAt: _.exists(false) })
        .update({ data: { payAttempts: attempt, lastPrepayAt: now } })
      if (kept.stats.updated !== 1) {
        await closeOrder(outTradeNo)
        const p = (await payments().doc(outTradeNo).get()).data
        if (p) await transitionPaymentIfAllowed(p, 'close', PAY_ACTOR, now)
        throw new AppError('CONFLICT', 'error.pay.cancelling')
      }
      return { kind: 'wechat', outTradeNo, payment: result.reply.payment as WxPaymentParams, payDeadline: order.payDeadline }
    }
    if (/ORDERPAID|已支付/.test(String(result.problem) + JSON.stringify(result.reply.errCode ?? ''))) {
      throw new AppError('CONFLICT', 'error.pay.alreadyPaid')
    }
    // The previous trade number is closed or used with other params: move on to a fresh one once.
    attempt += 1
  }
  throw new AppError('INTERNAL', 'error.pay.wechatRefused')
}

async function recordPrepay(order: OrderRecord, outTradeNo: string, now: number): Promise<void> {
  const doc: PaymentDoc = {
    _id: outTradeNo,
    orderId: order._id,
    openid: order.openid,
    outTradeNo,
    totalFee: order.payable,
    state: 'prepaid',
    transactionId: null,
    createdAt: now,
    updatedAt: now,
    paidAt: null,
    mismatch: null,
    log: [{ state: 'prepaid', event: 'prepay', at: now, actor: { kind: 'buyer', openid: order.openid } }],
  }
  await payments()
    .add({ data: doc as unknown as Record<string, unknown> })
    .catch(async (err) => {
      if (!(await payments().doc(outTradeNo).get()).data) throw err
    })
}

export type SettleOutcome = 'paid' | 'duplicate' | 'mismatch' | 'unknown_trade' | 'refunding_late_payment' | 'ignored'

/**
 * Applies a successful payment (from the callback or from queryOrder) exactly once. Never throws for
 * a payment that cannot settle: it is recorded for the merchant instead.
 */
export async function settlePayment(n: PayNotification, now: number): Promise<SettleOutcome> {
  if (n.returnCode !== 'SUCCESS' || n.resultCode !== 'SUCCESS') return 'ignored'
  const payerOpenid = (n.subOpenid as string | undefined) ?? null
  const payment = (await payments().doc(n.outTradeNo).get()).data
  const receivedFee = n.totalFee ?? -1
  if (!payment || !payment.orderId) {
    await recordUnknownTrade(n, payerOpenid, now)
    return 'unknown_trade'
  }
  if (payment.state === 'mismatch') return 'mismatch'
  const order = await findOrder(payment.orderId)
  if (!order || receivedFee !== order.payable || receivedFee !== payment.totalFee) {
    await transitionPaymentIfAllowed(payment, 'flagMismatch', PAY_ACTOR, now, {
      transactionId: n.transactionId ?? null,
      mismatch: { reason: 'amount_mismatch', expectedFee: order?.payable ?? payment.totalFee, receivedFee, payerOpenid, state: 'open', note: null, resolvedAt: null },
    })
    return 'mismatch'
  }

  for (let round = 0; round < 3; round++) {
    const current = round === 0 ? order : await findOrder(order._id)
    if (!current) return 'ignored'
    if (current.paidOutTradeNo === n.outTradeNo) {
      await markPaymentPaid(payment, n, now)
      return 'duplicate'
    }
    if (current.state === 'pending_payment') {
      const won = await transitionOrder(current, {
        event: 'pay',
        actor: PAY_ACTOR,
        now,
        set: { paidAt: now, paidOutTradeNo: n.outTradeNo, transactionId: n.transactionId ?? null, payerOpenid, ...groupSeatPendingField(current) },
      })
      if (won) {
        await markPaymentPaid(payment, n, now)
        // 拼团: the seat is taken now that the order is paid (or the money goes back); cron finishes it after a crash.
        if (current.groupId) await takeGroupSeat(current._id, now)
        return 'paid'
      }
      continue // someone else moved the order; look again
    }
    // Cancelled (timeout raced the payment) or paid by another trade number: the money goes back.
    await markPaymentPaid(payment, n, now)
    await startRefund({
      purpose: { kind: 'latePayment', orderId: current._id, paymentId: payment._id },
      orderId: current._id,
      openid: current.openid,
      outTradeNo: n.outTradeNo,
      outRefundNo: outRefundNoFor('cancelled', n.outTradeNo),
      totalFee: receivedFee,
      refundFee: receivedFee,
      reason: { key: current.state === 'cancelled' ? 'reason.refund.orderCancelled' : 'reason.refund.paidTwice' },
      now,
    })
    return 'refunding_late_payment'
  }
  return 'ignored'
}

async function markPaymentPaid(p: PaymentDoc, n: PayNotification, now: number): Promise<void> {
  await transitionPaymentIfAllowed(p, 'settle', PAY_ACTOR, now, { paidAt: now, transactionId: n.transactionId ?? null })
}

async function recordUnknownTrade(n: PayNotification, payerOpenid: string | null, now: number): Promise<void> {
  const doc: PaymentDoc = {
    _id: n.outTradeNo,
    orderId: '',
    openid: payerOpenid,
    outTradeNo: n.outTradeNo,
    totalFee: n.totalFee ?? 0,
    state: 'mismatch',
    transactionId: n.transactionId ?? null,
    createdAt: now,
    updatedAt: now,
    paidAt: now,
    mismatch: { reason: 'unknown_trade', expectedFee: null, receivedFee: n.totalFee ?? 0, payerOpenid, state: 'open', note: null, resolvedAt: null },
    log: [{ state: 'mismatch', event: 'unknownTrade', at: now, actor: PAY_ACTOR }],
  }
  await payments()
    .add({ data: doc as unknown as Record<string, unknown> })
    .catch(() => undefined) // a repeat of the same unknown notification is already recorded
}

export async function paymentsOfOrder(orderId: string): Promise<PaymentDoc[]> {
  const { data } = await payments().where({ orderId }).orderBy('createdAt', 'desc').limit(50).get()
  return data
}

function toMismatch(p: PaymentDoc): PaymentMismatch {
  return {
    _id: p._id,
    outTradeNo: p.outTradeNo,
    orderId: p.orderId || null,
    transactionId: p.transactionId,
    createdAt: p.createdAt,
    expectedFee: p.mismatch?.expectedFee ?? null,
    receivedFee: p.mismatch?.receivedFee ?? p.totalFee,
    payerOpenid: p.mismatch?.payerOpenid ?? null,
    reason: p.mismatch?.reason ?? 'amount_mismatch',
    state: p.mismatch?.state ?? 'open',
    note: p.mismatch?.note ?? null,
    resolvedAt: p.mismatch?.resolvedAt ?? null,
  }
}

export async function listMismatches(q: { state?: PaymentMismatch['state']; page: number; pageSize: number }) {
  const where: Record<string, unknown> = { state: 'mismatch' }
  if (q.state) where['mismatch.state'] = q.state
  const [rows, counted] = await Promise.all([
    payments().where(where).orderBy('createdAt', 'desc').skip((q.page - 1) * q.pageSize).limit(q.pageSize).get(),
    payments().where(where).count(),
  ])
  const items = rows.data.map(toMismatch)
  return { items, page: q.page, pageSize: q.pageSize, total: counted.total, hasMore: (q.page - 1) * q.pageSize + items.length < counted.total }
}

interface ResolveContext {
  payment: PaymentDoc
  resolution: 'refund' | 'dismiss'
  note: string
  actor: Actor
  now: number
}

/** Starts the refund the owner decided; its number was fixed by the decision, so a resume reuses it. */
async function refundMismatch(p: PaymentDoc, now: number): Promise<void> {
  if (!p.mismatch || p.mismatch.receivedFee <= 0) return
  await startRefund({
    purpose: { kind: 'mismatch', paymentId: p._id },
    orderId: p.orderId || '',
    openid: p.mismatch.payerOpenid ?? '',
    outTradeNo: p.outTradeNo,
    outRefundNo: p.mismatch.refundNo ?? outRefundNoFor('mismatch', p.outTradeNo),
    // WeChat checks total_fee against the trade it holds: our prepay amount when we opened one.
    totalFee: p.orderId ? p.totalFee : p.mismatch.receivedFee,
    refundFee: p.mismatch.receivedFee,
    reason: { key: 'reason.refund.mismatch' },
    now,
  })
  await payments().doc(p._id).update({ data: { 'mismatch.refundStarted': true } })
}

/**
 * Owner's decision on a mismatch: refund the whole amount received, or dismiss with a note. Workflow:
 * decide (conditional on the review still open) → refund. The refund step is resumed by cron
 * (resumeMismatchRefunds) if the function dies after the decision.
 */
export async function resolveMismatch(id: string, resolution: 'refund' | 'dismiss', note: string, actor: Actor, now: number): Promise<PaymentMismatch> {
  const payment = (await payments().doc(id).get()).data
  if (!payment || payment.state !== 'mismatch' || !payment.mismatch) throw notFound('mismatch', id)
  await runWorkflow<ResolveContext>(
    'payment.resolveMismatch',
    [
      {
        name: 'decide',
        run: async (ctx) => {
          const set = { note: ctx.note, ...(ctx.resolution === 'refund' ? { refundNo: outRefundNoFor('mismatch', ctx.payment.outTradeNo) } : {}) }
          if (!(await reviewMismatch(ctx.payment, ctx.resolution, ctx.actor, ctx.now, set))) throw changedMeanwhile('mismatch')
        },
      },
      {
        name: 'refund',
        run: async (ctx) => {
          if (ctx.resolution === 'refund') await refundMismatch((await payments().doc(id).get()).data!, ctx.now)
        },
      },
    ],
    { payment, resolution, note, actor, now },
  )
  return toMismatch((await payments().doc(id).get()).data!)
}

/** Cron: mismatches decided as refunds whose refund was never started (the function died in between). */
export async function resumeMismatchRefunds(now: number): Promise<number> {
  const _ = db().command
  const { data } = await payments().where({ state: 'mismatch', 'mismatch.state': 'refunded', 'mismatch.refundStarted': _.neq(true) }).limit(100).get()
  for (const p of data) await refundMismatch(p, now)
  return data.length
}

