/**
 * The dashboard's periods, in Beijing days (domain/time.ts): "today" is the Beijing calendar day of now,
 * "7 days" is today and the six days before it, "30 days" today and the 29 before. Every window is
 * [from, to) in epoch ms, `to` the end of today, so figures for a period never include tomorrow.
 *
 * The database groups by `dayIndex` (whole Beijing days since the epoch): floor((ms + 8 h) / 24 h) is
 * plain arithmetic an aggregate pipeline can compute ($add, $divide, $floor) without time-zone support,
 * and it is exact because Asia/Shanghai has no daylight saving (a fixed UTC+8).
 */
import { SHANGHAI_OFFSET_MS, shanghaiDay, startOfShanghaiDay } from '../time'

export const DAY_MS = 86_400_000
export const PERIODS = ['today', 'd7', 'd30'] as const
export type Period = (typeof PERIODS)[number]
export const PERIOD_DAYS: Readonly<Record<Period, number>> = { today: 1, d7: 7, d30: 30 }
/** The chart and the widest period: 30 Beijing days ending today. */
export const CHART_DAYS = 30

export interface Window {
  from: number
  to: number
}

/** Whole Beijing days since 1970-01-01 (Beijing) of an instant. */
export function dayIndex(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS)
}

/** Epoch ms of the Beijing midnight that starts day `index`. */
export function dayStart(index: number): number {
  return index * DAY_MS - SHANGHAI_OFFSET_MS
}

/** The window of `days` Beijing days ending with today (the day of `now`). */
export function lastDays(now: number, days: number): Window {
  const to = startOfShanghaiDay(now) + DAY_MS
  return { from: to - days * DAY_MS, to }
}

export function periodWindow(period: Period, now: number): Window {
  return lastDays(now, PERIOD_DAYS[period])
}

/** Day indexes of the last `days` days, oldest first, with their 'YYYY-MM-DD' labels. */
export function daysOf(now: number, days: number): { index: number; day: string }[] {
  const today = dayIndex(now)
  return Array.from({ length: days }, (_, i) => {
    const index = today - days + 1 + i
    return { index, day: shanghaiDay(dayStart(index)) }
  })
}

/**
 * 'YYYY-MM-DD' (Beijing) → epoch ms of its midnight; the export's range is [fromDay 00:00, toDay + 1
 * 00:00). Null for text that is not a real calendar day.
 */
export function parseShanghaiDay(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return null
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  const back = new Date(utc)
  if (back.getUTCFullYear() !== Number(m[1]) || back.getUTCMonth() !== Number(m[2]) - 1 || back.getUTCDate() !== Number(m[3])) return null
  return utc - SHANGHAI_OFFSET_MS
}

/** The export range of whole Beijing days, inclusive of both; null when reversed or invalid. */
export function dayRange(fromDay: string, toDay: string): Window | null {
  const from = parseShanghaiDay(fromDay)
  const last = parseShanghaiDay(toDay)
  if (from === null || last === null || last < from) return null
  return { from, to: last + DAY_MS }
}
