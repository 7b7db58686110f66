/**
 * Points a shopper spends at checkout. CONTRACT between checkout (which calls these from the order-create
 * workflow: hold as a step, release as its undo) and the membership code (which owns the points balance
 * and ledger and fills these in). Both are idempotent per order: a retry or a resumed workflow never
 * takes or gives back points twice.
 *
 * Until membership lands, holding more than 0 points is refused (nobody has any) and release does nothing.
 */
import { AppError } from '../../core/errors'

/** Takes `points` off the balance for `orderId` (a conditional update: never below zero), recording why. */
export async function holdPointsForOrder(openid: string, orderId: string, points: number, now: number): Promise<void> {
  void openid
  void orderId
  void now
  if (points > 0) throw new AppError('CONFLICT', 'error.points.insufficient', { points })
}

/** Gives back the points held for `orderId` (the order was cancelled, timed out or its creation undone). */
export async function releaseHeldPoints(openid: string, orderId: string, now: number): Promise<void> {
  void openid
  void orderId
  void now
}
