/** Types of staff reminders (admin). */
import type { RemindersListOutput } from '@cloud/contracts/reminder'
import type { QualityFlagsOutput, QualityForProductInput, QualityForProductOutput } from '@cloud/contracts/quality'
import type { z } from 'zod'
import type { Empty, Signature } from './signature'

export type AdminReminderActions = {
  'reminders.list': Signature<Empty, RemindersListOutput>
  'quality.flags': Signature<Empty, QualityFlagsOutput>
  'quality.forProduct': Signature<z.input<typeof QualityForProductInput>, QualityForProductOutput>
}
