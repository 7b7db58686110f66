/**
 * The one writer of an after-sale's `state` (domain/machines/after-sale.machine.ts). The after-sale
 * lives inside its order, so a step that also moves the order (opening or closing the after-sale)
 * is ONE conditional write on both states, with the order's part built by order-transition.ts.
 */
import type { AfterSale } from '../../contracts/aftersale'
import type { Actor } from '../../contracts/common'
import { AppError } from '../../core/errors'
import { afterSaleMachine, type AfterSaleEvent } from '../../domain/machines'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { orders, type OrderRecord } from '../order/order-record'
import { orderTransitionWrite, type OrderTransition } from '../order/order-transition'
import { afterTransition } from '../outbox/outbox-runner'
import { pendingEffectsField, pendingEffectsFor } from '../outbox/pending-effect'

export interface AfterSaleMove {
  event: AfterSaleEvent
  actor: Actor
  now: number
  /** The merchant's or buyer's own words for the log. */
  note?: string
  /** Fields of the after-sale written with the move. */
  set?: Partial<Record<keyof AfterSale | 'restock', unknown>>
  /** Order fields written with the move (not `state`: use `order`). */
  orderSet?: Record<string, unknown>
  /** The order's own transition in the same write. */
  order?: Omit<OrderTransition, 'actor' | 'now'>
}

/** Moves after-sale `index` of `order` iff both are still in the states read; false when another writer won. */
export async function moveAfterSale(order: OrderRecord, index: number, move: AfterSaleMove): Promise<boolean> {
  const as = order.afterSales[index]
  const verdict = afterSaleMachine.can(as.state, move.event)
  if (!verdict.ok) throw new AppError('CONFLICT', verdict.key, verdict.params, { id: as._id, state: as.state })
  const orderWrite = move.order ? orderTransitionWrite(order, { ...move.order, actor: move.actor, now: move.now }) : null
  const effects = [
    ...pendingEffectsFor('afterSale', as._id, move.event, as.log.length, move.now, { orderId: order._id, afterSaleId: as._id }),
    ...(orderWrite?.effects ?? []),
  ]
  const _ = db().command
  const p = `afterSales.${index}`
  const entry = { state: verdict.to, event: move.event, at: move.now, actor: move.actor, ...(move.note ? { note: move.note } : {}) }
  const result = await orders()
    .where({ _id: order._id, [`${p}.state`]: as.state, ...(orderWrite ? { state: order.state } : {}) })
    .update({
      data: {
        ...move.orderSet,
        ...orderWrite?.data,
        [`${p}.state`]: verdict.to,
        [`${p}.updatedAt`]: move.now,
        [`${p}.log`]: _.push([entry]),
        ...Object.fromEntries(Object.entries(move.set ?? {}).map(([k, v]) => [`${p}.${k}`, v])),
        ...pendingEffectsField(effects),
        updatedAt: move.now,
      },
    })
  if (result.stats.updated !== 1) return false
  await afterTransition(COLLECTION.orders, order._id, effects, move.now)
  return true
}
