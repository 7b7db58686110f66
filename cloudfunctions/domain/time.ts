/**
 * Time in one place: every wall-clock format and day boundary the shop uses is Asia/Shanghai (Beijing
 * time), whatever zone the machine or phone runs in. Pure (dayjs only), shared with the mini program.
 *
 * China has had no daylight saving since 1991, so Asia/Shanghai is a fixed UTC+8 for every instant the
 * shop handles. The module therefore shifts the instant by 8 h and reads it in UTC (dayjs's utc plugin):
 * nothing depends on the machine's or phone's zone. Not dayjs's timezone plugin nor `utcOffset(480)`:
 * both derive fields through the local zone, and on a machine whose zone has DST (tested with
 * TZ=America/New_York) their startOf('day') lands an hour or two off around the switch; the timezone
 * plugin also needs Intl zone data that not every mini program JS engine ships. tests/unit/domain/time
 * checks the fixed offset against Intl's real Asia/Shanghai zone.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

export const SHOP_TIME_ZONE = 'Asia/Shanghai'
/** UTC+8, in ms; also for code that walks wall-clock fields with UTC getters (the local cron matcher). */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000
const DAY_MS = 86_400_000

/** dayjs format tokens, Beijing time: formatShanghai(ms, 'YYYY-MM-DD HH:mm'). No `Z` token: see rfc3339Shanghai. */
export function formatShanghai(ms: number, pattern: string): string {
  return dayjs.utc(ms + SHANGHAI_OFFSET_MS).format(pattern)
}

/** WeChat Pay v2 times (`time_start`, `time_expire`, `time_end`): yyyyMMddHHmmss, Beijing time. */
export const payTimestamp = (ms: number): string => formatShanghai(ms, 'YYYYMMDDHHmmss')

/** 'yyyy-MM-dd HH:mm:ss', Beijing time (WeChat Pay refund `success_time`, Kuaidi100 `time`). */
export const shanghaiDateTime = (ms: number): string => formatShanghai(ms, 'YYYY-MM-DD HH:mm:ss')

/** RFC 3339 with the +08:00 offset, seconds precision (shipping-info `upload_time`). */
export const rfc3339Shanghai = (ms: number): string => `${formatShanghai(ms, 'YYYY-MM-DDTHH:mm:ss')}+08:00`

/** The Beijing calendar day of an instant, 'YYYY-MM-DD'. */
export const shanghaiDay = (ms: number): string => formatShanghai(ms, 'YYYY-MM-DD')

/** Epoch ms of the Beijing midnight that starts the day `ms` falls in. */
export function startOfShanghaiDay(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS
}

/** `ms` moved by whole Beijing calendar days (negative goes back). */
export function addShanghaiDays(ms: number, days: number): number {
  return ms + days * DAY_MS // every Beijing day is 24 h long (no DST)
}
