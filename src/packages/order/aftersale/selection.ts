/**
 * The after-sale form's line choices: which lines, how many units each (never more than is left
 * unrefunded). Amounts are not computed here — the server works out each line's share of what was paid.
 */
import type { OrderItem } from '@cloud/contracts/order'

export type LineChoice = Record<string, number>

/** Units of a line the buyer may still ask about. */
export function remainingQuantity(item: Pick<OrderItem, 'quantity' | 'refundedQuantity'>): number {
  return Math.max(0, item.quantity - item.refundedQuantity)
}

export function toggleLine(choice: LineChoice, item: OrderItem): LineChoice {
  const next = { ...choice }
  if (next[item.skuId]) delete next[item.skuId]
  else if (remainingQuantity(item) > 0) next[item.skuId] = remainingQuantity(item)
  return next
}

export function setLineQuantity(choice: LineChoice, item: OrderItem, quantity: number): LineChoice {
  const max = remainingQuantity(item)
  if (!choice[item.skuId] || max === 0) return choice
  return { ...choice, [item.skuId]: Math.min(max, Math.max(1, Math.floor(quantity))) }
}

export function chosenLines(choice: LineChoice): { skuId: string; quantity: number }[] {
  return Object.entries(choice)
    .filter(([, quantity]) => quantity > 0)
    .map(([skuId, quantity]) => ({ skuId, quantity }))
}

/** Why the form cannot be sent yet, or null. */
export function afterSaleFormProblem(choice: LineChoice, reason: string): string | null {
  if (chosenLines(choice).length === 0) return 'afterSale.problem.noLines'
  if (!reason.trim()) return 'afterSale.problem.noReason'
  if (reason.trim().length > 200) return 'afterSale.problem.reasonTooLong'
  return null
}
