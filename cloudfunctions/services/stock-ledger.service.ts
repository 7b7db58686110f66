/**
 * The merchant's only way to move stock: one adjustment = one transaction that re-reads the product,
 * decides the move from the stock as it is (domain/stock-adjustment), increments the SKU and the
 * product totals, moves the product version, and writes the ledger entry. All of it or none of it.
 *
 * - The ledger entry's id is derived from the actor and the client's request id, so a retry (lost
 *   reply, double tap) finds the first entry inside the same transaction and changes nothing.
 * - Only `doc(id)` operations inside the transaction (wx-server-sdk 4.0.2 sends `where().update()`
 *   without the transaction id). A sale that lands between the transaction's read and its commit is a
 *   write conflict: the transaction is retried against the new stock, so "−n" never goes below 0 and
 *   "set to N" only applies while the stock is still the value the merchant saw.
 * - The buyer's path is untouched: sales stay one conditional update each (services/stock.service.ts).
 */
import { createHash } from 'node:crypto'
import type { Product, Sku } from '../contracts/catalog'
import { versionOf } from '../contracts/catalog'
import type { Actor, Page } from '../contracts/common'
import type { z } from 'zod'
import type { AdjustStockInput, AdjustStockOutput, StockLedgerEntry, StockLedgerInput } from '../contracts/stock'
import { AppError, changedMeanwhile, notFound } from '../core/errors'
import { planAdjustment, REFUSAL_KEY, refusalParams, sameChange, stockReasonKey } from '../domain/stock-adjustment'
import { bumpCatalogVersion } from './search/search-settings'
import { db } from '../platform/cloud'
import type { Transaction } from '../platform/db-types'
import { COLLECTION } from '../schema/collections'

type Adjustment = z.output<typeof AdjustStockInput>

/** Attempts of the adjustment transaction when concurrent sales keep conflicting with it. */
const ADJUST_ATTEMPTS = 20

const hash32 = (parts: readonly (string | number)[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 30)

/** `sl` + 30 hex of sha256 over the JSON array [who, requestId]: no separator the parts could contain. */
export function ledgerEntryId(actor: Actor, requestId: string): string {
  const who = actor.kind === 'staff' || actor.kind === 'buyer' ? actor.openid : actor.kind === 'system' ? `system:${actor.job}` : 'pay'
  return 'sl' + hash32(['adjust', who, requestId])
}

const initialEntryId = (productId: string, skuId: string) => 'sl' + hash32(['initial', productId, skuId])

function withoutId<T extends { _id: string }>(doc: T): Omit<T, '_id'> {
  const { _id: _ignored, ...rest } = doc
  return rest
}

function isConflict(err: unknown): boolean {
  const e = err as { errCode?: unknown; code?: unknown; message?: unknown } | null
  return !!e && /TRANSACTION_CONFLICT|transaction conflict/i.test(`${String(e.code ?? '')} ${String(e.errCode ?? '')} ${String(e.message ?? '')}`)
}

export async function adjustStock(input: Adjustment, by: Actor, now: number): Promise<AdjustStockOutput> {
  const id = ledgerEntryId(by, input.requestId)
  const _ = db().command
  const run = (t: Transaction) => adjustIn(t, _, id, input, by, now)
  let out: AdjustStockOutput
  try {
    out = await db().runTransaction(run, ADJUST_ATTEMPTS)
  } catch (err) {
    if (err instanceof AppError) throw err
    // Still conflicting after every attempt: nothing was written; the same requestId may be retried.
    if (isConflict(err)) throw changedMeanwhile('product', { productId: input.productId })
    throw err
  }
  // a restock moves a sold-out piece up in search: tell the search indexes
  if (!out.replayed) await bumpCatalogVersion(now)
  return out
}

async function adjustIn(t: Transaction, _: any, id: string, input: Adjustment, by: Actor, now: number): Promise<AdjustStockOutput> {
  const ledger = t.collection<StockLedgerEntry>(COLLECTION.stock_ledger)
  const products = t.collection<Product>(COLLECTION.products)
  const existing = (await ledger.doc(id).get()).data
  if (existing) {
    if (existing.productId !== input.productId || existing.skuId !== input.skuId || existing.change.kind === 'initial' || !sameChange(existing.change, input.change)) {
      throw new AppError('INVALID_INPUT', 'error.stock.requestReused', {}, { requestId: input.requestId })
    }
    const product = (await products.doc(input.productId).get()).data
    if (!product) throw notFound('product', input.productId)
    return { entry: { ...existing, _id: id }, product, replayed: true }
  }
  const product = (await products.doc(input.productId).get()).data
  if (!product) throw notFound('product', input.productId)
  const index = product.skus.findIndex((s) => s.skuId === input.skuId)
  if (index < 0) throw notFound('sku', input.skuId)
  const plan = planAdjustment(product.skus[index].stock, input.change, { unique: product.unique, held: product.skus[index].sold })
  if (!plan.ok) {
    throw new AppError('CONFLICT', REFUSAL_KEY[plan.refusal.reason], refusalParams(plan.refusal), { productId: input.productId, skuId: input.skuId, ...plan.refusal })
  }
  await products.doc(input.productId).update({
    data: { [`skus.${index}.stock`]: _.inc(plan.delta), stock: _.inc(plan.delta), version: _.inc(1), updatedAt: now },
  })
  const entry: StockLedgerEntry = {
    _id: id,
    productId: input.productId,
    skuId: input.skuId,
    change: input.change,
    delta: plan.delta,
    before: plan.before,
    after: plan.after,
    reason: { key: stockReasonKey(input.reason) },
    ...(input.note ? { note: input.note } : {}),
    actor: by,
    requestId: input.requestId,
    at: now,
  }
  await ledger.doc(id).set({ data: withoutId(entry) })
  const skus: Sku[] = product.skus.map((s, i) => (i === index ? { ...s, stock: plan.after } : s))
  return {
    entry,
    product: { ...product, skus, stock: product.stock + plan.delta, version: versionOf(product) + 1, updatedAt: now },
    replayed: false,
  }
}

/** Ledger entries for the stock a product is created with (inside the creating transaction). */
export function initialEntries(product: Pick<Product, '_id' | 'skus'>, by: Actor, now: number): StockLedgerEntry[] {
  return product.skus
    .filter((s) => s.stock > 0)
    .map((s) => ({
      _id: initialEntryId(product._id, s.skuId),
      productId: product._id,
      skuId: s.skuId,
      change: { kind: 'initial' as const, to: s.stock },
      delta: s.stock,
      before: 0,
      after: s.stock,
      reason: { key: stockReasonKey('initial') },
      actor: by,
      requestId: `initial-${s.skuId}`,
      at: now,
    }))
}

export async function writeInitialEntries(t: Transaction, entries: readonly StockLedgerEntry[]): Promise<void> {
  for (const e of entries) await t.collection(COLLECTION.stock_ledger).doc(e._id).set({ data: withoutId(e) })
}

/** A product's stock moves, newest first; optionally one SKU. */
export async function listLedger(input: z.output<typeof StockLedgerInput>): Promise<Page<StockLedgerEntry>> {
  const where: Record<string, unknown> = { productId: input.productId }
  if (input.skuId) where.skuId = input.skuId
  const ledger = db().collection<StockLedgerEntry>(COLLECTION.stock_ledger)
  const [rows, counted] = await Promise.all([
    ledger.where(where).orderBy('at', 'desc').skip((input.page - 1) * input.pageSize).limit(input.pageSize).get(),
    ledger.where(where).count(),
  ])
  return {
    items: rows.data,
    page: input.page,
    pageSize: input.pageSize,
    total: counted.total,
    hasMore: (input.page - 1) * input.pageSize + rows.data.length < counted.total,
  }
}
