/**
 * Cart page rules that are not money: what can be selected, when checkout may start, what the tab
 * badge says. Totals always come from the server (CartView.selectedGoodsTotal, checkout.quote).
 */
import type { CartLine, CartView } from '@cloud/contracts/cart'

/** Lines the shopper can buy now (invalid ones stay visible, greyed, but take no part). */
export function buyableLines(lines: readonly CartLine[]): CartLine[] {
  return lines.filter((line) => line.valid)
}

export function invalidLines(lines: readonly CartLine[]): CartLine[] {
  return lines.filter((line) => !line.valid)
}

/** 全选 is ticked when there is something to buy and every buyable line is selected. */
export function isAllSelected(lines: readonly CartLine[]): boolean {
  const buyable = buyableLines(lines)
  return buyable.length > 0 && buyable.every((line) => line.selected)
}

/** Why the checkout button is off, as a message key; null when checkout may start. */
export function checkoutBlockedReason(view: CartView): string | null {
  if (buyableLines(view.lines).length === 0) return 'cart.problem.nothingBuyable'
  if (view.selectedCount === 0) return 'cart.problem.nothingSelected'
  return null
}

/** Text for the cart tab badge: nothing at 0 (the badge is removed), "99+" beyond two digits. */
export function badgeText(count: number): string | null {
  if (!Number.isFinite(count) || count <= 0) return null
  return count > 99 ? '99+' : String(Math.floor(count))
}
