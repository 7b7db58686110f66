/**
 * Dashboard figures from daily sums. Money in fen; ratios as basis points (1 bp = 0.01 %), integers, so
 * client and server never disagree on a float.
 *
 * - Paid sales: the payable of orders paid in the period (by `paidAt`), whatever happened to them later;
 *   refunds are their own figure, so sales − refunds is what the shop kept.
 * - Average order value: paid sales ÷ paid orders, rounded to the fen (half up); 0 with no orders.
 * - Refund amount: refunds that settled in the period (by `settledAt`).
 * - Refund rate: refund amount ÷ paid sales of the same period, in basis points, rounded half up;
 *   0 when nothing was sold (not infinity: a refund of last month's sale on a quiet day shows the amount,
 *   and the rate says nothing rather than something absurd). It may exceed 10 000 on such days.
 */
import { PERIODS, PERIOD_DAYS, type Period } from './periods'

export interface DaySums {
  /** dayIndex (periods.ts). */
  day: number
  sales: number
  orders: number
  refunds: number
  refundCount: number
  newMembers: number
}

export interface PeriodFigures {
  sales: number
  orders: number
  aov: number
  refunds: number
  refundCount: number
  refundRateBp: number
  newMembers: number
}

export function averageOrderValue(sales: number, orders: number): number {
  return orders > 0 ? Math.floor((sales * 2 + orders) / (orders * 2)) : 0
}

export function refundRateBp(refunds: number, sales: number): number {
  return sales > 0 ? Math.floor((refunds * 20_000 + sales) / (sales * 2)) : 0
}

export function emptyDay(day: number): DaySums {
  return { day, sales: 0, orders: 0, refunds: 0, refundCount: 0, newMembers: 0 }
}

/** Figures of the days in [fromDay, today] (inclusive day indexes). */
export function figuresOf(days: readonly DaySums[], fromDay: number, today: number): PeriodFigures {
  const sum = { sales: 0, orders: 0, refunds: 0, refundCount: 0, newMembers: 0 }
  for (const d of days) {
    if (d.day < fromDay || d.day > today) continue
    sum.sales += d.sales
    sum.orders += d.orders
    sum.refunds += d.refunds
    sum.refundCount += d.refundCount
    sum.newMembers += d.newMembers
  }
  return { ...sum, aov: averageOrderValue(sum.sales, sum.orders), refundRateBp: refundRateBp(sum.refunds, sum.sales) }
}

export function periodFigures(days: readonly DaySums[], today: number): Record<Period, PeriodFigures> {
  return Object.fromEntries(PERIODS.map((p) => [p, figuresOf(days, today - PERIOD_DAYS[p] + 1, today)])) as Record<Period, PeriodFigures>
}

/** Basis points as "12.34%" text for display. */
export function bpText(bp: number): string {
  return `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}%`
}
