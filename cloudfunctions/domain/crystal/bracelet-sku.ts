/**
 * Which bead size of a bracelet suits a wrist, and the SKU of a product that has it. Bead count and fit
 * come from wrist-fit.ts (the shared rule); the bead size is the trade's rule of thumb that slimmer
 * wrists wear smaller beads: under 14 cm 6 mm, 14–15.9 cm 8 mm, 16–17.4 cm 10 mm, 17.5–18.9 cm 12 mm,
 * from 19 cm 14 mm. Pure: the fit helper page, the product page and tests use it alike.
 */
import type { Sku } from '../../contracts/catalog'
import { adviseFit, type FitAdvice } from './wrist-fit'

/** [from wrist mm, bead mm], ascending. */
export const BEAD_FOR_WRIST: readonly (readonly [number, number])[] = [
  [0, 6],
  [140, 8],
  [160, 10],
  [175, 12],
  [190, 14],
]

export function suggestedBeadMm(wristMm: number): number {
  let bead = BEAD_FOR_WRIST[0][1]
  for (const [from, mm] of BEAD_FOR_WRIST) if (wristMm >= from) bead = mm
  return bead
}

export interface SkuFit {
  sku: Sku
  advice: FitAdvice
}

/**
 * The SKU of a bead-sized bracelet to pre-select for a wrist: the bead size nearest the suggested one
 * among SKUs in stock (then among all, so a sold-out size still shows its advice); ties go to the
 * smaller bead. Null when no SKU states a bead diameter (not a bead bracelet).
 */
export function fitSkuFor(skus: readonly Sku[], wristMm: number): SkuFit | null {
  const sized = skus.filter((s) => typeof s.beadMm === 'number' && s.beadMm > 0)
  if (!sized.length) return null
  const want = suggestedBeadMm(wristMm)
  const pool = sized.some((s) => s.stock > 0) ? sized.filter((s) => s.stock > 0) : sized
  const best = [...pool].sort((a, b) => Math.abs(a.beadMm! - want) - Math.abs(b.beadMm! - want) || a.beadMm! - b.beadMm!)[0]
  return { sku: best, advice: adviseFit(wristMm, best.beadMm!) }
}

/** Wrist in cm for display: 155 → "15.5", 160 → "16". */
export const wristCm = (wristMm: number): string => String(Math.round(wristMm) / 10)
