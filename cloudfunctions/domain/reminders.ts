/**
 * Staff reminders as data: what each kind of condition is, which permission handles it (its notice
 * goes to every staff member whose role holds that permission) and which admin page deals with it.
 * `reminderPlan` decides, from the conditions holding now and the records stored, what to raise and
 * what to clear, so a condition is reminded once per occurrence. Pure.
 */
import type { Permission } from './permissions'

export const REMINDER_KINDS = ['lowStock', 'unshipped', 'afterSaleApprove', 'returnConfirm', 'ticketsOverdue', 'paymentMismatch', 'quality'] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/** Who is told: the staff whose role holds this permission (the owner holds all). */
export const REMINDER_PERMISSION: Readonly<Record<ReminderKind, Permission>> = Object.freeze({
  lowStock: 'catalog.write',
  unshipped: 'orders.ship',
  afterSaleApprove: 'aftersales.decide',
  returnConfirm: 'aftersales.receive',
  ticketsOverdue: 'tickets.reply',
  paymentMismatch: 'payments.resolve',
  quality: 'catalog.write',
})

/** The admin page that handles a kind (route under packages/admin; the badge on its link counts the kind). */
export const REMINDER_PAGE: Readonly<Record<ReminderKind, string>> = Object.freeze({
  lowStock: 'packages/admin/products/list/index',
  unshipped: 'packages/admin/orders/list/index',
  afterSaleApprove: 'packages/admin/aftersales/index',
  returnConfirm: 'packages/admin/aftersales/index',
  ticketsOverdue: 'packages/admin/tickets/index',
  paymentMismatch: 'packages/admin/payments/index',
  quality: 'packages/admin/products/list/index',
})

/** A condition that holds now. `key` is unique per condition (kind + subject); params are for display. */
export interface ReminderCondition {
  key: string
  kind: ReminderKind
  subjectId: string
  params: Record<string, string | number>
}

export const conditionKey = (kind: ReminderKind, subjectId: string) => `${kind}:${subjectId}`

export interface StoredReminderState {
  key: string
  state: 'active' | 'cleared'
}

/**
 * raise: holds now and is not stored active (new, or cleared before: a new occurrence);
 * clear: stored active and no longer holds. A condition stored active and still holding: nothing.
 * `checked` limits clearing to the kinds whose sources answered this run (a failed source clears nothing).
 */
export function reminderPlan(
  holding: readonly ReminderCondition[],
  stored: readonly StoredReminderState[],
  checked: ReadonlySet<ReminderKind> = new Set(REMINDER_KINDS),
): { raise: ReminderCondition[]; clear: string[] } {
  const activeNow = new Set(stored.filter((r) => r.state === 'active').map((r) => r.key))
  const seen = new Set<string>()
  const raise: ReminderCondition[] = []
  for (const c of holding) {
    if (seen.has(c.key)) continue
    seen.add(c.key)
    if (!activeNow.has(c.key)) raise.push(c)
  }
  const kindOf = (key: string) => key.slice(0, key.indexOf(':')) as ReminderKind
  const clear = [...activeNow].filter((key) => !seen.has(key) && checked.has(kindOf(key)))
  return { raise, clear }
}
