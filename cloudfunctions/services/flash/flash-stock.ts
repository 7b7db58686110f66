/**
 * Taking and giving back flash-sale units. A sale's stock is split over bucket documents; a buyer takes
 * units from one bucket with ONE conditional update (`remaining >= n` → `_.inc(-n)`), starting at a
 * random bucket and trying the next on a miss, so no single document takes every buyer's write and no
 * bucket ever goes below zero. Buckets seen empty are remembered per function instance for a moment, so
 * late buyers of a sold-out sale are refused without writing anything.
 *
 * The per-shopper limit is a claim document per (sale, shopper): created with the units, or grown by a
 * conditional update that keeps `units <= limit`; each order is listed once, so giving back is exact.
 */
import { AppError } from '../../core/errors'
import { bucketOrder } from '../../domain/specials'
import { db } from '../../platform/cloud'
import { bucketId, claimIdFor, flashBuckets, flashClaims, type FlashClaimDoc, type FlashSaleDoc } from './flash-record'

/** Buckets recently seen empty, per sale (this function instance only). A returned unit is seen again within EMPTY_TTL_MS. */
const emptySeen = new Map<string, Map<number, number>>()
const EMPTY_TTL_MS = 2_000

function knownEmpty(saleId: string, index: number, now: number): boolean {
  const at = emptySeen.get(saleId)?.get(index)
  return at !== undefined && now - at < EMPTY_TTL_MS
}

function markEmpty(saleId: string, index: number, now: number): void {
  const seen = emptySeen.get(saleId) ?? new Map<number, number>()
  seen.set(index, now)
  emptySeen.set(saleId, seen)
}

/** True when this instance saw every bucket empty a moment ago: refuse without a write. */
export function seenSoldOut(sale: FlashSaleDoc, now: number): boolean {
  for (let i = 0; i < sale.buckets; i++) if (!knownEmpty(sale._id, i, now)) return false
  return true
}

/** Takes `units` from some bucket of `sale`; returns the bucket id, or null when every bucket is short. */
export async function takeFlashUnits(sale: FlashSaleDoc, units: number, now: number): Promise<string | null> {
  const _ = db().command
  const start = Math.floor(Math.random() * sale.buckets)
  for (const index of bucketOrder(start, sale.buckets)) {
    if (knownEmpty(sale._id, index, now)) continue
    const id = bucketId(sale._id, index)
    const r = await flashBuckets()
      .where({ _id: id, remaining: _.gte(units) })
      .update({ data: { remaining: _.inc(-units) } })
    if (r.stats.updated === 1) return id
    // Short for `units` (for 1 unit: empty). With several units per order a bucket may still hold fewer.
    if (units === 1) markEmpty(sale._id, index, now)
  }
  return null
}

/** Undo of takeFlashUnits (same call, a later step failed): the units go back to the bucket they came from. */
export async function returnFlashUnits(bucket: string, units: number, saleId: string): Promise<void> {
  const _ = db().command
  await flashBuckets().doc(bucket).update({ data: { remaining: _.inc(units) } })
  emptySeen.get(saleId)?.clear()
}

/**
 * Reserves `units` of the shopper's limit for `orderId`; `mine` says whether this call made the claim
 * (only then may its undo release it). Exact under concurrency: the first claim is an
 * insert with a unique id (a racing second insert fails and falls through to the conditional update).
 */
export async function claimLimit(sale: FlashSaleDoc, openid: string, orderId: string, units: number, now: number): Promise<{ id: string; mine: boolean }> {
  const _ = db().command
  const id = claimIdFor(sale._id, openid)
  const refuse = () => new AppError('CONFLICT', 'error.flash.limitReached', { limit: sale.perShopperLimit }, { saleId: sale._id, limit: sale.perShopperLimit })
  if (units > sale.perShopperLimit) throw refuse()
  const doc: FlashClaimDoc = { _id: id, saleId: sale._id, openid, units, orderIds: [orderId], createdAt: now, updatedAt: now }
  try {
    await flashClaims().add({ data: doc as unknown as Record<string, unknown> })
    return { id, mine: true }
  } catch {
    // Exists already (or the insert raced another): grow it only while the limit holds.
  }
  const grown = await flashClaims()
    .where({ _id: id, units: _.lte(sale.perShopperLimit - units), orderIds: _.neq(orderId) })
    .update({ data: { units: _.inc(units), orderIds: _.push([orderId]), updatedAt: now } })
  if (grown.stats.updated === 1) return { id, mine: true }
  const existing = (await flashClaims().doc(id).get()).data
  // A racing twin of this very request (same order id) claimed it: its undo, not ours, may give it back.
  if (existing?.orderIds.includes(orderId)) return { id, mine: false }
  if (!existing) throw new AppError('INTERNAL', 'error.flash.claimFailed')
  throw refuse()
}

/** Gives the order's units of the limit back, once (the order leaves the claim's list in the same write). */
export async function releaseClaim(claimId: string, orderId: string, units: number, now: number): Promise<void> {
  const _ = db().command
  await flashClaims()
    .where({ _id: claimId, orderIds: orderId })
    .update({ data: { units: _.inc(-units), orderIds: _.pull(orderId), updatedAt: now } })
}
