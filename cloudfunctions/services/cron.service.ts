/**
 * The every-minute timer: runs each due job in turn and records a heartbeat. Every job is safe to run
 * twice at once (WeChat does not wait for the previous run): each change is a conditional write.
 */
import { shopConfig } from '../config'
import { db } from '../platform/cloud'
import { closeOrder, queryOrder } from '../platform/pay'
import { COLLECTION } from '../schema/collections'
import { systemActor } from '../core/actor'
import { resumeStuckRefunds, runAfterSaleTimers } from './aftersale.service'
import { runReminders } from './reminder/reminder.service'
import { runNightlyQuality } from './quality/quality.service'
import { cancelUnpaid, resumeCancels } from './order/cancel-unpaid.workflow'
import { findOrder, orders } from './order/order-record'
import { transitionOrder } from './order/order-transition'
import { restockPending } from './order/restock-once'
import { runDueEffects } from './outbox/outbox-runner'
import { runNightlyMembership } from './member/nightly.service'
import { transitionPaymentIfAllowed } from './payment/payment-transition'
import { payments, resumeMismatchRefunds, settlePayment, type PaymentDoc } from './payment/payment.service'
import { refunds, sendRefund } from './refund/refund.service'
import { settleEndedSales } from './flash/flash-settle'
import { expireGroups } from './group/group-expire'
import { resumeGroupSeats } from './group/group-seat'
import { syncDueShipments } from './shipment/tracking.service'

/** The last tick per trigger, so the admin can see that timers are alive (a silent cron is the worst kind). */
export async function recordHeartbeat(trigger: string, now: number): Promise<{ trigger: string; at: number }> {
  await db().collection(COLLECTION.settings).doc('cron').set({ data: { lastTick: { trigger, at: now } } })
  return { trigger, at: now }
}

const BATCH = 100

export interface CronReport {
  trigger: string
  at: number
  cancelledUnpaid: number
  paidOnClose: number
  reconciled: number
  autoCompleted: number
  refundsRetried: number
  /** Cancels and returns whose restock a crash had left pending. */
  restocked: number
  /** After-sales a crash had left between the decision and the refund. */
  refundsResumed: number
  /** Cancels a crash had left half done; mismatch refunds decided but never started. */
  cancelsResumed: number
  mismatchRefundsResumed: number
  /** Outbox: effects moved from documents, entries carried out, entries that failed this round. */
  effectsEnqueued: number
  effectsRan: number
  effectsFailed: number
  /** Nightly membership pass (once per Beijing day): members whose level changed, points expired, birthdays queued. */
  membersRelevelled: number
  pointsExpired: number
  birthdaysQueued: number
  /** 秒杀 sales whose unsold units went back to stock; 拼团 groups that failed in time; group seats a crash left. */
  flashSalesSettled?: number
  groupsFailed?: number
  groupSeatsResumed?: number
  /** Parcel tracking: parcels synced from their carrier, queries that failed (backed off), parcels flagged as stuck. */
  trackingSynced: number
  trackingFailed: number
  trackingStalled: number
  /** After-sale timers fired this tick, by event (autoApproveRefund, returnExpired, …). */
  afterSaleTimers?: Record<string, number>
  /** Staff reminders: conditions newly raised (one notice each) and cleared this tick. */
  remindersRaised?: number
  remindersCleared?: number
  /** Nightly quality pass (once per Beijing day): products flagged and flags cleared. */
  qualityFlagged?: number
  qualityCleared?: number
  errors: string[]
}

async function safely(report: CronReport, job: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn()
  } catch (err) {
    // One failing job must not starve the others; the next tick tries again.
    report.errors.push(`${job}: ${String((err as Error)?.message ?? err).slice(0, 200)}`)
    console.error(JSON.stringify({ level: 'error', cron: job, error: String((err as Error)?.stack ?? err) }))
  }
}

/** Unpaid orders past their deadline: cancelled, stock released (exactly once: see cancelUnpaid). */
async function cancelOverdue(asOf: number, report: CronReport): Promise<void> {
  const _ = db().command
  const { data } = await orders().where({ state: 'pending_payment', payDeadline: _.lte(asOf) }).limit(BATCH).get()
  for (const order of data) {
    const outcome = await cancelUnpaid(order, 'timeout', systemActor('cancelOverdue'), { key: 'reason.order.notPaidInTime' }, asOf)
    if (outcome === 'cancelled') report.cancelledUnpaid++
    if (outcome === 'paid') report.paidOnClose++
  }
}

/** Prepays with no callback after N minutes: ask WeChat Pay, settle what it says was paid. */
async function reconcile(asOf: number, report: CronReport): Promise<void> {
  const _ = db().command
  const before = asOf - shopConfig().business.reconcileAfterMinutes * 60_000
  const { data } = await payments().where({ state: 'prepaid', createdAt: _.lte(before) }).limit(BATCH).get()
  for (const p of data) {
    const q = await queryOrder(p.outTradeNo)
    if (q.tradeState !== 'SUCCESS') {
      await closeIfOrderGone(p, asOf)
      continue
    }
    const outcome = await settlePayment(
      { ...q.reply, returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: p.outTradeNo, totalFee: Number(q.reply.totalFee) } as never,
      asOf,
    )
    if (outcome === 'paid') report.reconciled++
  }
}

/**
 * A prepay WeChat would not close at cancel time (too young) and that was never paid: close it now that
 * its order no longer wants money, so it stops being asked about.
 */
async function closeIfOrderGone(p: PaymentDoc, asOf: number): Promise<void> {
  const order = await findOrder(p.orderId)
  if (order && order.state === 'pending_payment') return
  if ((await closeOrder(p.outTradeNo)).ok) await transitionPaymentIfAllowed(p, 'close', systemActor('reconcile'), asOf)
}

/** Delivered orders nobody confirmed: completed N days after delivery. */
async function autoComplete(asOf: number, report: CronReport): Promise<void> {
  const _ = db().command
  const before = asOf - shopConfig().business.autoCompleteDays * 86_400_000
  const { data } = await orders().where({ state: 'delivered', deliveredAt: _.lte(before) }).limit(BATCH).get()
  for (const order of data) {
    if (await transitionOrder(order, { event: 'autoComplete', actor: systemActor('autoComplete'), now: asOf, reason: { key: 'reason.order.autoCompleted' }, set: { completedAt: asOf } })) {
      report.autoCompleted++
    }
  }
}

/** Refunds WeChat refused or never confirmed: asked again with the SAME out_refund_no, so never paid twice. */
async function retryRefunds(asOf: number, report: CronReport): Promise<void> {
  const _ = db().command
  const before = asOf - shopConfig().business.reconcileAfterMinutes * 60_000
  const { data } = await refunds().where({ state: 'requested', createdAt: _.lte(before) }).limit(BATCH).get()
  for (const r of data) {
    await sendRefund(r, asOf)
    report.refundsRetried++
  }
}

export async function runDueJobs(trigger: string, asOf: number): Promise<CronReport> {
  const report: CronReport = { trigger, at: asOf, cancelledUnpaid: 0, paidOnClose: 0, reconciled: 0, autoCompleted: 0, refundsRetried: 0, restocked: 0, refundsResumed: 0, cancelsResumed: 0, mismatchRefundsResumed: 0, effectsEnqueued: 0, effectsRan: 0, effectsFailed: 0, membersRelevelled: 0, pointsExpired: 0, birthdaysQueued: 0, trackingSynced: 0, trackingFailed: 0, trackingStalled: 0, errors: [] }
  const stuckBefore = asOf - shopConfig().business.reconcileAfterMinutes * 60_000
  await safely(report, 'reconcile', () => reconcile(asOf, report))
  await safely(report, 'cancelOverdue', () => cancelOverdue(asOf, report))
  await safely(report, 'autoComplete', () => autoComplete(asOf, report))
  await safely(report, 'retryRefunds', () => retryRefunds(asOf, report))
  await safely(report, 'restockPending', async () => {
    report.restocked += await restockPending(asOf)
  })
  await safely(report, 'resumeStuckRefunds', async () => {
    report.refundsResumed += await resumeStuckRefunds(stuckBefore, asOf)
  })
  await safely(report, 'resumeCancels', async () => {
    report.cancelsResumed += await resumeCancels(asOf - 2 * 60_000, systemActor('resumeCancels'), asOf)
  })
  await safely(report, 'resumeMismatchRefunds', async () => {
    report.mismatchRefundsResumed += await resumeMismatchRefunds(asOf)
  })
  await safely(report, 'membershipNightly', async () => {
    const r = await runNightlyMembership(asOf)
    report.membersRelevelled += r.relevelled
    report.pointsExpired += r.expired
    report.birthdaysQueued += r.birthdaysQueued
  })
  await safely(report, 'settleFlashSales', async () => {
    report.flashSalesSettled = await settleEndedSales(asOf)
  })
  await safely(report, 'expireGroups', async () => {
    report.groupsFailed = await expireGroups(asOf)
  })
  await safely(report, 'resumeGroupSeats', async () => {
    report.groupSeatsResumed = await resumeGroupSeats(asOf)
  })
  await safely(report, 'trackingSync', async () => {
    const r = await syncDueShipments(asOf)
    report.trackingSynced += r.synced
    report.trackingFailed += r.failed
    report.trackingStalled += r.stalled
  })
  await safely(report, 'afterSaleTimers', async () => {
    report.afterSaleTimers = (await runAfterSaleTimers(asOf)).fired
  })
  await safely(report, 'qualityNightly', async () => {
    const r = await runNightlyQuality(asOf)
    if (r) [report.qualityFlagged, report.qualityCleared] = [r.flagged, r.cleared]
  })
  await safely(report, 'reminders', async () => {
    const r = await runReminders(asOf)
    report.remindersRaised = r.raised
    report.remindersCleared = r.cleared
  })
  await safely(report, 'outbox', async () => {
    const r = await runDueEffects(asOf)
    report.effectsEnqueued += r.enqueued
    report.effectsRan += r.ran
    report.effectsFailed += r.failed
  })
  await recordHeartbeat(trigger, asOf)
  return report
}
