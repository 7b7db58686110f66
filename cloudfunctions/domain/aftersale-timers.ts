/**
 * After-sale timers (issue 13; defaults as in WeChat's own shop, every value a setting in config/keys.ts):
 * - pending: the merchant has `autoApproveHours` (48) to answer, else the request is approved
 *   automatically; reminded `remindHours` (24) before.
 * - awaiting_return: the buyer has `returnShipDays` (7) from the approval to send the parcel, else the
 *   request closes.
 * - returning: the merchant has `returnConfirmDays` (10) from the buyer's return waybill to confirm the
 *   parcel, reminded `remindHours` before; a return is then confirmed (and refunded) automatically, an
 *   exchange is only reminded (its replacement needs a person).
 * One timer runs per state. Pure: the deadline cron acts on is the deadline the pages show.
 */
import type { AfterSale, AfterSaleTimer } from '../contracts/aftersale'
import { autoApprovalEvent, type AfterSaleEvent } from './machines/after-sale.machine'
import { addShanghaiDays } from './time'

export interface AfterSaleTimerSettings {
  autoApproveHours: number
  remindHours: number
  returnShipDays: number
  returnConfirmDays: number
}

const HOUR_MS = 3_600_000

type TimedAfterSale = Pick<AfterSale, 'kind' | 'state' | 'createdAt' | 'log' | 'returnWaybill'>

/** When the request entered its current state: the newest log entry for that state (createdAt for pending). */
function enteredAt(as: TimedAfterSale): number {
  for (let k = as.log.length - 1; k >= 0; k--) if (as.log[k].state === as.state) return as.log[k].at
  return as.createdAt
}

/** The timer of the request's current state, or null when nothing is timed (refunding, or finished). */
export function afterSaleTimer(as: TimedAfterSale, s: AfterSaleTimerSettings): AfterSaleTimer | null {
  switch (as.state) {
    case 'pending': {
      const deadline = as.createdAt + s.autoApproveHours * HOUR_MS
      return { kind: 'autoApprove', waitingFor: 'merchant', startedAt: as.createdAt, deadline, remindAt: deadline - s.remindHours * HOUR_MS }
    }
    case 'awaiting_return': {
      const startedAt = enteredAt(as)
      return { kind: 'returnShip', waitingFor: 'buyer', startedAt, deadline: addShanghaiDays(startedAt, s.returnShipDays), remindAt: null }
    }
    case 'returning': {
      const startedAt = as.returnWaybill?.at ?? enteredAt(as)
      const deadline = addShanghaiDays(startedAt, s.returnConfirmDays)
      const kind = as.kind === 'exchange' ? 'confirmDue' : 'autoConfirm'
      return { kind, waitingFor: 'merchant', startedAt, deadline, remindAt: deadline - s.remindHours * HOUR_MS }
    }
    default:
      return null
  }
}

/** The machine event a timer fires at its deadline (none for an exchange's parcel). */
export function timerEvent(as: Pick<AfterSale, 'kind'>, timer: AfterSaleTimer): AfterSaleEvent | null {
  switch (timer.kind) {
    case 'autoApprove':
      return autoApprovalEvent(as.kind)
    case 'returnShip':
      return 'returnExpired'
    case 'autoConfirm':
      return 'autoConfirmReturn'
    default:
      return null
  }
}

/** What is due now: the deadline's event, a reminder to the merchant, or nothing. */
export function timerDue(as: TimedAfterSale, s: AfterSaleTimerSettings, now: number): { fire: AfterSaleEvent | null; remind: boolean; timer: AfterSaleTimer | null } {
  const timer = afterSaleTimer(as, s)
  if (!timer) return { fire: null, remind: false, timer }
  const event = timerEvent(as, timer)
  const fire = event && now >= timer.deadline ? event : null
  return { fire, remind: !fire && timer.remindAt !== null && now >= timer.remindAt, timer }
}
