/**
 * A side effect waiting to be carried out: pending → running → done; a failed run goes back to
 * pending with a later attempt time, and after too many it is dead (shown to the merchant, who may retry).
 */
import { defineMachine } from './machine'

export const OUTBOX_STATES = ['pending', 'running', 'done', 'skipped', 'dead'] as const
export type OutboxState = (typeof OUTBOX_STATES)[number]

export const outboxMachine = defineMachine({
  name: 'outbox',
  states: OUTBOX_STATES,
  initial: ['pending'],
  terminal: ['done', 'skipped'],
  events: {
    claim: { from: ['pending', 'running'], to: 'running' },
    succeed: { from: ['running'], to: 'done' },
    skip: { from: ['running'], to: 'skipped' },
    failRetry: { from: ['running'], to: 'pending' },
    failFinal: { from: ['running'], to: 'dead' },
    retry: { from: ['dead'], to: 'pending' },
  },
})
export type OutboxEvent = keyof typeof outboxMachine.events

export const OUTBOX_MAX_ATTEMPTS = 8

/** Exponential backoff: 1, 2, 4 … minutes, at most an hour. */
export function nextAttemptDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000
}
