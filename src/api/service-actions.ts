/** Customer service actions as the app sees them: contact, FAQ, assistant, tickets (shop) and the desk (admin). Types only. */
import type { z } from 'zod'
import type {
  AdminTicketView,
  AssistantAskInput,
  AssistantReply,
  ContactSaveInput,
  ContactSettings,
  FaqAdminListOutput,
  FaqEntry,
  FaqListOutput,
  FaqRemoveInput,
  FaqSaveInput,
  FaqSynonymsInput,
  FaqTryInput,
  FaqTryOutput,
  ServiceContactOutput,
  TicketAssignInput,
  TicketIdInput,
  TicketInboxInput,
  TicketInboxItem,
  TicketMineInput,
  TicketMineOutput,
  TicketOpenInput,
  TicketRateInput,
  TicketShopperReplyInput,
  TicketStaffReplyInput,
  TicketView,
  UnansweredDismissInput,
  UnansweredListInput,
  UnansweredQuestion,
} from '@cloud/contracts/service'
import type { Empty, Signature } from './signature'

export type ShopServiceActions = {
  'service.contact': Signature<Empty, ServiceContactOutput>
  'faq.list': Signature<Empty, FaqListOutput>
  'assistant.ask': Signature<AssistantAskInput, AssistantReply>
  'tickets.open': Signature<TicketOpenInput, TicketView>
  'tickets.mine': Signature<z.input<typeof TicketMineInput>, TicketMineOutput>
  'tickets.get': Signature<z.input<typeof TicketIdInput>, TicketView>
  'tickets.reply': Signature<z.input<typeof TicketShopperReplyInput>, TicketView>
  'tickets.close': Signature<z.input<typeof TicketIdInput>, TicketView>
  'tickets.rate': Signature<z.input<typeof TicketRateInput>, TicketView>
}

export type AdminServiceActions = {
  'faq.adminList': Signature<Empty, FaqAdminListOutput>
  'faq.save': Signature<FaqSaveInput, FaqEntry>
  'faq.remove': Signature<z.input<typeof FaqRemoveInput>, { removed: boolean }>
  'faq.saveSynonyms': Signature<z.input<typeof FaqSynonymsInput>, { groups: string[][] }>
  'faq.try': Signature<z.input<typeof FaqTryInput>, FaqTryOutput>
  'assistant.unanswered': Signature<z.input<typeof UnansweredListInput>, { items: UnansweredQuestion[]; hasMore: boolean }>
  'assistant.dismiss': Signature<z.input<typeof UnansweredDismissInput>, { removed: boolean }>
  'tickets.inbox': Signature<z.input<typeof TicketInboxInput>, { items: TicketInboxItem[]; page: number; pageSize: number; hasMore: boolean; overdue: number }>
  'tickets.detail': Signature<z.input<typeof TicketIdInput>, AdminTicketView>
  'tickets.staffReply': Signature<z.input<typeof TicketStaffReplyInput>, AdminTicketView>
  'tickets.assign': Signature<z.input<typeof TicketAssignInput>, AdminTicketView>
  'tickets.staffClose': Signature<z.input<typeof TicketIdInput>, AdminTicketView>
  'service.settings': Signature<Empty, ContactSettings>
  'service.saveContact': Signature<ContactSaveInput, ContactSettings>
}
