/**
 * How much of what was paid belongs to each order line, and how much a partial refund of a line returns.
 * Built so refunding every unit of every line, in any number of steps, returns exactly `payable`.
 */
import { allocateProportionally } from './money'

type Fen = number

/** Spreads `payable` (discounts and shipping included) over lines in proportion to their subtotals. */
export function paidShares(payable: Fen, subtotals: readonly Fen[]): Fen[] {
  return allocateProportionally(payable, subtotals)
}

/** The part of a line's paid share that `units` of its `quantity` carry; whole line → the whole share. */
function shareOfUnits(paidShare: Fen, quantity: number, units: number): Fen {
  if (units >= quantity) return paidShare
  return Math.floor((paidShare * units) / quantity)
}

export interface RefundableLine {
  paidShare: Fen
  quantity: number
  refundedQuantity: number
}

/**
 * Refund for `units` more units of a line, given what was refunded before. Telescoping differences of
 * one floor function, so the steps always add up to the line's paid share.
 */
export function refundForUnits(line: RefundableLine, units: number): Fen {
  if (!Number.isInteger(units) || units < 1) throw new RangeError(`units must be a positive integer, got ${units}`)
  if (line.refundedQuantity + units > line.quantity) {
    throw new RangeError(`cannot refund ${units} more of a line with ${line.quantity - line.refundedQuantity} left`)
  }
  return (
    shareOfUnits(line.paidShare, line.quantity, line.refundedQuantity + units) -
    shareOfUnits(line.paidShare, line.quantity, line.refundedQuantity)
  )
}
