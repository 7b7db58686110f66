/** Cart rules that need no database. */
import { CART_MAX_QUANTITY } from '../contracts/cart'

/** The quantity a line may hold: at least 1, at most the stock left and the per-line cap. */
export function cappedQuantity(wanted: number, stock: number): number {
  return Math.max(1, Math.min(wanted, stock, CART_MAX_QUANTITY))
}

/** Deterministic line id per buyer and SKU, so adding the same SKU twice merges into one line. */
export function cartLineKey(openid: string, skuId: string): string {
  return `${openid}:${skuId}`
}
