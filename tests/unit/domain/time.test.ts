import { describe, expect, it } from 'vitest'
import {
  SHOP_TIME_ZONE,
  addShanghaiDays,
  formatShanghai,
  payTimestamp,
  rfc3339Shanghai,
  shanghaiDateTime,
  shanghaiDay,
  startOfShanghaiDay,
} from '../../../cloudfunctions/domain/time'

/** Intl's own Asia/Shanghai zone (Node ships full ICU): the reference the fixed offset is checked against. */
const intl = new Intl.DateTimeFormat('en-CA', {
  timeZone: SHOP_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})
const intlShanghai = (ms: number) => {
  const p = Object.fromEntries(intl.formatToParts(ms).map((x) => [x.type, x.value]))
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`
}

/** 2026-03-14T15:59:00Z is 23:59 in Beijing; one minute later, 16:00Z, is 00:00 the next Beijing day. */
const BEFORE_MIDNIGHT = Date.UTC(2026, 2, 14, 15, 59, 0)
const MIDNIGHT = Date.UTC(2026, 2, 14, 16, 0, 0)

describe('domain/time (Asia/Shanghai)', () => {
  it('puts 23:59 and 00:00 Beijing on different days around UTC 16:00', () => {
    expect(formatShanghai(BEFORE_MIDNIGHT, 'YYYY-MM-DD HH:mm')).toBe('2026-03-14 23:59')
    expect(formatShanghai(MIDNIGHT, 'YYYY-MM-DD HH:mm')).toBe('2026-03-15 00:00')
    expect(shanghaiDay(BEFORE_MIDNIGHT)).toBe('2026-03-14')
    expect(shanghaiDay(MIDNIGHT)).toBe('2026-03-15')
  })

  it('starts a Beijing day at 16:00 UTC of the day before', () => {
    expect(startOfShanghaiDay(BEFORE_MIDNIGHT)).toBe(Date.UTC(2026, 2, 13, 16, 0, 0))
    expect(startOfShanghaiDay(MIDNIGHT)).toBe(MIDNIGHT)
    expect(startOfShanghaiDay(MIDNIGHT + 1)).toBe(MIDNIGHT)
    // Early Beijing morning is still the previous UTC date.
    expect(startOfShanghaiDay(Date.UTC(2026, 2, 14, 17, 30))).toBe(MIDNIGHT)
  })

  it('adds Beijing calendar days, across month and year ends', () => {
    expect(addShanghaiDays(MIDNIGHT, -6)).toBe(Date.UTC(2026, 2, 8, 16, 0, 0))
    expect(shanghaiDay(addShanghaiDays(Date.UTC(2026, 11, 31, 15, 0), 1))).toBe('2027-01-01')
    expect(shanghaiDay(addShanghaiDays(Date.UTC(2028, 1, 28, 17, 0), 1))).toBe('2028-03-01')
  })

  it('formats WeChat Pay, refund and shipping-info times in Beijing time', () => {
    expect(payTimestamp(BEFORE_MIDNIGHT + 7_000)).toBe('20260314235907')
    expect(payTimestamp(MIDNIGHT)).toBe('20260315000000')
    expect(shanghaiDateTime(MIDNIGHT + 61_000)).toBe('2026-03-15 00:01:01')
    expect(rfc3339Shanghai(MIDNIGHT + 123)).toBe('2026-03-15T00:00:00+08:00')
  })

  it('does not depend on the machine zone', () => {
    const was = process.env.TZ
    try {
      process.env.TZ = 'America/Los_Angeles'
      expect(shanghaiDay(MIDNIGHT)).toBe('2026-03-15')
      expect(startOfShanghaiDay(BEFORE_MIDNIGHT)).toBe(Date.UTC(2026, 2, 13, 16, 0, 0))
    } finally {
      if (was === undefined) delete process.env.TZ
      else process.env.TZ = was
    }
  })

  it('agrees with the real Asia/Shanghai zone (no DST since 1991) through a year, every 7 h', () => {
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 7 * 3_600_000 + 17_000) {
      expect(formatShanghai(ms, 'YYYY-MM-DD HH:mm:ss')).toBe(intlShanghai(ms))
      const start = startOfShanghaiDay(ms)
      expect(intlShanghai(start)).toBe(`${intlShanghai(ms).slice(0, 10)} 00:00:00`)
      expect(ms - start).toBeGreaterThanOrEqual(0)
      expect(ms - start).toBeLessThan(86_400_000)
    }
  })
})
