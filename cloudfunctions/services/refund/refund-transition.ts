/** The one writer of a refund's `state` (domain/machines/refund.machine.ts), with its log and effects. */
import type { Actor } from '../../contracts/common'
import { AppError } from '../../core/errors'
import { refundMachine, type RefundEvent } from '../../domain/machines'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { afterTransition } from '../outbox/outbox-runner'
import { pendingEffectsField, pendingEffectsFor } from '../outbox/pending-effect'
import { refunds, type RefundDoc } from './refund-record'

export { refunds }

/** Moves the refund iff it is still in the state we read; false when another writer won. */
export async function transitionRefund(doc: RefundDoc, event: RefundEvent, actor: Actor, now: number, set: Record<string, unknown> = {}): Promise<boolean> {
  const verdict = refundMachine.can(doc.state, event)
  if (!verdict.ok) throw new AppError('CONFLICT', verdict.key, verdict.params, { outRefundNo: doc._id })
  const effects = pendingEffectsFor('refund', doc._id, event, doc.log?.length ?? 0, now, { outRefundNo: doc._id })
  const _ = db().command
  const won = await refunds()
    .where({ _id: doc._id, state: doc.state })
    .update({ data: { ...set, state: verdict.to, updatedAt: now, log: _.push([{ state: verdict.to, event, at: now, actor }]), ...pendingEffectsField(effects) } })
  if (won.stats.updated !== 1) return false
  await afterTransition(COLLECTION.refunds, doc._id, effects, now)
  return true
}
