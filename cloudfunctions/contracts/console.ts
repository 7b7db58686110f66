/**
 * The merchant console: dashboard figures, new paid orders since a cursor, the order export and the
 * owner's audit browser. Money in fen, ratios in basis points, days as 'YYYY-MM-DD' Beijing time.
 */
import { z } from 'zod'
import { Id, PageInput, type Page } from './common'
import type { AuditEntry } from './audit'
import type { PeriodFigures } from '../domain/console/metrics'
import type { Period } from '../domain/console/periods'

export type { PeriodFigures, Period }

/** Counts the merchant acts on; each opens its filtered admin list. */
export interface DashboardTodo {
  /** Paid, not shipped. */
  toShip: number
  /** After-sales waiting for the shop: to decide (pending) or a returned parcel to confirm (returning). */
  afterSales: number
  /** Payment mismatches not yet refunded or dismissed. */
  payments: number
  /** Tickets waiting for a staff reply. */
  tickets: number
  /** SKUs at or below their low-stock threshold (domain/console/low-stock.ts), on listed and unlisted products. */
  lowStock: number
  /** Orders with a parcel in trouble (疑难, 拒签, 退回, no movement). */
  logistics: number
}

export interface DashboardDay {
  day: string
  sales: number
  orders: number
  refunds: number
}

export interface DashboardTop {
  id: string
  /** Product title as sold (the order line's snapshot), or the category's name ('' when it no longer exists). */
  name: string
  sales: number
  units: number
}

export interface DashboardOutput {
  generatedAt: number
  periods: Record<Period, PeriodFigures>
  /** The last 30 Beijing days, oldest first. */
  days: DashboardDay[]
  todo: DashboardTodo
  /** By paid share over the last 30 days, best first (at most 5). */
  topProducts: DashboardTop[]
  topCategories: DashboardTop[]
  /** Cursor for console.newOrders: the newest paidAt seen and the ids paid at that instant. */
  cursor: NewOrdersCursor
}

export const NewOrdersCursor = z.object({
  at: z.number().int().min(0),
  ids: z.array(Id).max(50).default([]),
})
export type NewOrdersCursor = z.output<typeof NewOrdersCursor>

export const NewOrdersInput = z.object({ cursor: NewOrdersCursor })
export type NewOrdersInput = z.input<typeof NewOrdersInput>

export interface NewOrder {
  _id: string
  orderNo: string
  payable: number
  paidAt: number
  itemCount: number
  /** First line's product title as sold. */
  title: string
}

export interface NewOrdersOutput {
  /** Oldest first; at most 20 per call (call again with the returned cursor for more). */
  items: NewOrder[]
  cursor: NewOrdersCursor
  hasMore: boolean
}

/** The me page's badge: paid orders since the time the staff member last opened the dashboard. */
export const NewOrderCountInput = z.object({ since: z.number().int().min(0) })
export type NewOrderCountInput = z.input<typeof NewOrderCountInput>
export interface NewOrderCountOutput {
  count: number
}

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'error.input.day')

/**
 * One batch of the order export (orders paid in [fromDay, toDay], Beijing days). The client repeats the
 * call with the returned cursor until `done`; the last call writes the file. `exportId` is the client's
 * id for the whole run (a retry of a batch rewrites the same chunk).
 */
export const ExportOrdersInput = z.object({
  exportId: Id,
  fromDay: Day,
  toDay: Day,
  locale: z.enum(['zh', 'en']).default('zh'),
  /** null on the first call. */
  cursor: z.object({ at: z.number().int().min(0), ids: z.array(Id).max(600), seq: z.number().int().min(0).max(1000) }).nullable().default(null),
})
export type ExportOrdersInput = z.input<typeof ExportOrdersInput>

export interface ExportFile {
  fileId: string
  /** Temporary download link (H5 opens it; weapp downloads it and calls Taro.openDocument). */
  url: string
  fileName: string
  rows: number
  orders: number
  /** Sum of the paid column, fen: equals the dashboard's paid sales over the same days. */
  paidTotal: number
}

export interface ExportOrdersOutput {
  /** Orders in the range when the export started (progress = exported / total). */
  total: number
  exported: number
  cursor: { at: number; ids: string[]; seq: number } | null
  done: boolean
  file: ExportFile | null
}

/**
 * Owner's audit browser: any combination of actor (openid), entity (the action's area, e.g. `products`,
 * or one record's id), action name and Beijing days.
 */
export const AuditBrowseInput = PageInput.extend({
  actor: z.string().trim().min(1).max(64).optional(),
  entity: z.string().regex(/^[a-z][a-zA-Z]{0,31}$/, 'error.input.entity').optional(),
  targetId: Id.optional(),
  action: z.string().regex(/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/, 'error.input.action').optional(),
  fromDay: Day.optional(),
  toDay: Day.optional(),
})
export type AuditBrowseInput = z.input<typeof AuditBrowseInput>
export interface AuditBrowseOutput extends Page<AuditEntry> {
  /** Action names seen in the newest entries, for the filter picker. */
  actions: string[]
}

export const CONSOLE_ACTIONS = {
  dashboard: 'console.dashboard',
  newOrders: 'console.newOrders',
  newOrderCount: 'console.newOrderCount',
  exportOrders: 'console.exportOrders',
  audit: 'console.audit',
} as const
