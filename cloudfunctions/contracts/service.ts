/**
 * Customer service: contact channels, the FAQ, the answering assistant and tickets (handoff to a person).
 * Pages import types only. FAQ text and ticket messages are people's own words, stored as typed; what
 * the assistant says about a shopper's own data is a message key with params, translated in the client.
 */
import { z } from 'zod'
import { Id, type Reason } from './common'
import type { TicketState } from '../domain/machines/ticket.machine'

export type { TicketState }

import { FAQ_CATEGORIES, TICKET_FILTERS, type FaqCategory } from '../domain/service'

export { FAQ_CATEGORIES, TICKET_FILTERS, type FaqCategory }

export interface FaqEntry {
  _id: string
  category: FaqCategory
  /** The merchant's own words, in Chinese. */
  question: string
  answer: string
  /** Other ways shoppers ask the same thing (the assistant matches these like the question). */
  alts: string[]
  /** Optional English version, shown when the shopper's language is English. */
  questionEn?: string
  answerEn?: string
  sort: number
  status: 'on' | 'off'
  version: number
  updatedAt: number
}

/** Synonym groups the merchant maintains: every phrase of a group counts as the first one. */
export interface SynonymGroups {
  groups: string[][]
  updatedAt: number
}

export interface ContactSettings {
  phone: string
  email: string
  /** Service hours as the merchant writes them, e.g. 每天 9:00–21:00. */
  hours: string
  hoursEn: string
  /** Canned replies for the ticket inbox, the merchant's own words. */
  replyTemplates: string[]
  updatedAt: number | null
}

const Text = (max: number) => z.string().trim().min(1, 'error.input.text').max(max, 'error.input.text')

// ---- shopper ----------------------------------------------------------------------------------

export const ServiceContactInput = z.object({})
export type ServiceContactOutput = Omit<ContactSettings, 'replyTemplates'>

export const FaqListInput = z.object({})
export interface FaqListOutput {
  items: Omit<FaqEntry, 'alts' | 'status' | 'version'>[]
}

export const AssistantAskInput = z.object({
  text: Text(200),
  /** When asked from an order (or after picking one): the question is about this order. */
  orderId: Id.optional(),
})
export type AssistantAskInput = z.input<typeof AssistantAskInput>

export interface FaqMatch {
  faqId: string
  question: string
  questionEn?: string
  score: number
}

/**
 * What the assistant answers: an FAQ entry it is confident about; a message about the shopper's own
 * data (`intent`, translated in the client with params); or "not sure" with the nearest entries and
 * the handoff offer. It never answers an unrelated entry confidently.
 */
export type AssistantReply =
  | { kind: 'faq'; faqId: string; question: string; answer: string; questionEn?: string; answerEn?: string; confidence: number }
  | { kind: 'intent'; intent: AssistantIntent; message: Reason; orderId?: string; choices?: OrderChoice[]; confidence: number }
  | { kind: 'unsure'; suggestions: FaqMatch[]; confidence: number }

export type AssistantIntent = 'parcel' | 'orderStatus' | 'returnOrder' | 'whenShip' | 'coupons' | 'points'

export interface OrderChoice {
  orderId: string
  orderNo: string
  title: string
  state: string
}

// ---- tickets ----------------------------------------------------------------------------------

export interface TicketMessage {
  /** Who wrote it: the shopper, a staff member, or the assistant (the conversation before handoff). */
  from: 'shopper' | 'staff' | 'assistant'
  /** People's words as typed; the assistant's lines as what it answered (an FAQ question or a key). */
  text?: string
  reason?: Reason
  at: number
  staffOpenid?: string
}

export interface TicketLogEntry {
  state: TicketState
  event: string
  at: number
  actor: import('./common').Actor
}

export interface Ticket {
  _id: string
  openid: string
  status: TicketState
  /** The order the shopper asked about, if any. */
  orderId: string | null
  orderNo: string | null
  messages: TicketMessage[]
  assignee: string | null
  rating: number | null
  ratingComment: string
  log: TicketLogEntry[]
  createdAt: number
  updatedAt: number
  /** When a shopper message last waited for staff (null when staff answered last): the reminders' clock. */
  waitingSince: number | null
  closedAt: number | null
}

export interface TicketView extends Omit<Ticket, 'log' | 'openid'> {
  can: { reply: boolean; close: boolean; rate: boolean }
}

export const ChatLine = z.object({
  from: z.enum(['shopper', 'assistant']),
  text: z.string().trim().max(300).optional(),
  reason: z
    .object({ key: z.string().regex(/^[a-z][A-Za-z0-9_.]{1,80}$/), params: z.record(z.string().max(40), z.union([z.string().max(120), z.number()])).optional() })
    .optional(),
})

export const TicketOpenInput = z.object({
  /** What the shopper wants help with, in their words. */
  text: Text(500),
  orderId: Id.optional(),
  /** The conversation with the assistant before the handoff (latest last). */
  transcript: z.array(ChatLine).max(20).default([]),
  /** Idempotency: a retried open returns the same ticket. */
  requestId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'error.input.requestId'),
})
export type TicketOpenInput = z.input<typeof TicketOpenInput>

export const TicketIdInput = z.object({ ticketId: Id })
export const TicketMineInput = z.object({ page: z.number().int().min(1).max(100).default(1) })
export const TicketShopperReplyInput = z.object({ ticketId: Id, text: Text(500) })
export const TicketRateInput = z.object({ ticketId: Id, rating: z.number().int().min(1).max(5), comment: z.string().trim().max(200).default('') })

export interface TicketMineOutput {
  items: Pick<Ticket, '_id' | 'status' | 'orderNo' | 'updatedAt' | 'rating'>[]
  hasMore: boolean
}

// ---- merchant ---------------------------------------------------------------------------------

export const TicketInboxInput = z.object({
  status: z.enum(TICKET_FILTERS).default('open'),
  page: z.number().int().min(1).max(1000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
})
export interface TicketInboxItem {
  _id: string
  status: TicketState
  orderNo: string | null
  orderId: string | null
  /** The latest message, shortened. */
  preview: string
  assignee: string | null
  waitingSince: number | null
  updatedAt: number
}

export interface AdminTicketView extends Omit<Ticket, 'log'> {
  log: TicketLogEntry[]
  /** The shopper's latest orders, to link to. */
  orders: { orderId: string; orderNo: string; state: string; createdAt: number; hasAfterSale: boolean }[]
  can: { reply: boolean; close: boolean; assign: boolean }
}

export const TicketStaffReplyInput = z.object({ ticketId: Id, text: Text(500) })
export const TicketAssignInput = z.object({ ticketId: Id, assignee: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/).nullable() })

const Phrase = z.string().trim().min(1, 'error.input.text').max(40, 'error.input.text')
export const FaqSaveInput = z.object({
  /** Absent: a new entry. */
  faqId: Id.optional(),
  /** The version the form loaded (edit only): a concurrent edit is refused. */
  version: z.number().int().min(0).optional(),
  category: z.enum(FAQ_CATEGORIES),
  question: Text(80),
  answer: Text(1000),
  alts: z.array(Phrase).max(20).default([]),
  questionEn: z.string().trim().max(160).default(''),
  answerEn: z.string().trim().max(2000).default(''),
  sort: z.number().int().min(0).max(100000).default(1000),
  status: z.enum(['on', 'off']).default('on'),
})
export type FaqSaveInput = z.input<typeof FaqSaveInput>
export const FaqRemoveInput = z.object({ faqId: Id })
export const FaqAdminListInput = z.object({})
export interface FaqAdminListOutput {
  items: FaqEntry[]
  synonyms: string[][]
}
export const FaqSynonymsInput = z.object({ groups: z.array(z.array(Phrase).min(2).max(12)).max(200) })
export const FaqTryInput = z.object({ text: Text(200) })
export interface FaqTryOutput {
  reply: AssistantReply
  /** The best few entries with their scores, to see why. */
  ranked: (FaqMatch & { confidence: number })[]
  threshold: number
}
export const UnansweredListInput = z.object({ page: z.number().int().min(1).max(100).default(1) })
export interface UnansweredQuestion {
  _id: string
  text: string
  count: number
  firstAt: number
  lastAt: number
}
export const UnansweredDismissInput = z.object({ id: Id })

export const ContactSaveInput = z.object({
  phone: z.string().trim().regex(/^[0-9+\- ]{0,20}$/, 'error.input.phone'),
  email: z.union([z.literal(''), z.string().trim().email('error.input.email').max(80)]),
  hours: z.string().trim().max(60),
  hoursEn: z.string().trim().max(80).default(''),
  replyTemplates: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
})
export type ContactSaveInput = z.input<typeof ContactSaveInput>
export const ContactGetInput = z.object({})
