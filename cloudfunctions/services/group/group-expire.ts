/**
 * A group that did not fill in time: cron moves it forming → failed (its one conditional transition);
 * the transition's outbox effect `group.refundMembers` then refunds every paid member as a workflow of
 * one step per member, each a fault checkpoint (`group.memberRefunded`). Every refund has a number fixed
 * by its order (RG + trade no): a run that dies half-way is run again by the outbox and asks WeChat with
 * the same numbers, so nobody is refunded twice. When a refund settles, its purpose (`groupFailed`) moves
 * the order paid → refunded through the order machine, puts the stock back once, and tells the member.
 */
import { systemActor } from '../../core/actor'
import { db } from '../../platform/cloud'
import { cancelUnpaid } from '../order/cancel-unpaid.workflow'
import { findOrder, orders } from '../order/order-record'
import { transitionOrder } from '../order/order-transition'
import { restockOnce, restockPendingField } from '../order/restock-once'
import type { OutboxEntry } from '../outbox/outbox-store'
import { runWorkflow, type WorkflowStep } from '../workflow/run-workflow'
import { groups } from './group-record'
import { refundGroupOrder, type GroupOrder } from './group-seat'
import { transitionGroup } from './group-transition'

/** Cron: forming groups past their deadline fail (their members' refunds follow from the outbox). */
export async function expireGroups(now: number): Promise<number> {
  const _ = db().command
  const { data } = await groups().where({ status: 'forming', expiresAt: _.lte(now) }).limit(100).get()
  let failed = 0
  for (const g of data) if (await transitionGroup(g, 'expire', systemActor('expireGroups'), now)) failed++
  return failed
}

interface RefundMembersContext {
  groupId: string
  now: number
  refunded: number
}

/** Outbox effect of `expire`: one refund per paid member, exactly once each. */
export async function refundGroupMembers(entry: OutboxEntry, now: number): Promise<'done' | 'skipped'> {
  const group = (await groups().doc(String(entry.payload.groupId)).get()).data
  if (!group || group.status !== 'failed') return 'skipped'
  const steps: WorkflowStep<RefundMembersContext>[] = group.members.map((m) => ({
    name: `refund:${m.orderId}`,
    done: 'group.memberRefunded',
    run: async (ctx) => {
      const order = (await findOrder(m.orderId)) as GroupOrder | null
      if (!order || order.groupId !== ctx.groupId || order.state !== 'paid' || order.group?.refundStarted) return
      await refundGroupOrder(order, ctx.now)
      ctx.refunded++
    },
  }))
  // Orders opened to join but never paid would only be refunded on payment: close them now (stock back once).
  steps.push({
    name: 'cancelUnpaidJoins',
    run: async (ctx) => {
      const { data } = await orders().where({ groupId: ctx.groupId, state: 'pending_payment' }).limit(100).get()
      for (const o of data) await cancelUnpaid(o, 'cancel', systemActor('group.failed'), { key: 'reason.order.groupFailedUnpaid' }, ctx.now)
    },
  })
  await runWorkflow<RefundMembersContext>('group.refundMembers', steps, { groupId: group._id, now, refunded: 0 })
  return 'done'
}

/**
 * Refund purpose `groupFailed` settled (called from services/effects/refund-purpose.effect.ts): the order
 * counts the money once and goes paid → refunded, and its units go back to normal stock exactly once.
 */
export async function applyGroupRefund(orderId: string, outRefundNo: string, refundFee: number, now: number): Promise<void> {
  const _ = db().command
  const order = await findOrder(orderId)
  if (!order) return
  if (order.state === 'paid') {
    await transitionOrder(order, {
      event: 'groupRefund',
      actor: systemActor('group.refund'),
      now,
      reason: { key: 'reason.order.groupFailed' },
      set: { refundedAmount: _.inc(refundFee), appliedRefunds: _.push([outRefundNo]), ...restockPendingField({ kind: 'cancelled' }) },
    })
  }
  await restockOnce(orderId, { kind: 'cancelled' }, now)
}
