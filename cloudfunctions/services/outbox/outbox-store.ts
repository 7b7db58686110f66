/** Outbox entries: one per effect, keyed by the effect id, moved only through the outbox machine. */
import type { OutboxState } from '../../domain/machines'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import type { PendingEffect } from './pending-effect'

export interface OutboxEntry extends Omit<PendingEffect, 'id'> {
  _id: string
  state: OutboxState
  attempts: number
  nextAttemptAt: number
  /** While running: when another runner may take it over (the first one died). */
  leaseUntil: number
  /** The last failure, as WeChat or the handler said it (machine text, for the merchant's view). */
  lastError: string | null
  createdAt: number
  updatedAt: number
  doneAt: number | null
}

export const outbox = () => db().collection<OutboxEntry>(COLLECTION.outbox)

/** Collections whose documents may carry `pendingEffects`. */
export const EFFECT_HOSTS = [COLLECTION.orders, COLLECTION.payments, COLLECTION.refunds, COLLECTION.groups, COLLECTION.shipments, COLLECTION.tickets, COLLECTION.reminders] as const
export type EffectHost = (typeof EFFECT_HOSTS)[number]

/**
 * Turns the effects parked on a document into outbox entries (a repeat finds them there already),
 * then takes exactly those off the document.
 */
export async function enqueueEffects(host: EffectHost, docId: string, effects: readonly PendingEffect[], now: number): Promise<void> {
  if (!effects.length) return
  for (const e of effects) {
    const { id, ...rest } = e
    const entry: OutboxEntry = { _id: id, ...rest, state: 'pending', attempts: 0, nextAttemptAt: now, leaseUntil: 0, lastError: null, createdAt: now, updatedAt: now, doneAt: null }
    await outbox()
      .add({ data: entry as unknown as Record<string, unknown> })
      .catch(async (err) => {
        if (!(await outbox().doc(id).get()).data) throw err
      })
  }
  await db()
    .collection(host)
    .doc(docId)
    .update({ data: { pendingEffects: db().command.pullAll([...effects]) } })
}
