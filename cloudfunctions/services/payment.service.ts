/**
 * Paying an order and settling what WeChat Pay tells us. The amount in a notification is never
 * trusted: it must equal the order's payable, else the payment is parked for merchant review.
 * Settling is idempotent: the pending_payment → paid write is conditional, repeats find it done.
 */
import type { PaymentMismatch, PaymentRecord } from '../contracts/admin-orders'
import type { OrderPayOutput, WxPaymentParams } from '../contracts/order'
import type { PayNotification } from '../contracts/pay'
import { AppError } from '../core/errors'
import { db } from '../platform/cloud'
import { unifiedOrder } from '../platform/pay'
import { COLLECTION } from '../schema/collections'
import { findOrder, orders, ownOrder, transitionOrder, type OrderRecord } from './order/order-record'
import { outRefundNoFor, outTradeNoFor } from './order/order-numbers'
import { startRefund } from './refund.service'

export interface PaymentDoc extends PaymentRecord {
  openid: string | null
  updatedAt: number
  /** Set when the money that arrived cannot settle its order. */
  mismatch: Omit<PaymentMismatch, '_id' | 'outTradeNo' | 'orderId' | 'transactionId' | 'createdAt'> | null
}

export const payments = () => db().collection<PaymentDoc>(COLLECTION.payments)

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

/** order.pay: a prepay for the order (reused while it lives), or settle at once when nothing is owed. */
export async function payOrder(openid: string, orderId: string, now: number): Promise<OrderPayOutput> {
  const order = await ownOrder(openid, orderId)
  if (order.state !== 'pending_payment') {
    throw new AppError('CONFLICT', '订单不是待付款状态 / the order is not awaiting payment', { state: order.state })
  }
  if (order.payDeadline <= now) throw new AppError('CONFLICT', '订单已超时，请重新下单 / the order timed out, please order again')
  if (order.payable === 0) {
    const won = await transitionOrder(order, 'pay', { by: 'system', now, note: '零元订单 / nothing to pay', set: { paidAt: now } })
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
      if (order.payAttempts !== attempt) await orders().where({ _id: order._id }).update({ data: { payAttempts: attempt } })
      return { kind: 'wechat', outTradeNo, payment: result.reply.payment as WxPaymentParams, payDeadline: order.payDeadline }
    }
    if (/ORDERPAID|已支付/.test(String(result.problem) + JSON.stringify(result.reply.errCode ?? ''))) {
      throw new AppError('CONFLICT', '订单已支付，请稍候刷新 / the order is already paid; refresh in a moment')
    }
    // The previous trade number is closed or used with other params: move on to a fresh one once.
    attempt += 1
  }
  throw new AppError('INTERNAL', '微信支付下单失败，请稍后再试 / WeChat Pay refused the payment, please retry')
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
  const order = await findOrder(payment.orderId)
  if (!order || receivedFee !== order.payable || receivedFee !== payment.totalFee) {
    await payments()
      .where({ _id: payment._id, state: 'prepaid' })
      .update({
        data: {
          state: 'mismatch',
          transactionId: n.transactionId ?? null,
          updatedAt: now,
          mismatch: {
            reason: 'amount_mismatch',
            expectedFee: order?.payable ?? payment.totalFee,
            receivedFee,
            payerOpenid,
            state: 'open',
            note: null,
            resolvedAt: null,
          },
        },
      })
    return 'mismatch'
  }
  if (payment.state === 'mismatch') return 'mismatch'

  for (let round = 0; round < 3; round++) {
    const current = round === 0 ? order : await findOrder(order._id)
    if (!current) return 'ignored'
    if (current.paidOutTradeNo === n.outTradeNo) {
      await markPaymentPaid(payment._id, n, now)
      return 'duplicate'
    }
    if (current.state === 'pending_payment') {
      const won = await transitionOrder(current, 'pay', {
        by: 'pay',
        now,
        set: { paidAt: now, paidOutTradeNo: n.outTradeNo, transactionId: n.transactionId ?? null, payerOpenid },
      })
      if (won) {
        await markPaymentPaid(payment._id, n, now)
        return 'paid'
      }
      continue // someone else moved the order; look again
    }
    // Cancelled (timeout raced the payment) or paid by another trade number: the money goes back.
    await markPaymentPaid(payment._id, n, now)
    await startRefund({
      kind: 'cancelled',
      orderId: current._id,
      openid: current.openid,
      outTradeNo: n.outTradeNo,
      outRefundNo: outRefundNoFor('cancelled', n.outTradeNo),
      totalFee: receivedFee,
      refundFee: receivedFee,
      reason: current.state === 'cancelled' ? '订单已取消，自动退款 / order was cancelled: automatic refund' : '重复支付，自动退款 / paid twice: automatic refund',
      now,
    })
    return 'refunding_late_payment'
  }
  return 'ignored'
}

async function markPaymentPaid(id: string, n: PayNotification, now: number): Promise<void> {
  await payments()
    .where({ _id: id, state: 'prepaid' })
    .update({ data: { state: 'paid', paidAt: now, transactionId: n.transactionId ?? null, updatedAt: now } })
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

/** Merchant decision on a mismatch: refund the whole amount received, or dismiss with a note. */
export async function resolveMismatch(id: string, resolution: 'refund' | 'dismiss', note: string, now: number): Promise<PaymentMismatch> {
  const p = (await payments().doc(id).get()).data
  if (!p || p.state !== 'mismatch' || !p.mismatch) throw new AppError('NOT_FOUND', '付款异常记录不存在 / mismatch not found', { id })
  if (p.mismatch.state !== 'open') throw new AppError('CONFLICT', '该记录已处理 / already resolved')
  const won = await payments()
    .where({ _id: id, 'mismatch.state': 'open' })
    .update({ data: { 'mismatch.state': resolution === 'refund' ? 'refunded' : 'dismissed', 'mismatch.note': note, 'mismatch.resolvedAt': now, updatedAt: now } })
  if (won.stats.updated === 1 && resolution === 'refund' && p.mismatch.receivedFee > 0) {
    await startRefund({
      kind: 'mismatch',
      orderId: p.orderId || '',
      openid: p.mismatch.payerOpenid ?? '',
      outTradeNo: p.outTradeNo,
      outRefundNo: outRefundNoFor('mismatch', p.outTradeNo),
      totalFee: p.mismatch.receivedFee,
      refundFee: p.mismatch.receivedFee,
      reason: `付款金额异常退款 / refund of a mismatched payment: ${note}`,
      now,
    })
  }
  return toMismatch((await payments().doc(id).get()).data!)
}
