/**
 * A raised reminder's subscribe message ('staffReminder') to every staff member whose role handles its
 * kind (domain/reminders.ts REMINDER_PERMISSION; the owner holds every permission). The notice id is the
 * outbox entry plus the recipient, so a retried entry sends nobody twice; staff who have not subscribed
 * on the reminders page are skipped (the badge and the list still show it).
 */
import { roleHolds } from '../../domain/permissions'
import { REMINDER_PAGE, REMINDER_PERMISSION, type ReminderKind } from '../../domain/reminders'
import { fitThing, shanghaiTime } from '../../domain/notice/template-fields'
import { sendNotice } from '../notice/notice'
import type { OutboxEntry } from '../outbox/outbox-store'
import { listStaff } from '../staff.service'
import { findReminder } from './reminder.service'
import type { ReminderRecord } from './reminder-transition'

/** The message text (subscribe messages are sent as text, in the shop's language: Chinese). */
const SUBJECT: Record<ReminderKind, string> = {
  lowStock: '库存不足',
  unshipped: '订单待发货',
  afterSaleApprove: '售后待处理',
  returnConfirm: '退货待确认收货',
  ticketsOverdue: '客服工单待回复',
  paymentMismatch: '支付金额异常',
  quality: '商品售后率偏高',
}

function detailOf(r: ReminderRecord): string {
  const p = r.params
  switch (r.kind) {
    case 'lowStock':
      return `${p.title} ${p.sku} 剩${p.stock}件`
    case 'unshipped':
    case 'afterSaleApprove':
    case 'returnConfirm':
      return `订单 ${p.orderNo}`
    case 'ticketsOverdue':
      return `${p.count}个工单等待回复`
    case 'paymentMismatch':
      return `交易 ${p.outTradeNo}`
    case 'quality':
      return `${p.title} 售后率${(Number(p.ratePermille) / 10).toFixed(1)}%`
  }
}

export async function noticeStaffReminder(entry: OutboxEntry, now: number): Promise<'done' | 'skipped'> {
  const r = await findReminder(String(entry.payload.reminderId))
  if (!r || r.state !== 'active') return 'skipped'
  const to = (await listStaff()).filter((s) => roleHolds(s.role, REMINDER_PERMISSION[r.kind]))
  let sent = 0
  for (const s of to) {
    const outcome = await sendNotice(
      {
        noticeId: `${entry._id}:${s.openid}`,
        openid: s.openid,
        kind: 'staffReminder',
        data: { subject: fitThing(SUBJECT[r.kind]), detail: fitThing(detailOf(r)), time: shanghaiTime(r.raisedAt) },
        page: REMINDER_PAGE[r.kind],
      },
      now,
    )
    if (outcome === 'sent') sent++
  }
  return sent > 0 ? 'done' : 'skipped'
}
