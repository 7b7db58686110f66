import { z } from 'zod'
import type { ReminderKind } from '../domain/reminders'

export { REMINDER_KINDS, type ReminderKind } from '../domain/reminders'

/** An active reminder as the admin reminders page shows it. */
export interface ReminderView {
  id: string
  key: string
  kind: ReminderKind
  subjectId: string
  /** Display params (title, sku name, stock, order number, …); the page picks the message by kind. */
  params: Record<string, string | number>
  /** 1 for the first time the condition held, +1 each time it came back after clearing. */
  occurrence: number
  raisedAt: number
  /** The admin page that handles it. */
  page: string
}

export const RemindersListInput = z.object({})
export type RemindersListInput = z.input<typeof RemindersListInput>
export interface RemindersListOutput {
  items: ReminderView[]
  /** Per kind, for the badges on the admin links of the pages that handle them. */
  counts: Record<ReminderKind, number>
  /** When cron last evaluated the conditions (null: never). */
  checkedAt: number | null
}

export const REMINDER_ACTIONS = { list: 'reminders.list' } as const
