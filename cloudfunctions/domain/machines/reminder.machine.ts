/**
 * A staff reminder: one record per condition key (e.g. a SKU low on stock). `raise` when the condition
 * holds and the record is new or cleared (each raise is a new occurrence and sends one notice); `clear`
 * when it no longer holds. Cron runs it twice and reminds once; a condition that clears and comes back
 * is reminded again.
 */
import { defineMachine } from './machine'

export const REMINDER_STATES = ['active', 'cleared'] as const
export type ReminderState = (typeof REMINDER_STATES)[number]

export const reminderMachine = defineMachine({
  name: 'reminder',
  states: REMINDER_STATES,
  initial: ['active'],
  terminal: [],
  events: {
    raise: { from: ['cleared'], to: 'active' },
    clear: { from: ['active'], to: 'cleared' },
  },
})
export type ReminderEvent = keyof typeof reminderMachine.events
