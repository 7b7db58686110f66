/** Shopper customer service: contact channels, FAQ, the assistant, and their own tickets. */
import { defineAction } from '../../core/action'
import {
  AssistantAskInput,
  FaqListInput,
  ServiceContactInput,
  TicketIdInput,
  TicketMineInput,
  TicketOpenInput,
  TicketRateInput,
  TicketShopperReplyInput,
} from '../../contracts/service'
import { buyerOf } from '../../services/order/buyer'
import { ask } from '../../services/service/assistant.service'
import { getShopperContact } from '../../services/service/contact.service'
import { listFaqForShopper } from '../../services/service/faq.service'
import { closeMyTicket, getMyTicket, myTickets, openTicket, rateMyTicket, shopperReply } from '../../services/service/ticket.service'

export const serviceContact = defineAction({
  name: 'service.contact',
  role: 'anyone',
  summary: 'Contact channels: phone, email, service hours',
  input: ServiceContactInput,
  handler: () => getShopperContact(),
})

export const faqList = defineAction({
  name: 'faq.list',
  role: 'anyone',
  summary: 'The shop FAQ by category (cached per instance)',
  input: FaqListInput,
  handler: (_input, ctx) => listFaqForShopper(ctx.now()),
})

export const assistantAsk = defineAction({
  name: 'assistant.ask',
  role: 'shopper',
  summary: "Ask the assistant: an FAQ answer, an answer from the caller's own orders, or not sure (offer a person)",
  input: AssistantAskInput,
  owns: 'orders',
  handler: (input, ctx) => ask(buyerOf(ctx), input.text, input.orderId, ctx.now()),
})

export const ticketsOpen = defineAction({
  name: 'tickets.open',
  role: 'shopper',
  summary: 'Hand over to a person: a ticket with the conversation and the order (idempotent per request id)',
  input: TicketOpenInput,
  owns: 'tickets',
  handler: (input, ctx) => openTicket(buyerOf(ctx), input, ctx.now()),
})

export const ticketsMine = defineAction({
  name: 'tickets.mine',
  role: 'shopper',
  summary: "The caller's tickets, latest change first",
  input: TicketMineInput,
  owns: 'tickets',
  handler: (input, ctx) => myTickets(buyerOf(ctx), input.page),
})

export const ticketsGet = defineAction({
  name: 'tickets.get',
  role: 'shopper',
  summary: 'One ticket thread of the caller',
  input: TicketIdInput,
  owns: 'tickets',
  handler: (input, ctx) => getMyTicket(buyerOf(ctx), input.ticketId),
})

export const ticketsReply = defineAction({
  name: 'tickets.reply',
  role: 'shopper',
  summary: 'The shopper writes in their ticket (back to open)',
  input: TicketShopperReplyInput,
  owns: 'tickets',
  handler: (input, ctx) => shopperReply(buyerOf(ctx), input.ticketId, input.text, ctx.now()),
})

export const ticketsClose = defineAction({
  name: 'tickets.close',
  role: 'shopper',
  summary: 'The shopper closes their ticket',
  input: TicketIdInput,
  owns: 'tickets',
  handler: (input, ctx) => closeMyTicket(buyerOf(ctx), input.ticketId, ctx.now()),
})

export const ticketsRate = defineAction({
  name: 'tickets.rate',
  role: 'shopper',
  summary: 'Rate a closed ticket once (1–5)',
  input: TicketRateInput,
  owns: 'tickets',
  handler: (input, ctx) => rateMyTicket(buyerOf(ctx), input.ticketId, input.rating, input.comment, ctx.now()),
})

export const SERVICE_SHOP_ACTIONS = [serviceContact, faqList, assistantAsk, ticketsOpen, ticketsMine, ticketsGet, ticketsReply, ticketsClose, ticketsRate]
