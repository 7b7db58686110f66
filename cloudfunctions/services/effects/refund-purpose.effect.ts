/**
 * Outbox effect of a settled refund: tell what the refund was for, by its declared purpose. This is
 * the one place that knows both refunds and their owners, so neither imports the other.
 */
import { PAY_ACTOR } from '../../core/actor'
import { db } from '../../platform/cloud'
import { applyAfterSaleRefund } from '../aftersale.service'
import { applyGroupRefund } from '../group/group-expire'
import { orders } from '../order/order-record'
import type { OutboxEntry } from '../outbox/outbox-store'
import { payments, transitionPaymentIfAllowed } from '../payment/payment-transition'
import { refunds } from '../refund/refund-transition'

/** A late or double payment went back: the order counts it once, and the trade is refunded. */
async function applyLatePaymentRefund(orderId: string, paymentId: string, outRefundNo: string, refundFee: number, now: number): Promise<void> {
  const _ = db().command
  await orders()
    .where({ _id: orderId, appliedRefunds: _.neq(outRefundNo) })
    .update({ data: { refundedAmount: _.inc(refundFee), appliedRefunds: _.push([outRefundNo]), updatedAt: now } })
  const payment = (await payments().doc(paymentId).get()).data
  if (payment) await transitionPaymentIfAllowed(payment, 'refundSettled', PAY_ACTOR, now)
}

export async function applyRefundToPurpose(entry: OutboxEntry, now: number): Promise<'done' | 'skipped'> {
  const refund = (await refunds().doc(String(entry.payload.outRefundNo)).get()).data
  if (!refund || refund.state !== 'success') return 'skipped'
  const purpose = refund.purpose
  if (purpose.kind === 'afterSale') await applyAfterSaleRefund(purpose.afterSaleId, refund.refundFee, now)
  else if (purpose.kind === 'latePayment') await applyLatePaymentRefund(purpose.orderId, purpose.paymentId, refund._id, refund.refundFee, now)
  else if (purpose.kind === 'groupFailed') await applyGroupRefund(purpose.orderId, refund._id, refund.refundFee, now)
  // A mismatch refund needs nothing more: the owner's decision already closed the review.
  return 'done'
}
