/** Injectable time so tests can step past WeChat's waiting rules (5-minute close, cron schedules). */
export interface Clock {
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

export interface ManualClock extends Clock {
  set(ms: number): void
  advance(ms: number): void
}

export function manualClock(startMs: number): ManualClock {
  let current = startMs
  return {
    now: () => current,
    set: (ms) => {
      current = ms
    },
    advance: (ms) => {
      current += ms
    },
  }
}

/** China has had no daylight saving since 1991, so Asia/Shanghai is a fixed +8h. */
export const SHANGHAI_OFFSET_MS = 8 * 3600_000

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function shanghaiParts(ms: number) {
  const d = new Date(ms + SHANGHAI_OFFSET_MS)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  }
}

/** WeChat Pay v2 `time_end`: yyyyMMddHHmmss in Beijing time. */
export function payTimestamp(ms: number): string {
  const p = shanghaiParts(ms)
  return `${p.year}${pad(p.month)}${pad(p.day)}${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`
}

/** WeChat Pay v2 refund `success_time` and Kuaidi100 `time`: 'yyyy-MM-dd HH:mm:ss' in Beijing time. */
export function shanghaiDateTime(ms: number): string {
  const p = shanghaiParts(ms)
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`
}
