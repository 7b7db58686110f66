/**
 * Segments and RFM scores, computed nightly for every member. Pure.
 *
 * Segment (one per member, the first rule that holds):
 *   vip     — holds the top level;
 *   new     — no paid order yet;
 *   active  — last paid order within 30 days;
 *   dormant — no paid order in the last 90 days;
 *   between 31 and 90 days a member is still `active` for targeting (not dormant yet); the RFM recency
 *   score tells the two apart (5 within 30 days, 4 / 3 for 31–60 / 61–90).
 * RFM: recency, frequency, monetary, each 1–5 (0 = never paid), thresholds below.
 */
import { DAY_MS } from './points'
import type { Segment } from './member-pricing'

type Fen = number

export interface SegmentFacts {
  level?: string
  paidOrderCount?: number
  lastPaidAt?: number | null
  spentFen?: Fen
}

export function segmentOf(m: SegmentFacts, now: number, topLevel: string): Segment {
  if (m.level === topLevel) return 'vip'
  if (!((m.paidOrderCount ?? 0) > 0) || !m.lastPaidAt) return 'new'
  const days = (now - m.lastPaidAt) / DAY_MS
  if (days > 90) return 'dormant'
  return 'active'
}

export interface Rfm {
  r: number
  f: number
  m: number
}

const score = (value: number, cuts: readonly number[]) => 1 + cuts.filter((c) => value >= c).length

export function rfmOf(m: SegmentFacts, now: number): Rfm {
  if (!((m.paidOrderCount ?? 0) > 0) || !m.lastPaidAt) return { r: 0, f: 0, m: 0 }
  const days = Math.max(0, (now - m.lastPaidAt) / DAY_MS)
  const r = days <= 30 ? 5 : days <= 60 ? 4 : days <= 90 ? 3 : days <= 180 ? 2 : 1
  return { r, f: score(m.paidOrderCount ?? 0, [2, 3, 5, 10]), m: score(m.spentFen ?? 0, [10_000, 50_000, 200_000, 500_000]) }
}

export const SEGMENTS: readonly Segment[] = ['new', 'active', 'dormant', 'vip']
