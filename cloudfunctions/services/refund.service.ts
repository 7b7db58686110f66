/**
 * Refunds through cloudPay. A refund record is written BEFORE calling WeChat, keyed by an out_refund_no
 * derived from what is refunded, so a retry reuses the number and WeChat never pays out twice. The
 * money counts as returned only when the refund notification says SUCCESS.
 */
import type { RefundRecord } from '../contracts/admin-orders'
import type { RefundNotification } from '../contracts/pay'
import { db } from '../platform/cloud'
import { refund as cloudPayRefund } from '../platform/pay'
import { COLLECTION } from '../schema/collections'
import { applyAfterSaleRefund } from './aftersale.service'
import { orders } from './order/order-record'

export type RefundKind = 'aftersale' | 'cancelled' | 'mismatch'

export interface RefundDoc extends RefundRecord {
  kind: RefundKind
  openid: string
  outTradeNo: string
  totalFee: number
  afterSaleId: string | null
  /** Last refusal from WeChat, for the merchant; cron may retry with the same number. */
  problem: string | null
  updatedAt: number
}

export const refunds = () => db().collection<RefundDoc>(COLLECTION.refunds)

export interface StartRefund {
  kind: RefundKind
  orderId: string
  openid: string
  outTradeNo: string
  outRefundNo: string
  totalFee: number
  refundFee: number
  reason: string
  afterSaleId?: string
  now: number
}

export async function startRefund(r: StartRefund): Promise<RefundDoc> {
  const doc: RefundDoc = {
    _id: r.outRefundNo,
    orderId: r.orderId,
    openid: r.openid,
    outRefundNo: r.outRefundNo,
    outTradeNo: r.outTradeNo,
    totalFee: r.totalFee,
    refundFee: r.refundFee,
    reason: r.reason,
    kind: r.kind,
    afterSaleId: r.afterSaleId ?? null,
    state: 'requested',
    problem: null,
    createdAt: r.now,
    updatedAt: r.now,
    settledAt: null,
  }
  try {
    await refunds().add({ data: doc as unknown as Record<string, unknown> })
  } catch (err) {
    const existing = (await refunds().doc(r.outRefundNo).get()).data
    if (!existing) throw err
    if (existing.state !== 'requested') return existing
  }
  await sendRefund(doc, r.now)
  return (await refunds().doc(r.outRefundNo).get()).data ?? doc
}

/** Calls WeChat with the record's fixed numbers; safe to repeat. */
export async function sendRefund(doc: RefundDoc, now: number): Promise<void> {
  const result = await cloudPayRefund({
    outTradeNo: doc.outTradeNo,
    outRefundNo: doc.outRefundNo,
    totalFee: doc.totalFee,
    refundFee: doc.refundFee,
    reason: doc.reason,
  })
  if (!result.ok) {
    console.error(JSON.stringify({ level: 'warn', refund: doc.outRefundNo, problem: result.problem }))
    await refunds().where({ _id: doc._id, state: 'requested' }).update({ data: { problem: result.problem, updatedAt: now } })
  }
}

export async function refundsOfOrder(orderId: string): Promise<RefundDoc[]> {
  const { data } = await refunds().where({ orderId }).orderBy('createdAt', 'desc').limit(50).get()
  return data
}

/** The refund notification: settles the refund record once, then applies what the refund was for. */
export async function settleRefund(n: RefundNotification, now: number): Promise<'settled' | 'duplicate' | 'unknown' | 'failed'> {
  const doc = (await refunds().doc(n.outRefundNo).get()).data
  if (!doc) {
    console.error(JSON.stringify({ level: 'warn', refundNotify: 'unknown outRefundNo', outRefundNo: n.outRefundNo }))
    return 'unknown'
  }
  if (n.refundStatus !== 'SUCCESS') {
    await refunds().where({ _id: doc._id, state: 'requested' }).update({ data: { state: 'failed', problem: n.refundStatus, updatedAt: now } })
    return 'failed'
  }
  const won = await refunds().where({ _id: doc._id, state: 'requested' }).update({ data: { state: 'success', settledAt: now, updatedAt: now } })
  if (won.stats.updated !== 1) return 'duplicate'
  if (doc.kind === 'aftersale' && doc.afterSaleId) await applyAfterSaleRefund(doc.afterSaleId, doc.refundFee, now)
  else if (doc.kind === 'cancelled' && doc.orderId) {
    const _ = db().command
    await orders().where({ _id: doc.orderId }).update({ data: { refundedAmount: _.inc(doc.refundFee), updatedAt: now } })
    await db().collection(COLLECTION.payments).where({ _id: doc.outTradeNo }).update({ data: { state: 'refunded', updatedAt: now } })
  }
  return 'settled'
}
