/** The one writer of a ticket's `status` (domain/machines/ticket.machine.ts), with its log and effects. */
import type { Actor } from '../../contracts/common'
import type { Ticket } from '../../contracts/service'
import { AppError } from '../../core/errors'
import { ticketMachine, type TicketEvent, type TicketState } from '../../domain/machines'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { afterTransition } from '../outbox/outbox-runner'
import { pendingEffectsField, pendingEffectsFor } from '../outbox/pending-effect'

export const tickets = () => db().collection<Ticket>(COLLECTION.tickets)

export interface TicketMove {
  event: TicketEvent
  actor: Actor
  now: number
  /** Picks the destination when the event has several (assign keeps the state it found). */
  target?: TicketState
  set?: Record<string, unknown>
  /** Extra conditions the write must still find true (e.g. no rating yet). */
  where?: Record<string, unknown>
  /** Payload for the transition's effects. */
  payload?: Record<string, unknown>
}

/**
 * Moves the ticket iff it is still in the state we read (and at the log length we read, so two staff
 * replies never both win on the same read); CONFLICT when the machine refuses or another writer won.
 */
export async function transitionTicket(doc: Ticket, move: TicketMove): Promise<Ticket> {
  const verdict = ticketMachine.can(doc.status, move.event, move.target ?? null)
  if (!verdict.ok) throw new AppError('CONFLICT', verdict.key, verdict.params, { ticketId: doc._id, status: doc.status })
  const logIndex = doc.log?.length ?? 0
  const effects = pendingEffectsFor('ticket', doc._id, move.event, logIndex, move.now, { ticketId: doc._id, ...move.payload })
  const _ = db().command
  const entry = { state: verdict.to, event: move.event, at: move.now, actor: move.actor }
  const won = await tickets()
    .where({ _id: doc._id, status: doc.status, [`log.${logIndex}`]: _.exists(false), ...move.where })
    .update({ data: { ...move.set, status: verdict.to, updatedAt: move.now, log: _.push([entry]), ...pendingEffectsField(effects) } })
  if (won.stats.updated !== 1) throw new AppError('CONFLICT', 'error.changed.ticket', {}, { ticketId: doc._id })
  await afterTransition(COLLECTION.tickets, doc._id, effects, move.now)
  return (await tickets().doc(doc._id).get()).data!
}
