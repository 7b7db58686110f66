/**
 * Customer-service constants shared with the pages. Kept in the zod-free domain so pages import values
 * from here and only types from contracts/service.ts.
 */

/** FAQ categories are fixed keys (translated in the client as `faq.category.<key>`), in display order. */
export const FAQ_CATEGORIES = ['shipping', 'returns', 'quality', 'sizing', 'care', 'payment', 'orders', 'member', 'events', 'contact'] as const
export type FaqCategory = (typeof FAQ_CATEGORIES)[number]

/** The merchant inbox's filters: the ticket states. */
export const TICKET_FILTERS = ['open', 'waiting_shopper', 'closed'] as const
