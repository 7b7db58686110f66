/**
 * Points arithmetic. Pure; every number is an integer (points, fen).
 *
 * Rounding rules (stated once, relied on by the ledger):
 * - Earning: `earnPerYuan` points per WHOLE yuan paid (floor(paidFen / 100) × earnPerYuan).
 * - Refund reversal: after refunds of R fen out of P paid, the order keeps floor(earned × (P − R) / P)
 *   points and the rest is reversed. Reversal is cumulative, so two half refunds reverse exactly what one
 *   full refund would, the kept part never grows, and a full refund reverses everything.
 * - Points that paid for an order (redeemed at checkout) come back the same way in the shopper's favour:
 *   after refunds of R out of P, floor(redeemed × (P − R) / P) stay spent, the rest is returned.
 * - Expiry: every credit (earned, returned) expires `expireDays` after it was booked; debits (spending,
 *   reversals) use up the oldest credit first (FIFO). A reversal may take the balance below zero (points
 *   earned on an order and already spent elsewhere); the debt is paid off by the next credits.
 */
import type { PointsRule } from './member-pricing'

type Fen = number

export const DAY_MS = 86_400_000

export function pointsEarned(paidFen: Fen, rule: Pick<PointsRule, 'earnPerYuan'>): number {
  if (!(paidFen > 0) || !(rule.earnPerYuan > 0)) return 0
  return Math.floor(paidFen / 100) * Math.floor(rule.earnPerYuan)
}

/** The part of `points` an order keeps after `refundedFen` of its `paidFen` went back. */
export function keptAfterRefund(points: number, paidFen: Fen, refundedFen: Fen): number {
  if (points <= 0 || paidFen <= 0) return 0
  const left = Math.min(Math.max(paidFen - refundedFen, 0), paidFen)
  return Math.floor((points * left) / paidFen)
}

export interface LedgerCredit {
  /** Signed points of the entry. */
  points: number
  at: number
  /** Entries the expiry job booked itself (kind 'expire'). */
  expiry?: boolean
}

/**
 * How many points have to be taken off now for expiry, given every ledger entry of one member (any order).
 * FIFO: debits use up the oldest live credit; a credit older than `expireDays` with something left expires.
 * Expiries already booked are subtracted, so running this twice books nothing new. Never more than the
 * balance, never negative. Also returns when the next credit expires (null: none left).
 */
export function expiryDue(entries: readonly LedgerCredit[], now: number, expireDays: number): { due: number; nextExpiryAt: number | null } {
  if (!(expireDays > 0)) return { due: 0, nextExpiryAt: null }
  const life = expireDays * DAY_MS
  const sorted = [...entries].sort((a, b) => a.at - b.at)
  const lots: { left: number; expiresAt: number }[] = []
  let debt = 0
  let expired = 0
  let booked = 0
  let balance = 0
  const expireUpTo = (t: number) => {
    while (lots.length && lots[0].expiresAt <= t) expired += lots.shift()!.left
  }
  for (const e of sorted) {
    balance += e.points
    if (e.expiry) {
      booked += -e.points
      continue
    }
    expireUpTo(e.at)
    if (e.points > 0) {
      const pay = Math.min(debt, e.points)
      debt -= pay
      if (e.points - pay > 0) lots.push({ left: e.points - pay, expiresAt: e.at + life })
    } else if (e.points < 0) {
      let need = -e.points
      while (need > 0 && lots.length) {
        const take = Math.min(need, lots[0].left)
        lots[0].left -= take
        need -= take
        if (lots[0].left === 0) lots.shift()
      }
      debt += need
    }
  }
  expireUpTo(now)
  const due = Math.max(0, Math.min(expired - booked, balance))
  return { due, nextExpiryAt: lots.length ? lots[0].expiresAt : null }
}
