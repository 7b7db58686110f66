/**
 * The one writer of an order's `state`: a conditional update on the state we read that also appends
 * the log entry (with the actor) and parks the transition's declared effects, so racing transitions
 * cannot both win, every change is logged once, and no effect is lost if the function dies after.
 */
import type { Actor, Reason } from '../../contracts/common'
import type { OrderState, StateLogEntry } from '../../contracts/order'
import { AppError } from '../../core/errors'
import { orderMachine, type HookEntity, type OrderEvent } from '../../domain/machines'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { afterTransition } from '../outbox/outbox-runner'
import { pendingEffectsField, pendingEffectsFor, type PendingEffect } from '../outbox/pending-effect'
import { orders, type OrderRecord } from './order-record'

export interface OrderTransition {
  event: OrderEvent
  actor: Actor
  now: number
  reason?: Reason
  /** A person's own words, logged as typed. */
  note?: string
  /** Other fields written in the same conditional update. */
  set?: Record<string, unknown>
}

export interface OrderWrite {
  to: OrderState
  /** Fields of the update: state, log entry and the caller's `set` — add pendingEffectsField(effects) once. */
  data: Record<string, unknown>
  effects: PendingEffect[]
}

/**
 * The fields that move `order` by `t.event`, for a caller that must combine them with its own write on
 * the same document (an after-sale step that also moves its order). Throws CONFLICT when the machine
 * forbids the move. Writing `state` anywhere else is not allowed.
 */
export function orderTransitionWrite(order: OrderRecord, t: OrderTransition): OrderWrite {
  const verdict = orderMachine.can(order.state, t.event, order.afterSaleResume)
  if (!verdict.ok) throw new AppError('CONFLICT', verdict.key, verdict.params, { orderId: order._id, state: order.state, event: t.event })
  const entry: StateLogEntry = {
    from: order.state,
    to: verdict.to,
    event: t.event,
    at: t.now,
    actor: t.actor,
    ...(t.reason ? { reason: t.reason } : {}),
    ...(t.note ? { note: t.note } : {}),
  }
  const effects = pendingEffectsFor('order', order._id, t.event, order.stateLog.length, t.now, { orderId: order._id }, order as unknown as HookEntity)
  const _ = db().command
  const resumeFields = order.state === 'after_sale' ? { afterSaleResume: null, openAfterSaleId: null } : {}
  return {
    to: verdict.to,
    effects,
    data: { ...resumeFields, ...t.set, state: verdict.to, updatedAt: t.now, stateLog: _.push([entry]) },
  }
}

/**
 * Moves `order` by `t.event` iff it is still in the state we read. Returns false when another writer
 * got there first (the caller re-reads and decides); throws CONFLICT when the machine forbids the move.
 */
export async function transitionOrder(order: OrderRecord, t: OrderTransition): Promise<boolean> {
  const write = orderTransitionWrite(order, t)
  const result = await orders()
    .where({ _id: order._id, state: order.state })
    .update({ data: { ...write.data, ...pendingEffectsField(write.effects) } })
  if (result.stats.updated !== 1) return false
  await afterTransition(COLLECTION.orders, order._id, write.effects, t.now)
  return true
}

/** Like transitionOrder, but a lost race is a CONFLICT for the caller to show. */
export async function transitionOrderOrConflict(order: OrderRecord, t: OrderTransition): Promise<void> {
  if (!(await transitionOrder(order, t))) throw new AppError('CONFLICT', 'error.changed.order', {}, { orderId: order._id })
}
