/**
 * Product quality flags (FAQ 4): a product whose after-sales over the last 30 days, per unit sold,
 * exceed the shop's threshold is flagged, with the breakdown by reason and the listing fields most
 * likely at fault, so the merchant can fix the listing (or talk to the supplier). The flag clears when
 * the rate falls back. "Changed my mind" is not a quality problem and is left out of the rate. Pure.
 */
import type { AfterSaleReasonCode } from '../contracts/aftersale'

export const QUALITY_WINDOW_DAYS = 30

/** Where each reason points: the listing fields (or the supply side) to check first. */
export const LISTING_SUSPECTS = ['skuSpec', 'beadSize', 'photos', 'description', 'attrs', 'supplier', 'packaging', 'fulfilment'] as const
export type ListingSuspect = (typeof LISTING_SUSPECTS)[number]

export const REASON_SUSPECTS: Readonly<Record<AfterSaleReasonCode, readonly ListingSuspect[]>> = Object.freeze({
  sizeMismatch: ['beadSize', 'skuSpec'],
  colourDiff: ['photos'],
  notAsDescribed: ['description', 'attrs', 'photos'],
  flaw: ['supplier'],
  damaged: ['packaging'],
  wrongItem: ['fulfilment', 'skuSpec'],
  changedMind: [],
  other: [],
})

/** Reasons that count towards the quality rate. */
export const countsForQuality = (code: AfterSaleReasonCode) => code !== 'changedMind'

export interface QualitySettings {
  /** After-sale units per 1000 units sold above which a product is flagged. */
  ratePermille: number
  /** Units sold in the window before a product is judged at all (two returns of three units say little). */
  minUnits: number
}

export interface QualityInput {
  productId: string
  sold: number
  /** After-sale units requested in the window, by reason code. */
  byReason: Partial<Record<AfterSaleReasonCode, number>>
}

export interface QualityVerdict {
  productId: string
  flagged: boolean
  sold: number
  /** Quality-relevant after-sale units. */
  units: number
  /** units per 1000 sold, rounded down (integer). */
  ratePermille: number
  byReason: Partial<Record<AfterSaleReasonCode, number>>
  /** Most likely at fault first: each field weighted by the units of the reasons pointing at it. */
  suspects: ListingSuspect[]
}

export function qualityVerdict(input: QualityInput, s: QualitySettings): QualityVerdict {
  const byReason: Partial<Record<AfterSaleReasonCode, number>> = {}
  let units = 0
  const weight = new Map<ListingSuspect, number>()
  for (const [code, n] of Object.entries(input.byReason) as [AfterSaleReasonCode, number][]) {
    if (!n || n <= 0) continue
    byReason[code] = n
    if (!countsForQuality(code)) continue
    units += n
    REASON_SUSPECTS[code].forEach((field, rank) => weight.set(field, (weight.get(field) ?? 0) + n * (10 - rank)))
  }
  const ratePermille = input.sold > 0 ? Math.floor((units * 1000) / input.sold) : 0
  const flagged = input.sold >= s.minUnits && units > 0 && ratePermille > s.ratePermille
  const suspects = [...weight].sort((a, b) => b[1] - a[1] || LISTING_SUSPECTS.indexOf(a[0]) - LISTING_SUSPECTS.indexOf(b[0])).map(([f]) => f)
  return { productId: input.productId, flagged, sold: input.sold, units, ratePermille, byReason, suspects }
}
