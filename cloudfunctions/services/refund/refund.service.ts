/**
 * Refunds through cloudPay. A refund record is written BEFORE calling WeChat, keyed by an out_refund_no
 * derived from what is refunded, so a retry reuses the number and WeChat never pays out twice. The
 * money counts as returned only when the refund notification says SUCCESS; what it was for learns of it
 * through the refund's declared purpose (an outbox effect), never by this file importing its owner.
 */
import type { Reason } from '../../contracts/common'
import type { RefundNotification } from '../../contracts/pay'
import { PAY_ACTOR, systemActor } from '../../core/actor'
import type { RefundPurpose } from '../../domain/machines'
import { refund as cloudPayRefund } from '../../platform/pay'
import { transitionRefund } from './refund-transition'
import { refunds, type RefundDoc } from './refund-record'

export { refunds, type RefundDoc }


export interface StartRefund {
  purpose: RefundPurpose
  orderId: string
  openid: string
  outTradeNo: string
  outRefundNo: string
  totalFee: number
  refundFee: number
  reason: Reason
  now: number
}

/** WeChat shows refund_desc to the buyer in its own UI, in Chinese; it is sent, never stored. */
const WECHAT_REFUND_DESC: Record<RefundPurpose['kind'], string> = {
  afterSale: '晶坊售后退款',
  latePayment: '晶坊订单已关闭，自动退款',
  mismatch: '晶坊付款异常退款',
  groupFailed: '晶坊拼团未成团，自动退款',
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
    purpose: r.purpose,
    state: 'requested',
    problem: null,
    log: [{ state: 'requested', event: 'request', at: r.now, actor: systemActor(`refund.${r.purpose.kind}`) }],
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
    reason: WECHAT_REFUND_DESC[doc.purpose?.kind ?? 'afterSale'],
  })
  if (!result.ok) {
    console.error(JSON.stringify({ level: 'warn', refund: doc.outRefundNo, problem: result.problem }))
    await refunds().where({ _id: doc._id, state: 'requested' }).update({ data: { problem: String(result.problem).slice(0, 200), updatedAt: now } })
  }
}

export async function refundsOfOrder(orderId: string): Promise<RefundDoc[]> {
  const { data } = await refunds().where({ orderId }).orderBy('createdAt', 'desc').limit(50).get()
  return data
}

/** The refund notification: the refund settles (or fails) once; its purpose is applied by the outbox. */
export async function settleRefund(n: RefundNotification, now: number): Promise<'settled' | 'duplicate' | 'unknown' | 'failed'> {
  const doc = (await refunds().doc(n.outRefundNo).get()).data
  if (!doc) {
    console.error(JSON.stringify({ level: 'warn', refundNotify: 'unknown outRefundNo', outRefundNo: n.outRefundNo }))
    return 'unknown'
  }
  if (doc.state !== 'requested') return 'duplicate'
  if (n.refundStatus !== 'SUCCESS') {
    return (await transitionRefund(doc, 'fail', PAY_ACTOR, now, { problem: String(n.refundStatus).slice(0, 60) })) ? 'failed' : 'duplicate'
  }
  return (await transitionRefund(doc, 'settle', PAY_ACTOR, now, { settledAt: now })) ? 'settled' : 'duplicate'
}
