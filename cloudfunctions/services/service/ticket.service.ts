/**
 * Tickets: the handoff from the assistant to a person. The shopper opens one carrying the
 * conversation and the order; staff reply in the inbox (the shopper gets a subscribe message through
 * the outbox); either side closes it; the shopper rates it once. Every status change goes through
 * ticket-transition.ts; every staff write is audited.
 */
import type { z } from 'zod'
import type { Actor } from '../../contracts/common'
import type { AdminTicketView, Ticket, TicketInboxItem, TicketMessage, TicketMineOutput, TicketOpenInput, TicketView } from '../../contracts/service'
import { AppError, notFound } from '../../core/errors'
import { ticketMachine } from '../../domain/machines'
import { fitThing } from '../../domain/notice/template-fields'
import { formatShanghai } from '../../domain/time'
import { db } from '../../platform/cloud'
import { ownerOpenid } from '../../platform/settings'
import { COLLECTION } from '../../schema/collections'
import { audit } from '../audit.service'
import { orders, ownOrder } from '../order/order-record'
import type { OutboxEntry } from '../outbox/outbox-store'
import type { EffectOutcome } from '../outbox/outbox-runner'
import { sendNotice } from '../notice/notice'
import { recordKey } from '../record-key'
import { tickets, transitionTicket } from './ticket-transition'

/** A shopper message unanswered this long counts as overdue for the merchant's reminders. */
export const TICKET_OVERDUE_MS = 2 * 3_600_000

const shopperView = (t: Ticket): TicketView => {
  const { log, openid, ...rest } = t
  void log
  void openid
  return {
    ...rest,
    can: {
      reply: ticketMachine.can(t.status, 'shopperReply').ok,
      close: ticketMachine.can(t.status, 'close').ok,
      rate: ticketMachine.can(t.status, 'rate').ok && t.rating === null,
    },
  }
}

async function mine(openid: string, ticketId: string): Promise<Ticket> {
  const t = (await tickets().doc(ticketId).get()).data
  if (!t || t.openid !== openid) throw notFound('ticket', ticketId)
  return t
}

export async function openTicket(openid: string, input: z.output<typeof TicketOpenInput>, now: number): Promise<TicketView> {
  const _id = recordKey('t', openid, input.requestId)
  const existing = (await tickets().doc(_id).get()).data
  if (existing) {
    if (existing.openid !== openid) throw notFound('ticket', _id)
    return shopperView(existing)
  }
  const order = input.orderId ? await ownOrder(openid, input.orderId) : null
  // The handoff text usually repeats the shopper's last question to the assistant: keep it once, as the request.
  const repeated = input.transcript.map((line) => line.from === 'shopper' && line.text === input.text).lastIndexOf(true)
  const lines = input.transcript.filter((_line, i) => i !== repeated)
  const transcript: TicketMessage[] = lines.map((line, i) => ({
    from: line.from,
    ...(line.text ? { text: line.text } : {}),
    ...(line.reason ? { reason: line.reason } : {}),
    at: now - (lines.length - i),
  }))
  const actor: Actor = { kind: 'buyer', openid }
  const ticket: Ticket = {
    _id,
    openid,
    status: 'open',
    orderId: order?._id ?? null,
    orderNo: order?.orderNo ?? null,
    messages: [...transcript, { from: 'shopper', text: input.text, at: now }],
    assignee: null,
    rating: null,
    ratingComment: '',
    log: [{ state: 'open', event: 'open', at: now, actor }],
    createdAt: now,
    updatedAt: now,
    waitingSince: now,
    closedAt: null,
  }
  try {
    await tickets().add({ data: ticket as unknown as Record<string, unknown> })
  } catch (err) {
    const again = (await tickets().doc(_id).get()).data
    if (!again) throw err
    return shopperView(again)
  }
  return shopperView(ticket)
}

export async function myTickets(openid: string, page: number): Promise<TicketMineOutput> {
  const size = 20
  const { data } = await tickets()
    .where({ openid })
    .orderBy('updatedAt', 'desc')
    .skip((page - 1) * size)
    .limit(size + 1)
    .get()
  return {
    items: data.slice(0, size).map(({ _id, status, orderNo, updatedAt, rating }) => ({ _id, status, orderNo, updatedAt, rating })),
    hasMore: data.length > size,
  }
}

export async function getMyTicket(openid: string, ticketId: string): Promise<TicketView> {
  return shopperView(await mine(openid, ticketId))
}

export async function shopperReply(openid: string, ticketId: string, text: string, now: number): Promise<TicketView> {
  const t = await mine(openid, ticketId)
  const _ = db().command
  const next = await transitionTicket(t, {
    event: 'shopperReply',
    actor: { kind: 'buyer', openid },
    now,
    set: { messages: _.push([{ from: 'shopper', text, at: now }]), waitingSince: t.waitingSince ?? now },
  })
  return shopperView(next)
}

export async function closeMyTicket(openid: string, ticketId: string, now: number): Promise<TicketView> {
  const t = await mine(openid, ticketId)
  return shopperView(await transitionTicket(t, { event: 'close', actor: { kind: 'buyer', openid }, now, set: { closedAt: now, waitingSince: null } }))
}

export async function rateMyTicket(openid: string, ticketId: string, rating: number, comment: string, now: number): Promise<TicketView> {
  const t = await mine(openid, ticketId)
  if (t.rating !== null) throw new AppError('CONFLICT', 'error.ticket.rated', {}, { ticketId })
  return shopperView(
    await transitionTicket(t, { event: 'rate', actor: { kind: 'buyer', openid }, now, set: { rating, ratingComment: comment }, where: { rating: null } }),
  )
}

// ---- merchant -----------------------------------------------------------------------------------

function preview(t: Ticket): string {
  const last = t.messages[t.messages.length - 1]
  return (last?.text ?? last?.reason?.key ?? '').slice(0, 60)
}

export async function ticketInbox(q: { status: Ticket['status']; page: number; pageSize: number }, now: number) {
  // Open tickets oldest-waiting first (who has waited longest is answered first); the rest newest first.
  const { data } = await tickets()
    .where({ status: q.status })
    .orderBy('updatedAt', q.status === 'open' ? 'asc' : 'desc')
    .skip((q.page - 1) * q.pageSize)
    .limit(q.pageSize + 1)
    .get()
  const items: TicketInboxItem[] = data.slice(0, q.pageSize).map((t) => ({
    _id: t._id,
    status: t.status,
    orderNo: t.orderNo,
    orderId: t.orderId,
    preview: preview(t),
    assignee: t.assignee,
    waitingSince: t.waitingSince,
    updatedAt: t.updatedAt,
  }))
  return { items, page: q.page, pageSize: q.pageSize, hasMore: data.length > q.pageSize, overdue: items.filter((i) => i.waitingSince !== null && now - i.waitingSince > TICKET_OVERDUE_MS).length }
}

/** Open tickets whose shopper has waited longer than TICKET_OVERDUE_MS: what the merchant's reminders count. */
export async function overdueTickets(now: number): Promise<{ count: number; oldestWaitingSince: number | null }> {
  const _ = db().command
  const where = { status: 'open', waitingSince: _.lte(now - TICKET_OVERDUE_MS) }
  const [counted, oldest] = await Promise.all([tickets().where(where).count(), tickets().where(where).orderBy('updatedAt', 'asc').limit(1).get()])
  return { count: counted.total, oldestWaitingSince: oldest.data[0]?.waitingSince ?? null }
}

async function anyTicket(ticketId: string): Promise<Ticket> {
  const t = (await tickets().doc(ticketId).get()).data
  if (!t) throw notFound('ticket', ticketId)
  return t
}

async function adminView(t: Ticket): Promise<AdminTicketView> {
  const { data } = await orders().where({ openid: t.openid }).orderBy('createdAt', 'desc').limit(10).get()
  return {
    ...t,
    orders: data.map((o) => ({ orderId: o._id, orderNo: o.orderNo, state: o.state, createdAt: o.createdAt, hasAfterSale: !!o.hasAfterSale })),
    can: {
      reply: ticketMachine.can(t.status, 'staffReply').ok,
      close: ticketMachine.can(t.status, 'close').ok,
      assign: ticketMachine.can(t.status, 'assign', t.status).ok,
    },
  }
}

export async function getTicketForStaff(ticketId: string): Promise<AdminTicketView> {
  return adminView(await anyTicket(ticketId))
}

export async function staffReply(ticketId: string, text: string, actor: Actor, now: number): Promise<AdminTicketView> {
  if (actor.kind !== 'staff') throw new AppError('FORBIDDEN', 'error.auth.forbidden')
  const t = await anyTicket(ticketId)
  const _ = db().command
  const next = await transitionTicket(t, {
    event: 'staffReply',
    actor,
    now,
    set: {
      messages: _.push([{ from: 'staff', text, at: now, staffOpenid: actor.openid }]),
      waitingSince: null,
      ...(t.assignee ? {} : { assignee: actor.openid }),
    },
    payload: { openid: t.openid, text: text.slice(0, 20), at: now },
  })
  await audit({ actor, at: now, action: 'tickets.reply', targetId: ticketId, summary: text.slice(0, 200) })
  return adminView(next)
}

export async function assignTicket(ticketId: string, assignee: string | null, actor: Actor, now: number): Promise<AdminTicketView> {
  if (assignee) {
    const staff = (await db().collection(COLLECTION.staff).doc(assignee).get()).data
    if (!staff && assignee !== ownerOpenid()) throw notFound('staff', assignee)
  }
  const t = await anyTicket(ticketId)
  const next = await transitionTicket(t, { event: 'assign', target: t.status, actor, now, set: { assignee } })
  await audit({ actor, at: now, action: 'tickets.assign', targetId: ticketId, summary: `assignee: ${t.assignee ?? '∅'} → ${assignee ?? '∅'}` })
  return adminView(next)
}

export async function staffCloseTicket(ticketId: string, actor: Actor, now: number): Promise<AdminTicketView> {
  const t = await anyTicket(ticketId)
  const next = await transitionTicket(t, { event: 'close', actor, now, set: { closedAt: now, waitingSince: null } })
  await audit({ actor, at: now, action: 'tickets.close', targetId: ticketId, summary: `${t.status} → closed` })
  return adminView(next)
}

/** Outbox effect of a staff reply: one subscribe message to the shopper (the notice id is the outbox entry's). */
export async function noticeTicketReply(entry: OutboxEntry, now: number): Promise<EffectOutcome> {
  const ticketId = String(entry.payload.ticketId)
  const outcome = await sendNotice(
    {
      noticeId: entry._id,
      openid: String(entry.payload.openid),
      kind: 'ticketReply',
      data: { topic: fitThing('你的客服咨询'), reply: fitThing(String(entry.payload.text ?? '')), time: formatShanghai(Number(entry.payload.at ?? now), 'YYYY-MM-DD HH:mm') },
      page: `packages/service/ticket/index?id=${ticketId}`,
    },
    now,
  )
  return outcome === 'sent' || outcome === 'duplicate' ? 'done' : 'skipped'
}
