/**
 * What one order contributes to its buyer's membership, from the order as it stands. Pure.
 *
 * The membership ledger keeps, per order, what it has booked so far and books only the difference to
 * these targets, so any number of repeated callbacks, effects or cron reruns converge on one grant and
 * one reversal per refund (see services/member/order-membership.ts).
 *
 * - Paid orders (`paidOrderCount`): +1 once the order is paid, back to 0 when it is refunded in full.
 * - Spend (levels): counted when the order COMPLETES (confirm receipt or auto-complete), as the amount
 *   paid net of its refunds; a refund after completion lowers it by exactly the refunded fen.
 * - Points: earned on completion from the amount paid, reduced by refunds (points.ts rounding).
 * - Points redeemed at checkout: returned in proportion to the refunded amount.
 */
import { keptAfterRefund, pointsEarned } from './points'

type Fen = number

export interface OrderFacts {
  payable: Fen
  refundedAmount: Fen
  paidAt: number | null
  completedAt: number | null
  state: string
}

export interface OrderMembershipTotals {
  paidCount: 0 | 1
  spendFen: Fen
  points: number
  /** Redeemed points given back because of refunds. */
  returnedPoints: number
}

export const NOTHING_BOOKED: OrderMembershipTotals = Object.freeze({ paidCount: 0, spendFen: 0, points: 0, returnedPoints: 0 })

/**
 * `earnPerYuan` is the rule in force when the order first earned (kept with the order's booking), so a
 * later change of the rule never re-prices old orders. `redeemedPoints`: points held for this order at
 * checkout and not released.
 */
export function orderTargets(order: OrderFacts, earnPerYuan: number, redeemedPoints: number): OrderMembershipTotals {
  const paid = order.paidAt !== null && order.paidAt !== undefined && order.state !== 'cancelled'
  if (!paid) return { ...NOTHING_BOOKED }
  const refunded = Math.min(Math.max(order.refundedAmount ?? 0, 0), order.payable)
  const fullyRefunded = order.payable > 0 ? refunded >= order.payable : order.state === 'refunded'
  const completed = order.completedAt !== null && order.completedAt !== undefined
  const returnedPoints = redeemedPoints > 0 ? redeemedPoints - (order.payable > 0 ? keptAfterRefund(redeemedPoints, order.payable, refunded) : fullyRefunded ? 0 : redeemedPoints) : 0
  return {
    paidCount: fullyRefunded ? 0 : 1,
    spendFen: completed ? order.payable - refunded : 0,
    points: completed ? keptAfterRefund(pointsEarned(order.payable, { earnPerYuan }), order.payable, refunded) : 0,
    returnedPoints,
  }
}

export function deltaOf(target: OrderMembershipTotals, booked: OrderMembershipTotals): OrderMembershipTotals & { any: boolean } {
  const d = {
    paidCount: (target.paidCount - booked.paidCount) as 0 | 1,
    spendFen: target.spendFen - booked.spendFen,
    points: target.points - booked.points,
    returnedPoints: target.returnedPoints - booked.returnedPoints,
  }
  return { ...d, any: d.paidCount !== 0 || d.spendFen !== 0 || d.points !== 0 || d.returnedPoints !== 0 }
}
