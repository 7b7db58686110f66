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

// Beijing time comes from the one time module; re-exported for the fakes that format WeChat's times.
export { SHANGHAI_OFFSET_MS, payTimestamp, shanghaiDateTime } from '../../cloudfunctions/domain/time'
