/**
 * The one writer of a payment's `state` and of its mismatch review (domain/machines/payment.machine.ts),
 * each a conditional update on the state read, logged with the actor.
 */
import type { Actor } from '../../contracts/common'
import { AppError } from '../../core/errors'
import { mismatchReviewMachine, paymentMachine, type MismatchReviewEvent, type PaymentEvent } from '../../domain/machines'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { afterTransition } from '../outbox/outbox-runner'
import { pendingEffectsField, pendingEffectsFor } from '../outbox/pending-effect'
import { payments, type PaymentDoc } from './payment-record'

export { payments }

export async function transitionPayment(p: PaymentDoc, event: PaymentEvent, actor: Actor, now: number, set: Record<string, unknown> = {}): Promise<boolean> {
  const verdict = paymentMachine.can(p.state, event)
  if (!verdict.ok) throw new AppError('CONFLICT', verdict.key, verdict.params, { outTradeNo: p._id })
  const effects = pendingEffectsFor('payment', p._id, event, p.log?.length ?? 0, now, { outTradeNo: p._id })
  const _ = db().command
  const won = await payments()
    .where({ _id: p._id, state: p.state })
    .update({ data: { ...set, state: verdict.to, updatedAt: now, log: _.push([{ state: verdict.to, event, at: now, actor }]), ...pendingEffectsField(effects) } })
  if (won.stats.updated !== 1) return false
  await afterTransition(COLLECTION.payments, p._id, effects, now)
  return true
}

/** Moves a payment by `event` only if it is in a state that allows it; a repeat is a quiet no-op. */
export async function transitionPaymentIfAllowed(p: PaymentDoc, event: PaymentEvent, actor: Actor, now: number, set: Record<string, unknown> = {}): Promise<boolean> {
  if (!paymentMachine.can(p.state, event).ok) return false
  return transitionPayment(p, event, actor, now, set)
}

export async function reviewMismatch(p: PaymentDoc, event: MismatchReviewEvent, actor: Actor, now: number, set: Record<string, unknown> = {}): Promise<boolean> {
  const from = p.mismatch?.state ?? 'open'
  const verdict = mismatchReviewMachine.can(from, event)
  if (!verdict.ok) throw new AppError('CONFLICT', verdict.key, verdict.params, { outTradeNo: p._id })
  const _ = db().command
  const prefixed = Object.fromEntries(Object.entries(set).map(([k, v]) => [`mismatch.${k}`, v]))
  const won = await payments()
    .where({ _id: p._id, state: 'mismatch', 'mismatch.state': from })
    .update({ data: { ...prefixed, 'mismatch.state': verdict.to, 'mismatch.resolvedAt': now, updatedAt: now, log: _.push([{ state: 'mismatch', event, at: now, actor }]) } })
  return won.stats.updated === 1
}
