/** Merchant customer service: FAQ manager with "try it", unanswered questions, ticket inbox, contact settings. */
import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import {
  ContactGetInput,
  ContactSaveInput,
  FaqAdminListInput,
  FaqRemoveInput,
  FaqSaveInput,
  FaqSynonymsInput,
  FaqTryInput,
  TicketAssignInput,
  TicketIdInput,
  TicketInboxInput,
  TicketStaffReplyInput,
  UnansweredDismissInput,
  UnansweredListInput,
} from '../../contracts/service'
import { tryAsk } from '../../services/service/assistant.service'
import { getContactSettings, saveContactSettings } from '../../services/service/contact.service'
import { listFaqForMerchant, removeFaq, saveFaq, saveSynonyms } from '../../services/service/faq.service'
import { assignTicket, getTicketForStaff, staffCloseTicket, staffReply, ticketInbox } from '../../services/service/ticket.service'
import { dismissUnanswered, listUnanswered } from '../../services/service/unanswered.service'

export const faqAdminList = defineAction({
  name: 'faq.adminList',
  role: 'staff',
  permission: 'faq.write',
  summary: 'Every FAQ entry (incl. hidden) with phrasings, and the synonym groups',
  input: FaqAdminListInput,
  handler: () => listFaqForMerchant(),
})

export const faqSave = defineAction({
  name: 'faq.save',
  role: 'staff',
  permission: 'faq.write',
  summary: 'Create or edit an FAQ entry (edit conditional on the loaded version; audited)',
  input: FaqSaveInput,
  handler: (input, ctx) => saveFaq(input, actorOf(ctx.caller), ctx.now()),
})

export const faqRemove = defineAction({
  name: 'faq.remove',
  role: 'staff',
  permission: 'faq.write',
  summary: 'Delete an FAQ entry (audited)',
  input: FaqRemoveInput,
  handler: (input, ctx) => removeFaq(input.faqId, actorOf(ctx.caller), ctx.now()),
})

export const faqSaveSynonyms = defineAction({
  name: 'faq.saveSynonyms',
  role: 'staff',
  permission: 'faq.write',
  summary: "Replace the assistant's synonym groups (audited)",
  input: FaqSynonymsInput,
  handler: (input, ctx) => saveSynonyms(input.groups, actorOf(ctx.caller), ctx.now()),
})

export const faqTry = defineAction({
  name: 'faq.try',
  role: 'staff',
  permission: 'faq.write',
  summary: 'What the assistant would answer a question, with scores and the threshold',
  input: FaqTryInput,
  handler: (input, ctx) => tryAsk(input.text, ctx.now()),
})

export const assistantUnanswered = defineAction({
  name: 'assistant.unanswered',
  role: 'staff',
  permission: 'faq.write',
  summary: 'Questions the assistant could not answer, most asked first',
  input: UnansweredListInput,
  handler: (input) => listUnanswered(input.page),
})

export const assistantDismiss = defineAction({
  name: 'assistant.dismiss',
  role: 'staff',
  permission: 'faq.write',
  summary: 'Take a question off the unanswered list (audited)',
  input: UnansweredDismissInput,
  handler: (input, ctx) => dismissUnanswered(input.id, actorOf(ctx.caller), ctx.now()),
})

export const ticketsInbox = defineAction({
  name: 'tickets.inbox',
  role: 'staff',
  permission: 'tickets.reply',
  summary: 'Ticket inbox by status (open: longest waiting first)',
  input: TicketInboxInput,
  handler: (input, ctx) => ticketInbox(input, ctx.now()),
})

export const ticketsDetail = defineAction({
  name: 'tickets.detail',
  role: 'staff',
  permission: 'tickets.reply',
  summary: "One ticket with its log and the shopper's latest orders",
  input: TicketIdInput,
  handler: (input) => getTicketForStaff(input.ticketId),
})

export const ticketsStaffReply = defineAction({
  name: 'tickets.staffReply',
  role: 'staff',
  permission: 'tickets.reply',
  summary: 'Reply in a ticket: waits for the shopper, who gets a subscribe message (audited)',
  input: TicketStaffReplyInput,
  handler: (input, ctx) => staffReply(input.ticketId, input.text, actorOf(ctx.caller), ctx.now()),
})

export const ticketsAssign = defineAction({
  name: 'tickets.assign',
  role: 'staff',
  permission: 'tickets.reply',
  summary: 'Assign a ticket to a staff member or nobody (audited)',
  input: TicketAssignInput,
  handler: (input, ctx) => assignTicket(input.ticketId, input.assignee, actorOf(ctx.caller), ctx.now()),
})

export const ticketsStaffClose = defineAction({
  name: 'tickets.staffClose',
  role: 'staff',
  permission: 'tickets.reply',
  summary: 'Close a ticket (audited)',
  input: TicketIdInput,
  handler: (input, ctx) => staffCloseTicket(input.ticketId, actorOf(ctx.caller), ctx.now()),
})

export const serviceSettings = defineAction({
  name: 'service.settings',
  role: 'staff',
  permission: 'admin.access',
  summary: 'Contact channels and reply templates',
  input: ContactGetInput,
  handler: () => getContactSettings(),
})

export const serviceSaveContact = defineAction({
  name: 'service.saveContact',
  role: 'staff',
  permission: 'settings.write',
  summary: 'Set phone, email, service hours and reply templates (audited)',
  input: ContactSaveInput,
  handler: (input, ctx) => saveContactSettings(input, actorOf(ctx.caller), ctx.now()),
})

export const SERVICE_ADMIN_ACTIONS = [
  faqAdminList,
  faqSave,
  faqRemove,
  faqSaveSynonyms,
  faqTry,
  assistantUnanswered,
  assistantDismiss,
  ticketsInbox,
  ticketsDetail,
  ticketsStaffReply,
  ticketsAssign,
  ticketsStaffClose,
  serviceSettings,
  serviceSaveContact,
]
