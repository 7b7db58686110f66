/**
 * What a quantity stepper may show: at least 1, at most what is in stock (and a per-line cap so a
 * typo cannot order 10 000 bracelets). The server caps too; this only keeps the buttons honest.
 */
export const MAX_PER_LINE = 99

export function maxQuantity(stock: number): number {
  return Math.max(1, Math.min(MAX_PER_LINE, Math.floor(stock)))
}

export function clampQuantity(wanted: number, stock: number): number {
  if (!Number.isFinite(wanted)) return 1
  return Math.min(maxQuantity(stock), Math.max(1, Math.floor(wanted)))
}

export function canDecrease(quantity: number): boolean {
  return quantity > 1
}

export function canIncrease(quantity: number, stock: number): boolean {
  return quantity < maxQuantity(stock)
}
