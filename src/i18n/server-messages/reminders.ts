/** Server keys of after-sale timers and staff reminders (log reasons written by cron). */
export const zhReminders = {
  'reason.afterSale.returnNotSent': '买家未在期限内寄回，售后已关闭',
}

export const enReminders: Record<keyof typeof zhReminders, string> = {
  'reason.afterSale.returnNotSent': 'The buyer did not send the parcel back in time; the request closed',
}
