/** Types of staff reminders (admin). */
import type { RemindersListOutput } from '@cloud/contracts/reminder'
import type { Empty, Signature } from './signature'

export type AdminReminderActions = {
  'reminders.list': Signature<Empty, RemindersListOutput>
}
