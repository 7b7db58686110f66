/** Types of the merchant console's actions (admin function). */
import type {
  AuditBrowseInput,
  AuditBrowseOutput,
  DashboardOutput,
  ExportOrdersInput,
  ExportOrdersOutput,
  NewOrderCountInput,
  NewOrderCountOutput,
  NewOrdersInput,
  NewOrdersOutput,
} from '@cloud/contracts/console'
import type { Empty, Signature } from './signature'

export type AdminConsoleActions = {
  'console.dashboard': Signature<Empty, DashboardOutput>
  'console.newOrders': Signature<NewOrdersInput, NewOrdersOutput>
  'console.newOrderCount': Signature<NewOrderCountInput, NewOrderCountOutput>
  'console.exportOrders': Signature<ExportOrdersInput, ExportOrdersOutput>
  'console.audit': Signature<AuditBrowseInput, AuditBrowseOutput>
}
