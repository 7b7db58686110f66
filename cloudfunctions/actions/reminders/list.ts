import { defineAction } from '../../core/action'
import { RemindersListInput } from '../../contracts/reminder'
import { listReminders } from '../../services/reminder/reminder.service'

export const remindersList = defineAction({
  name: 'reminders.list',
  role: 'staff',
  permission: 'admin.access',
  summary: 'Active staff reminders (low stock, unshipped, after-sales, tickets, payments) with a count per kind',
  input: RemindersListInput,
  handler: () => listReminders(),
})
