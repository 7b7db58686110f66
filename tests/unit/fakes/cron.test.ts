import { describe, expect, it } from 'vitest'
import { cronMatches, CronError, nextFireTime, parseCron } from '../../../local-cloud/fakes/timers/cron'

/** Beijing wall-clock time → epoch ms. */
const bj = (iso: string) => Date.parse(`${iso}+08:00`)

describe('parseCron', () => {
  it('expands *, numbers, lists, ranges and steps', () => {
    const s = parseCron('0,30 */15 9-11 1 1-12/3 * 2026')
    expect([...s.seconds]).toEqual([0, 30])
    expect([...s.minutes]).toEqual([0, 15, 30, 45])
    expect([...s.hours]).toEqual([9, 10, 11])
    expect([...s.months]).toEqual([1, 4, 7, 10])
    expect([...s.years]).toEqual([2026])
    expect(s.dayRestricted).toBe(true)
    expect(s.weekdayRestricted).toBe(false)
  })

  it.each([
    ['0 * * * * *', /7 fields/],
    ['60 * * * * * *', /second 60 is outside 0-59/],
    ['0 * 24 * * * *', /hour 24/],
    ['0 * * 0 * * *', /day 0/],
    ['0 * * * 13 * *', /month 13/],
    ['0 * * * * 7 *', /weekday 7/],
    ['0 * * * * * 2100', /year 2100/],
    ['0 5-1 * * * * *', /runs backwards/],
    ['0 */0 * * * * *', /outside/],
    ['0 a * * * * *', /not a number/],
    ['0 1,,2 * * * * *', /malformed/],
  ])('rejects %s', (expr, why) => {
    expect(() => parseCron(expr)).toThrow(CronError)
    expect(() => parseCron(expr)).toThrow(why)
  })
})

describe('nextFireTime (UTC+8)', () => {
  it('every minute at second 0 — the cron function\'s own trigger', () => {
    expect(nextFireTime('0 * * * * * *', bj('2026-03-01T10:15:42'))).toBe(bj('2026-03-01T10:16:00'))
  })

  it('is strictly after the given instant', () => {
    expect(nextFireTime('0 * * * * * *', bj('2026-03-01T10:16:00'))).toBe(bj('2026-03-01T10:17:00'))
  })

  it('reads hours in Beijing time, not UTC', () => {
    // 02:00 Beijing is 18:00 UTC the day before.
    const next = nextFireTime('0 0 2 * * * *', bj('2026-03-01T12:00:00'))!
    expect(new Date(next).toISOString()).toBe('2026-03-01T18:00:00.000Z')
  })

  it('rolls over month and year ends', () => {
    expect(nextFireTime('0 0 0 1 1 * *', bj('2026-12-31T23:59:59'))).toBe(bj('2027-01-01T00:00:00'))
  })

  it('fires on a weekday when only the weekday is set', () => {
    // 2026-03-01 is a Sunday; the next Monday is 03-02.
    expect(nextFireTime('0 0 8 * * 1 *', bj('2026-03-01T09:00:00'))).toBe(bj('2026-03-02T08:00:00'))
  })

  it('fires when either day or weekday matches if both are set', () => {
    // day 15 or Friday: from Sunday 03-01 the first Friday (03-06) comes before the 15th.
    expect(nextFireTime('0 0 8 15 * 5 *', bj('2026-03-01T09:00:00'))).toBe(bj('2026-03-06T08:00:00'))
    // from Saturday 03-14 the 15th (a Sunday) comes before the next Friday.
    expect(nextFireTime('0 0 8 15 * 5 *', bj('2026-03-14T09:00:00'))).toBe(bj('2026-03-15T08:00:00'))
  })

  it('skips months too short for the day', () => {
    expect(nextFireTime('0 0 0 31 * * *', bj('2026-04-01T00:00:00'))).toBe(bj('2026-05-31T00:00:00'))
  })

  it('handles leap days', () => {
    expect(nextFireTime('0 0 0 29 2 * *', bj('2026-01-01T00:00:00'))).toBe(bj('2028-02-29T00:00:00'))
  })

  it('returns null when the schedule never fires again', () => {
    expect(nextFireTime('0 0 0 1 1 * 2020', bj('2026-01-01T00:00:00'))).toBeNull()
    expect(nextFireTime('0 0 0 31 2 * *', bj('2026-01-01T00:00:00'))).toBeNull()
  })

  it('agrees with cronMatches on every second it returns', () => {
    const exprs = ['*/7 * * * * * *', '0 */5 * * * * *', '30 10 */6 * * 0,6 *', '0 0 12 1-7 * 1 *']
    for (const expr of exprs) {
      let t = bj('2026-02-27T23:00:00')
      for (let i = 0; i < 20; i++) {
        const next = nextFireTime(expr, t)!
        expect(cronMatches(expr, next)).toBe(true)
        expect(next).toBeGreaterThan(t)
        t = next
      }
    }
  })

  it('never skips a matching second (brute force over six hours)', () => {
    for (const expr of ['*/7 */13 * * * * *', '15,45 0-10 1,3,5 * * * *']) {
      const start = bj('2026-03-01T00:00:00')
      let expected = nextFireTime(expr, start - 1000)
      for (let t = start; t < start + 6 * 3600_000; t += 1000) {
        if (cronMatches(expr, t)) {
          expect(expected).toBe(t)
          expected = nextFireTime(expr, t)
        }
      }
    }
  })
})
