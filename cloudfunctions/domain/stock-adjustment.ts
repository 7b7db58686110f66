/**
 * What a merchant's stock adjustment does to one SKU, decided from the stock as it is when the write
 * lands (the service evaluates this inside the transaction that writes, so "as it is" is exact). Pure.
 *
 * - `delta` (+n / −n) applies to the current stock, whatever sales did meanwhile; −n is refused when it
 *   would take stock below 0.
 * - `set` (to N) applies only while the stock is still what the merchant saw; otherwise it is refused,
 *   because sales moved it and "set to N" would silently undo them.
 * - A one-of-a-kind piece (孤品) exists once: shelf stock plus the units orders hold (`sold`) never exceed 1,
 *   so a merchant's +1 cannot put a piece that a buyer has paid for back on sale.
 */
import type { StockChange, StockReasonCode } from '../contracts/stock'
import { STOCK_MAX } from '../contracts/stock'

export type AdjustmentRefusal =
  | { reason: 'belowZero'; stock: number; delta: number }
  | { reason: 'seenChanged'; stock: number; seen: number }
  | { reason: 'uniqueAboveOne'; stock: number; after: number; held: number }
  | { reason: 'aboveMax'; stock: number; after: number }

export type AdjustmentPlan =
  | { ok: true; before: number; after: number; delta: number }
  | { ok: false; refusal: AdjustmentRefusal }

export function planAdjustment(current: number, change: StockChange, opts: { unique: boolean; held?: number }): AdjustmentPlan {
  let after: number
  if (change.kind === 'set') {
    if (current !== change.seen) return { ok: false, refusal: { reason: 'seenChanged', stock: current, seen: change.seen } }
    after = change.to
  } else {
    after = current + change.delta
    if (after < 0) return { ok: false, refusal: { reason: 'belowZero', stock: current, delta: change.delta } }
  }
  if (after > STOCK_MAX) return { ok: false, refusal: { reason: 'aboveMax', stock: current, after } }
  if (opts.unique && after + (opts.held ?? 0) > 1) return { ok: false, refusal: { reason: 'uniqueAboveOne', stock: current, after, held: opts.held ?? 0 } }
  return { ok: true, before: current, after, delta: after - current }
}

/** Message key of a refusal (src/i18n/server-messages/stock.ts). */
export const REFUSAL_KEY: Record<AdjustmentRefusal['reason'], string> = {
  belowZero: 'error.stock.belowZero',
  seenChanged: 'error.stock.seenChanged',
  uniqueAboveOne: 'error.stock.uniqueAboveOne',
  aboveMax: 'error.stock.aboveMax',
}

/** Params of a refusal's message: numbers only, so the client can word them. */
export function refusalParams(r: AdjustmentRefusal): Record<string, number> {
  const { reason: _reason, ...params } = r
  return params
}

/** The stored reason key of a reason code (a Reason's key, translated by the client). */
export const STOCK_REASON_KEY: Record<StockReasonCode, string> = {
  recount: 'stock.reason.recount',
  damaged: 'stock.reason.damaged',
  restock: 'stock.reason.restock',
  correction: 'stock.reason.correction',
  initial: 'stock.reason.initial',
}
export const stockReasonKey = (code: StockReasonCode): string => STOCK_REASON_KEY[code]

/** Same change asked twice? (a retried request id must repeat its first request, not a new one). */
export function sameChange(a: StockChange, b: StockChange): boolean {
  if (a.kind === 'delta') return b.kind === 'delta' && a.delta === b.delta
  return b.kind === 'set' && a.to === b.to && a.seen === b.seen
}
