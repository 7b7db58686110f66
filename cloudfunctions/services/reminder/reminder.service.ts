/**
 * Staff reminders (issue 13): cron evaluates every condition, then raises what is new and clears what
 * went away (domain/reminders.ts `reminderPlan`), each through the reminder's one writer. A raise parks
 * one notice effect, so running cron twice reminds once; a condition that clears and comes back is a
 * new occurrence and reminded again.
 *
 * Cost per tick, in database requests: products ⌈on-sale products / 100⌉, paid orders 1, open
 * after-sales ⌈orders in after_sale / 100⌉, overdue tickets 2, mismatches 1, active reminders
 * quality flags 1, ⌈active / 100⌉; then 1–2 per raise or clear (plus its notice's outbox work). Nothing runs on a
 * shopper's request.
 */
import type { RemindersListOutput, ReminderView } from '../../contracts/reminder'
import type { Product } from '../../contracts/catalog'
import { shopConfig } from '../../config'
import { systemActor } from '../../core/actor'
import { timerDue } from '../../domain/aftersale-timers'
import { isLowStock } from '../../domain/console/low-stock'
import { conditionKey, REMINDER_KINDS, REMINDER_PAGE, reminderPlan, type ReminderCondition, type ReminderKind } from '../../domain/reminders'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { scanOpenAfterSales } from '../aftersale.service'
import { orders } from '../order/order-record'
import { payments } from '../payment/payment.service'
import { overdueTickets } from '../service/ticket.service'
import { qualityFlags } from '../quality/quality.service'
import { clearReminder, raiseReminder, reminderId, reminders, type ReminderRecord } from './reminder-transition'

const ACTOR = systemActor('reminders')
const PAGE = 100
const MAX_PAGES = 10

async function lowStock(): Promise<ReminderCondition[]> {
  const fallback = shopConfig().reminders.lowStockDefault
  const out: ReminderCondition[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const { data } = await db().collection<Product>(COLLECTION.products).where({ status: 'on' }).orderBy('createdAt', 'asc').skip(page * PAGE).limit(PAGE).get()
    for (const p of data) {
      for (const sku of p.skus) {
        if (!isLowStock(sku.stock, sku.lowStockAt, fallback)) continue
        out.push({ key: conditionKey('lowStock', sku.skuId), kind: 'lowStock', subjectId: p._id, params: { title: p.title, sku: sku.name, stock: sku.stock } })
      }
    }
    if (data.length < PAGE) break
  }
  return out
}

async function unshipped(now: number): Promise<ReminderCondition[]> {
  const _ = db().command
  const before = now - shopConfig().reminders.unshippedHours * 3_600_000
  const { data } = await orders().where({ state: 'paid', paidAt: _.lte(before) }).orderBy('paidAt', 'asc').limit(PAGE).get()
  // A 拼团 order may ship only once its group formed: until then it is not late.
  return data.filter((o) => !(o.group && !o.group.formedAt)).map((o) => ({ key: conditionKey('unshipped', o._id), kind: 'unshipped', subjectId: o._id, params: { orderNo: o.orderNo, paidAt: o.paidAt ?? 0 } }))
}

async function afterSales(now: number): Promise<ReminderCondition[]> {
  const settings = shopConfig().afterSaleTimers
  const out: ReminderCondition[] = []
  for (const { order, as } of await scanOpenAfterSales()) {
    const { remind, timer } = timerDue(as, settings, now)
    if (!remind || !timer) continue
    const kind: ReminderKind = as.state === 'pending' ? 'afterSaleApprove' : 'returnConfirm'
    out.push({ key: conditionKey(kind, as._id), kind, subjectId: as._id, params: { orderNo: order.orderNo, deadline: timer.deadline } })
  }
  return out
}

async function tickets(now: number): Promise<ReminderCondition[]> {
  const { count, oldestWaitingSince } = await overdueTickets(now)
  return count > 0 ? [{ key: conditionKey('ticketsOverdue', 'all'), kind: 'ticketsOverdue', subjectId: 'all', params: { count, since: oldestWaitingSince ?? now } }] : []
}

async function mismatches(): Promise<ReminderCondition[]> {
  const { data } = await payments().where({ state: 'mismatch', 'mismatch.state': 'open' }).limit(PAGE).get()
  return data.map((p) => ({ key: conditionKey('paymentMismatch', p.outTradeNo), kind: 'paymentMismatch', subjectId: p.outTradeNo, params: { outTradeNo: p.outTradeNo, receivedFee: p.mismatch?.receivedFee ?? 0 } }))
}

async function quality(): Promise<ReminderCondition[]> {
  const { data } = await qualityFlags().where({ state: 'flagged' }).limit(PAGE).get()
  return data.map((f) => ({ key: conditionKey('quality', f.productId), kind: 'quality', subjectId: f.productId, params: { title: f.title, ratePermille: f.ratePermille } }))
}

async function activeReminders(): Promise<ReminderRecord[]> {
  const out: ReminderRecord[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const { data } = await reminders().where({ state: 'active' }).orderBy('updatedAt', 'desc').skip(page * PAGE).limit(PAGE).get()
    out.push(...data)
    if (data.length < PAGE) break
  }
  return out
}

async function recordsById(ids: string[]): Promise<Map<string, ReminderRecord>> {
  const _ = db().command
  const found = new Map<string, ReminderRecord>()
  for (let k = 0; k < ids.length; k += PAGE) {
    const { data } = await reminders().where({ _id: _.in(ids.slice(k, k + PAGE)) }).limit(PAGE).get()
    for (const r of data) found.set(r._id, r)
  }
  return found
}

/** Cron: one pass over every condition. A source that fails clears nothing of its kind this round. */
export async function runReminders(now: number): Promise<{ raised: number; cleared: number; errors: string[] }> {
  const sources: [ReminderKind[], () => Promise<ReminderCondition[]>][] = [
    [['lowStock'], lowStock],
    [['unshipped'], () => unshipped(now)],
    [['afterSaleApprove', 'returnConfirm'], () => afterSales(now)],
    [['ticketsOverdue'], () => tickets(now)],
    [['paymentMismatch'], mismatches],
    [['quality'], quality],
  ]
  const holding: ReminderCondition[] = []
  const checked = new Set<ReminderKind>()
  const errors: string[] = []
  for (const [kinds, read] of sources) {
    try {
      holding.push(...(await read()))
      for (const k of kinds) checked.add(k)
    } catch (err) {
      errors.push(`${kinds.join('/')}: ${String((err as Error)?.message ?? err).slice(0, 200)}`)
    }
  }
  const active = await activeReminders()
  const plan = reminderPlan(holding, active, checked)
  const stored = plan.raise.length ? await recordsById(plan.raise.map((c) => reminderId(c.key))) : new Map<string, ReminderRecord>()
  let raised = 0
  for (const c of plan.raise) if (await raiseReminder(c, stored.get(reminderId(c.key)) ?? null, ACTOR, now)) raised++
  let cleared = 0
  const byKey = new Map(active.map((r) => [r.key, r]))
  for (const key of plan.clear) if (await clearReminder(byKey.get(key)!, ACTOR, now)) cleared++
  await db().collection(COLLECTION.settings).doc('reminders').set({ data: { checkedAt: now } })
  if (errors.length) throw new Error(`reminders: ${raised} raised, ${cleared} cleared; failed sources: ${errors.join('; ')}`)
  return { raised, cleared, errors }
}

const view = (r: ReminderRecord): ReminderView => ({ id: r._id, key: r.key, kind: r.kind, subjectId: r.subjectId, params: r.params, occurrence: r.occurrence, raisedAt: r.raisedAt, page: REMINDER_PAGE[r.kind] })

/** Admin: what is active now, newest first, with a count per kind (badges). */
export async function listReminders(): Promise<RemindersListOutput> {
  const [active, meta] = await Promise.all([activeReminders(), db().collection<{ _id: string; checkedAt?: number }>(COLLECTION.settings).doc('reminders').get()])
  const counts = Object.fromEntries(REMINDER_KINDS.map((k) => [k, 0])) as Record<ReminderKind, number>
  for (const r of active) counts[r.kind]++
  return { items: active.map(view), counts, checkedAt: meta.data?.checkedAt ?? null }
}

/** The record behind a reminder's notice effect. */
export async function findReminder(id: string): Promise<ReminderRecord | null> {
  return (await reminders().doc(id).get()).data
}
