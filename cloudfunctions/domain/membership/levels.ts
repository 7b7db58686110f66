/**
 * Levels from cumulative spend. Pure.
 *
 * Spend is the member's completed orders' paid amounts net of their refunds (fen, see order-accounting.ts).
 * The level a member holds is the highest level whose threshold the spend reaches, except that (unless the
 * merchant allows mid-year downgrades) a level reached this calendar year (Beijing time) is kept until the
 * year ends even when refunds or a raised threshold would lower it. In a new year the level follows the
 * spend again.
 */
import type { LevelRule, MembershipSettings } from './member-pricing'

type Fen = number

/** Levels sorted by threshold, the first forced to 0 (everybody holds at least the entry level). */
export function sortedLevels(levels: readonly LevelRule[]): LevelRule[] {
  const sorted = [...levels].sort((a, b) => a.thresholdFen - b.thresholdFen)
  return sorted.map((l, i) => (i === 0 ? { ...l, thresholdFen: 0 } : l))
}

/** The level the spend reaches: highest threshold ≤ spend (exactly at the threshold counts). */
export function levelForSpend(spentFen: Fen, levels: readonly LevelRule[]): LevelRule {
  const sorted = sortedLevels(levels)
  let found = sorted[0]
  for (const l of sorted) if (spentFen >= l.thresholdFen) found = l
  return found
}

export interface HeldLevel {
  /** The level key now stored on the member. */
  level?: string
  /** Beijing calendar year the stored level was reached or confirmed in. */
  levelYear?: number
}

/** Rank of a key among the sorted levels; an unknown (renamed away) key ranks below the entry level. */
export function levelRank(key: string | undefined, levels: readonly LevelRule[]): number {
  return sortedLevels(levels).findIndex((l) => l.key === key)
}

/**
 * The level to store after the spend changed (or the thresholds did): the spend's level, or the held
 * one when it is higher, was reached this year and downgrades mid-year are off.
 */
export function nextLevel(held: HeldLevel, spentFen: Fen, settings: Pick<MembershipSettings, 'levels' | 'downgradeMidYear'>, year: number): { level: string; levelYear: number } {
  const bySpend = levelForSpend(spentFen, settings.levels)
  const heldRank = levelRank(held.level, settings.levels)
  const spendRank = levelRank(bySpend.key, settings.levels)
  if (heldRank > spendRank && !settings.downgradeMidYear && held.levelYear === year) return { level: held.level!, levelYear: year }
  return { level: bySpend.key, levelYear: year }
}

export interface LevelProgress {
  current: LevelRule
  next: LevelRule | null
  /** Fen still to spend to reach `next` (0 at the top). */
  toNextFen: Fen
  /** 0–100, whole percent of the way from the current level's threshold to the next one's. */
  percent: number
}

/** The progress bar on the me page: from the held level towards the next one by spend. */
export function levelProgress(levelKey: string | undefined, spentFen: Fen, levels: readonly LevelRule[]): LevelProgress {
  const sorted = sortedLevels(levels)
  const rank = Math.max(0, levelRank(levelKey, levels))
  const current = sorted[rank]
  const next = sorted[rank + 1] ?? null
  if (!next) return { current, next: null, toNextFen: 0, percent: 100 }
  const span = next.thresholdFen - current.thresholdFen
  const done = Math.min(Math.max(0, spentFen - current.thresholdFen), span)
  return { current, next, toNextFen: Math.max(0, next.thresholdFen - spentFen), percent: span > 0 ? Math.floor((done * 100) / span) : 100 }
}

export const topLevelKey = (levels: readonly LevelRule[]): string => sortedLevels(levels).at(-1)!.key
