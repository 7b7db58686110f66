/**
 * Cancelling an unpaid order (buyer or timeout) as a workflow:
 *   markCancelling → closePrepays → cancel (state + restock marker, one write) → restock → closePayments.
 * The first step stops new prepays; if WeChat says a prepay was paid after all, the payment is settled
 * and the order is NOT cancelled. Only the writer that wins the conditional cancel restocks, and the
 * restock runs once (restock-once.ts). A function that dies part-way is finished by cron: marked
 * orders are cancelled again, pending restocks are completed.
 */
import type { Actor, Reason } from '../../contracts/common'
import { db } from '../../platform/cloud'
import { closeOrder, queryOrder } from '../../platform/pay'
import { PAY_ACTOR } from '../../core/actor'
import { transitionPaymentIfAllowed } from '../payment/payment-transition'
import { paymentsOfOrder, settlePayment } from '../payment/payment.service'
import { runWorkflow } from '../workflow/run-workflow'
import { orders, type OrderRecord } from './order-record'
import { transitionOrder } from './order-transition'
import { restockOnce, restockPendingField } from './restock-once'

export type CancelOutcome = 'cancelled' | 'paid' | 'lost'

interface CancelContext {
  order: OrderRecord
  event: 'cancel' | 'timeout'
  actor: Actor
  reason: Reason
  note?: string
  now: number
  outcome: CancelOutcome
  /** Trades WeChat confirmed closed; any other prepay stays open on our books until cron settles or closes it. */
  closed: string[]
}

const markCancelling = {
  name: 'markCancelling',
  run: async (ctx: CancelContext) => {
    if (ctx.order.cancelStartedAt) return
    await orders()
      .where({ _id: ctx.order._id, state: 'pending_payment' })
      .update({ data: { cancelStartedAt: ctx.now } })
  },
}

const closePrepays = {
  name: 'closePrepays',
  run: async (ctx: CancelContext) => {
    for (const p of await paymentsOfOrder(ctx.order._id)) {
      if (p.state !== 'prepaid') continue
      const closed = await closeOrder(p.outTradeNo)
      if (closed.ok) {
        ctx.closed.push(p.outTradeNo)
        continue
      }
      const q = await queryOrder(p.outTradeNo)
      if (q.tradeState === 'SUCCESS' || q.tradeState === 'REFUND') {
        const outcome = await settlePayment({ ...q.reply, returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: p.outTradeNo } as never, ctx.now)
        if (outcome === 'paid' || outcome === 'duplicate') ctx.outcome = 'paid'
      }
    }
  },
}

const cancel = {
  name: 'cancel',
  done: 'order.cancelled',
  run: async (ctx: CancelContext) => {
    if (ctx.outcome === 'paid') return
    const won = await transitionOrder(ctx.order, {
      event: ctx.event,
      actor: ctx.actor,
      now: ctx.now,
      reason: ctx.reason,
      note: ctx.note,
      set: { cancelledAt: ctx.now, cancelReason: ctx.reason, ...restockPendingField({ kind: 'cancelled' }) },
    })
    ctx.outcome = won ? 'cancelled' : 'lost'
  },
}

const restock = {
  name: 'restock',
  run: async (ctx: CancelContext) => {
    if (ctx.outcome === 'cancelled') await restockOnce(ctx.order._id, { kind: 'cancelled' }, ctx.now)
  },
}

const closePayments = {
  name: 'closePayments',
  run: async (ctx: CancelContext) => {
    if (ctx.outcome !== 'cancelled') return
    for (const p of await paymentsOfOrder(ctx.order._id)) {
      if (ctx.closed.includes(p.outTradeNo)) await transitionPaymentIfAllowed(p, 'close', PAY_ACTOR, ctx.now)
    }
  },
}

export async function cancelUnpaid(
  order: OrderRecord,
  event: 'cancel' | 'timeout',
  actor: Actor,
  reason: Reason,
  now: number,
  note?: string,
): Promise<CancelOutcome> {
  const ctx = await runWorkflow<CancelContext>('order.cancel', [markCancelling, closePrepays, cancel, restock, closePayments], {
    order,
    event,
    actor,
    reason,
    note,
    now,
    outcome: 'lost',
    closed: [],
  })
  return ctx.outcome
}

/** Cron: orders whose cancel began but never finished (the function died after marking them). */
export async function resumeCancels(stuckBefore: number, actor: Actor, now: number): Promise<number> {
  const _ = db().command
  const { data } = await orders().where({ state: 'pending_payment', cancelStartedAt: _.lte(stuckBefore) }).limit(100).get()
  let done = 0
  for (const order of data) {
    if ((await cancelUnpaid(order, 'timeout', actor, { key: 'reason.order.cancelResumed' }, now)) === 'cancelled') done++
  }
  return done
}
