/**
 * How a bead bracelet fits a wrist. The jeweller's rule: the strung length is the wrist
 * circumference plus 1–2 cm of ease, so the bead count is (wrist + ease) ÷ bead diameter.
 * Lengths are millimetres (a wrist of 15.5 cm is 155).
 *
 * Ease bands (strung length − wrist, mm): below 5 the bracelet will not go on comfortably,
 * 5–12.5 sits close (snug), 12.5–17.5 is the usual comfortable fit, 17.5–25 hangs loose, beyond
 * 25 it slides off the hand.
 */

export const FITS = ['tooTight', 'snug', 'comfortable', 'loose', 'tooLoose'] as const
export type Fit = (typeof FITS)[number]

/** The ease aimed for when recommending a count for each wanted fit (mm). */
export const TARGET_EASE_MM: Record<'snug' | 'comfortable' | 'loose', number> = { snug: 10, comfortable: 15, loose: 20 }

export const WRIST_MM_MIN = 100
export const WRIST_MM_MAX = 250

/** Strung length − wrist for `count` beads of `beadMm`. */
export function easeMm(wristMm: number, beadMm: number, count: number): number {
  return count * beadMm - wristMm
}

export function fitOf(wristMm: number, beadMm: number, count: number): Fit {
  const ease = easeMm(wristMm, beadMm, count)
  if (ease < 5) return 'tooTight'
  if (ease < 12.5) return 'snug'
  if (ease <= 17.5) return 'comfortable'
  if (ease <= 25) return 'loose'
  return 'tooLoose'
}

/** Bead count whose ease is nearest the wanted fit's target (ties go to the larger count). */
export function beadCountFor(wristMm: number, beadMm: number, wanted: keyof typeof TARGET_EASE_MM = 'comfortable'): number {
  if (!(beadMm > 0)) throw new RangeError(`bead diameter must be positive, got ${beadMm}`)
  const exact = (wristMm + TARGET_EASE_MM[wanted]) / beadMm
  const low = Math.floor(exact)
  const high = Math.ceil(exact)
  const target = TARGET_EASE_MM[wanted]
  const lowGap = Math.abs(easeMm(wristMm, beadMm, low) - target)
  const highGap = Math.abs(easeMm(wristMm, beadMm, high) - target)
  return Math.max(1, lowGap < highGap ? low : high)
}

export interface FitAdvice {
  beadMm: number
  count: number
  fit: Fit
  /** Strung length in mm (count × bead). */
  lengthMm: number
}

export function adviseFit(wristMm: number, beadMm: number, wanted: keyof typeof TARGET_EASE_MM = 'comfortable'): FitAdvice {
  const count = beadCountFor(wristMm, beadMm, wanted)
  return { beadMm, count, fit: fitOf(wristMm, beadMm, count), lengthMm: count * beadMm }
}
