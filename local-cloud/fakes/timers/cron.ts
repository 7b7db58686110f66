/**
 * WeChat cloud timer cron: 7 fields — second minute hour day month weekday year — evaluated in UTC+8
 * (docs/platform-facts.md §5). Supports `*`, numbers, lists `a,b`, ranges `a-b`, steps `*\/n`, `a-b/n`, `a/n`,
 * and `?` in day/weekday. Weekday 0 = Sunday. When both day and weekday are restricted, either one
 * matching is enough (as in classic cron); a field starting with `*` counts as unrestricted.
 */
import { SHANGHAI_OFFSET_MS } from '../clock'

export class CronError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CronError'
  }
}

interface FieldSpec {
  name: string
  min: number
  max: number
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'weekday', min: 0, max: 6 },
  { name: 'year', min: 1970, max: 2099 },
]

export interface CronSchedule {
  source: string
  seconds: ReadonlySet<number>
  minutes: ReadonlySet<number>
  hours: ReadonlySet<number>
  days: ReadonlySet<number>
  months: ReadonlySet<number>
  weekdays: ReadonlySet<number>
  years: ReadonlySet<number>
  dayRestricted: boolean
  weekdayRestricted: boolean
}

const bad = (expr: string, why: string) => new CronError(`无效的 cron 表达式 "${expr}"：${why} / invalid cron "${expr}": ${why}`)

function parseNumber(text: string, spec: FieldSpec, expr: string): number {
  if (!/^\d+$/.test(text)) throw bad(expr, `${spec.name} "${text}" is not a number`)
  const n = Number(text)
  if (n < spec.min || n > spec.max) throw bad(expr, `${spec.name} ${n} is outside ${spec.min}-${spec.max}`)
  return n
}

function parseField(text: string, spec: FieldSpec, expr: string): Set<number> {
  const values = new Set<number>()
  if (text === '?' && (spec.name === 'day' || spec.name === 'weekday')) text = '*'
  for (const part of text.split(',')) {
    const [range, stepText, extra] = part.split('/')
    if (extra !== undefined || range === '') throw bad(expr, `${spec.name} "${part}" is malformed`)
    const step = stepText === undefined ? 1 : parseNumber(stepText, { ...spec, min: 1, max: spec.max - spec.min + 1 }, expr)
    let from: number
    let to: number
    if (range === '*') {
      from = spec.min
      to = spec.max
    } else if (range.includes('-')) {
      const [a, b, more] = range.split('-')
      if (more !== undefined) throw bad(expr, `${spec.name} "${part}" is malformed`)
      from = parseNumber(a, spec, expr)
      to = parseNumber(b, spec, expr)
      if (from > to) throw bad(expr, `${spec.name} range ${range} runs backwards`)
    } else {
      from = parseNumber(range, spec, expr)
      // `a/n` means from a to the end in steps of n; a bare number is just itself.
      to = stepText === undefined ? from : spec.max
    }
    for (let v = from; v <= to; v += step) values.add(v)
  }
  return values
}

export function parseCron(expr: string): CronSchedule {
  const parts = expr.trim().split(/\s+/)
  if (parts.length !== 7) throw bad(expr, `expected 7 fields (second minute hour day month weekday year), got ${parts.length}`)
  const [seconds, minutes, hours, days, months, weekdays, years] = parts.map((p, i) => parseField(p, FIELDS[i], expr))
  const restricted = (field: string) => !field.startsWith('*') && field !== '?'
  return {
    source: expr,
    seconds,
    minutes,
    hours,
    days,
    months,
    weekdays,
    years,
    dayRestricted: restricted(parts[3]),
    weekdayRestricted: restricted(parts[5]),
  }
}

function dayMatches(schedule: CronSchedule, day: number, weekday: number): boolean {
  const byDay = schedule.days.has(day)
  const byWeekday = schedule.weekdays.has(weekday)
  if (schedule.dayRestricted && schedule.weekdayRestricted) return byDay || byWeekday
  return byDay && byWeekday
}

/** Does the schedule fire at this instant (second resolution)? */
export function cronMatches(cron: string | CronSchedule, ms: number): boolean {
  const s = typeof cron === 'string' ? parseCron(cron) : cron
  const d = new Date(ms + SHANGHAI_OFFSET_MS)
  return (
    s.years.has(d.getUTCFullYear()) &&
    s.months.has(d.getUTCMonth() + 1) &&
    dayMatches(s, d.getUTCDate(), d.getUTCDay()) &&
    s.hours.has(d.getUTCHours()) &&
    s.minutes.has(d.getUTCMinutes()) &&
    s.seconds.has(d.getUTCSeconds())
  )
}

/**
 * The first whole second strictly after `after` (epoch ms) at which the schedule fires, or null when
 * it never fires again (e.g. its years are past, or it names 31 February).
 */
export function nextFireTime(cron: string | CronSchedule, after: number): number | null {
  const s = typeof cron === 'string' ? parseCron(cron) : cron
  // Walk Beijing wall-clock time using UTC getters; jump whole units when a larger field misses.
  let wall = Math.floor(after / 1000) * 1000 + 1000 + SHANGHAI_OFFSET_MS
  for (let guard = 0; guard < 1_000_000; guard++) {
    const d = new Date(wall)
    const year = d.getUTCFullYear()
    const month = d.getUTCMonth()
    const day = d.getUTCDate()
    const hour = d.getUTCHours()
    const minute = d.getUTCMinutes()
    if (year > 2099) return null
    if (!s.years.has(year)) wall = Date.UTC(year + 1, 0, 1)
    else if (!s.months.has(month + 1)) wall = Date.UTC(year, month + 1, 1)
    else if (!dayMatches(s, day, d.getUTCDay())) wall = Date.UTC(year, month, day + 1)
    else if (!s.hours.has(hour)) wall = Date.UTC(year, month, day, hour + 1)
    else if (!s.minutes.has(minute)) wall = Date.UTC(year, month, day, hour, minute + 1)
    else if (!s.seconds.has(d.getUTCSeconds())) wall += 1000
    else return wall - SHANGHAI_OFFSET_MS
  }
  return null
}
