/** Cart rules that need no database. */
import { CART_MAX_QUANTITY } from '../contracts/cart'

/** The quantity a line may hold: at least 1, at most the stock left and the per-line cap. */
export function cappedQuantity(wanted: number, stock: number): number {
  return Math.max(1, Math.min(wanted, stock, CART_MAX_QUANTITY))
}

/**
 * Deterministic line key per buyer and SKU, so adding the same SKU twice merges into one line (hashed
 * into the line id by the cart service). Injective because the separator cannot appear in the last
 * part: SKU ids are server-assigned and match the Id alphabet `[A-Za-z0-9_-]`, which has no `:`, so the
 * last `:` always splits the key back into (openid, skuId) whatever the openid holds. Kept as is (not
 * re-encoded) so existing cart lines keep their ids; anything outside the alphabet is refused.
 */
export function cartLineKey(openid: string, skuId: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(skuId)) throw new Error(`cart line key: skuId outside the Id alphabet: ${JSON.stringify(skuId)}`)
  return `${openid}:${skuId}`
}
