/**
 * Pure rules of 秒杀 flash sales and 拼团 group buying: when a sale is live, how its stock is split over
 * bucket documents, which buckets a buyer tries, and when a group offer may be bought.
 */
import type { FlashSalePhase } from '../contracts/specials'

/** At most this many bucket documents per sale; a bucket holds at least MIN_PER_BUCKET units. */
export const MAX_BUCKETS = 20
const MIN_PER_BUCKET = 5

/**
 * How many documents a sale's stock is spread over: writes to one document are serialised by the cloud
 * database (docs/platform-facts.md §15), so N buckets take N times the buyers per second of one.
 */
export function bucketCountFor(quantity: number): number {
  return Math.max(1, Math.min(MAX_BUCKETS, Math.floor(quantity / MIN_PER_BUCKET)))
}

/** `quantity` split over `buckets` as evenly as whole units allow (the first ones get the remainder). */
export function bucketShares(quantity: number, buckets: number): number[] {
  const base = Math.floor(quantity / buckets)
  const extra = quantity % buckets
  return Array.from({ length: buckets }, (_, i) => base + (i < extra ? 1 : 0))
}

/** Every bucket index once, starting at `start` and wrapping: a buyer who misses one tries the next. */
export function bucketOrder(start: number, buckets: number): number[] {
  return Array.from({ length: buckets }, (_, i) => (start + i) % buckets)
}

export interface SaleWindow {
  status: 'active' | 'paused'
  startAt: number
  endAt: number
  settledAt: number | null
}

export function flashPhase(sale: SaleWindow, now: number, remaining?: number): FlashSalePhase {
  if (sale.settledAt !== null || now >= sale.endAt) return 'ended'
  if (now < sale.startAt) return 'upcoming'
  if (sale.status === 'paused') return 'paused'
  if (remaining === 0) return 'soldOut'
  return 'live'
}

/** The message key telling a shopper why a sale cannot be bought now (null when it can). */
const REFUSALS: Record<FlashSalePhase, string | null> = {
  live: null,
  upcoming: 'error.flash.upcoming',
  paused: 'error.flash.paused',
  ended: 'error.flash.ended',
  soldOut: 'error.flash.soldOut',
}

export function flashRefusal(phase: FlashSalePhase): string | null {
  return REFUSALS[phase]
}

export function offerLive(offer: { status: 'active' | 'paused'; startAt: number; endAt: number }, now: number): boolean {
  return offer.status === 'active' && now >= offer.startAt && now < offer.endAt
}

/** An order of a 拼团 that has not formed yet must not ship: its money may still go back. */
export function groupBlocksShipping(order: { group?: { formedAt?: number | null } | null }): boolean {
  return !!order.group && !order.group.formedAt
}
