/**
 * A customer-service ticket: open (waiting for staff) → waiting_shopper (staff answered) ↔ open (the
 * shopper wrote again) → closed (by either side), then rated once. Assigning keeps the state.
 */
import { defineMachine } from './machine'

export const TICKET_STATES = ['open', 'waiting_shopper', 'closed'] as const
export type TicketState = (typeof TICKET_STATES)[number]

export const ticketMachine = defineMachine({
  name: 'ticket',
  states: TICKET_STATES,
  initial: ['open'],
  // None: a closed ticket still takes its one rating (the writer refuses a second).
  terminal: [],
  events: {
    staffReply: { from: ['open', 'waiting_shopper'], to: 'waiting_shopper' },
    shopperReply: { from: ['open', 'waiting_shopper'], to: 'open' },
    assign: { from: ['open', 'waiting_shopper'], to: ['open', 'waiting_shopper'] },
    close: { from: ['open', 'waiting_shopper'], to: 'closed' },
    /** Once, after closing; the writer also requires that no rating is stored yet. */
    rate: { from: ['closed'], to: 'closed' },
  },
})
export type TicketEvent = keyof typeof ticketMachine.events
