/** What the stock-adjust control sends, from what the merchant typed. Pure, so unit tests need no Taro. */
import type { StockChange, StockReasonCode } from '@cloud/contracts/stock'

/** The reasons the merchant picks from (contracts/stock.ts STOCK_REASON_CODES; pages import types only). */
export const REASON_CODES = ['recount', 'damaged', 'restock', 'correction'] as const satisfies readonly Exclude<StockReasonCode, 'initial'>[]

export type AdjustMode = 'add' | 'remove' | 'set'

export type ChangeProblem = 'stock.badAmount' | 'stock.badTarget'

/**
 * +n / −n are relative to whatever the stock is when the write lands; "set to N" carries the stock the
 * merchant was shown (`seen`), so the server applies it only while that is still true.
 */
export function changeFromInput(mode: AdjustMode, amountText: string, seen: number): { ok: true; change: StockChange } | { ok: false; problem: ChangeProblem } {
  const text = amountText.trim()
  const n = /^\d{1,6}$/.test(text) ? Number(text) : NaN
  if (mode === 'set') {
    if (!Number.isInteger(n) || n < 0 || n > 100_000) return { ok: false, problem: 'stock.badTarget' }
    return { ok: true, change: { kind: 'set', to: n, seen } }
  }
  if (!Number.isInteger(n) || n <= 0 || n > 100_000) return { ok: false, problem: 'stock.badAmount' }
  return { ok: true, change: { kind: 'delta', delta: mode === 'add' ? n : -n } }
}

/** One id per adjustment the merchant starts; re-sent unchanged when they retry the same one. */
export function newRequestId(now = Date.now(), random = Math.random): string {
  return `adj-${now.toString(36)}-${Math.floor(random() * 36 ** 8).toString(36).padStart(8, '0')}`
}

/** The form's version after an adjustment: adopt the server's only if nothing else moved the product meanwhile. */
export function versionAfterAdjust(formVersion: number | undefined, adjusted: number | undefined): number | undefined {
  if (formVersion === undefined || adjusted === undefined) return formVersion
  return adjusted === formVersion + 1 ? adjusted : formVersion
}
