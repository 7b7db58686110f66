/**
 * Merchant stock adjustments and the stock ledger. Stock has one owner: a product edit never writes
 * it; the merchant moves it only through `products.adjustStock`, each move one ledger entry with who,
 * why, and the value before and after.
 */
import { z } from 'zod'
import type { Product } from './catalog'
import { Id, PageInput, type Actor, type Page, type Reason } from './common'

/** Why the merchant moved stock; stored as the reason key `stock.reason.<code>`. `initial` is the creation of a SKU. */
export const STOCK_REASON_CODES = ['recount', 'damaged', 'restock', 'correction'] as const
export type StockReasonCode = (typeof STOCK_REASON_CODES)[number] | 'initial'

/** Largest single move, and the largest stock a SKU may hold (matches SkuDraft.stock). */
export const STOCK_MAX = 100_000

export const StockChange = z.discriminatedUnion('kind', [
  /** +n / −n relative to whatever the stock is when the write lands; −n never goes below 0. */
  z.object({ kind: z.literal('delta'), delta: z.number().int().min(-STOCK_MAX).max(STOCK_MAX).refine((n) => n !== 0, 'error.input.stockDeltaZero') }),
  /** "Set to N", applied only while the stock is still `seen` (what the merchant's screen showed). */
  z.object({ kind: z.literal('set'), to: z.number().int().min(0).max(STOCK_MAX), seen: z.number().int().min(0).max(STOCK_MAX) }),
])
export type StockChange = z.infer<typeof StockChange>

export const AdjustStockInput = z.object({
  productId: Id,
  skuId: Id,
  /** Chosen by the client once per adjustment; a retry with the same id returns the first result. */
  requestId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'error.input.requestId'),
  change: StockChange,
  reason: z.enum(STOCK_REASON_CODES),
  /** The merchant's own words (their data, shown as typed, never translated). */
  note: z.string().trim().max(200).optional(),
})
export type AdjustStockInput = z.input<typeof AdjustStockInput>

/** One stock move by the merchant. `_id` is derived from the actor and the client's request id. */
export interface StockLedgerEntry {
  _id: string
  productId: string
  skuId: string
  change: StockChange | { kind: 'initial'; to: number }
  /** Signed units actually applied (after − before). */
  delta: number
  before: number
  after: number
  reason: Reason
  note?: string
  actor: Actor
  requestId: string
  at: number
}

export interface AdjustStockOutput {
  entry: StockLedgerEntry
  /** The product as the adjustment left it (new stock and version). */
  product: Product
  /** True when this call found the entry of an earlier call with the same requestId. */
  replayed: boolean
}

export const StockLedgerInput = PageInput.extend({ productId: Id, skuId: Id.optional() })
export type StockLedgerInput = z.input<typeof StockLedgerInput>
export type StockLedgerOutput = Page<StockLedgerEntry>
