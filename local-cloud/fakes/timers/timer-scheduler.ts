/**
 * Fires timer triggers the way WeChat does: `invoke(fn, { Type: 'Timer', TriggerName, Time }, { source:
 * 'wx_trigger' })` with no OPENID, on schedule and on demand. Timers are unref'd so a dev server or a
 * test process can still exit.
 */
import { systemClock, type Clock } from '../clock'
import { FakeError } from '../fake-error'
import type { RuntimePort } from '../runtime-port'
import { nextFireTime } from './cron'
import { readTimerTriggers, type TimerTrigger } from './timer-triggers'

/** setTimeout cannot wait longer than this; longer waits are done in hops. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1

export interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
  /** UTC ISO without milliseconds, as the platform sends it ("2019-02-21T11:49:00Z"). */
  Time: string
}

export interface TimerFiring {
  fn: string
  name: string
  time: string
  result: unknown
  error: string | null
}

export interface TimerStatus {
  fn: string
  name: string
  cron: string
  nextAt: number | null
  lastFiring: TimerFiring | null
}

export interface TimerSchedulerOptions {
  runtime: Pick<RuntimePort, 'invoke'>
  /** Where built functions live; each `<fn>/config.json` may declare a timer trigger. */
  functionsDir?: string
  /** Or give the triggers directly (tests). */
  triggers?: TimerTrigger[]
  clock?: Clock
  onFired?: (firing: TimerFiring) => void
}

export const timerEventTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

export class TimerScheduler {
  private triggers: TimerTrigger[] = []
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly nextAt = new Map<string, number | null>()
  private readonly lastFiring = new Map<string, TimerFiring>()
  private readonly clock: Clock
  private running = false

  constructor(private readonly options: TimerSchedulerOptions) {
    this.clock = options.clock ?? systemClock
    this.load()
  }

  /** Re-read config.json files, e.g. after a rebuild. Throws on a trigger WeChat would refuse. */
  load(): void {
    this.triggers = this.options.triggers ?? (this.options.functionsDir ? readTimerTriggers(this.options.functionsDir) : [])
    if (this.running) {
      this.clearTimers()
      for (const trigger of this.triggers) this.scheduleNext(trigger)
    }
  }

  start(): void {
    if (this.running) return
    this.running = true
    for (const trigger of this.triggers) this.scheduleNext(trigger)
  }

  stop(): void {
    this.running = false
    this.clearTimers()
  }

  list(): TimerStatus[] {
    return this.triggers.map((t) => ({
      fn: t.fn,
      name: t.name,
      cron: t.cron,
      nextAt: this.running ? (this.nextAt.get(key(t)) ?? null) : nextFireTime(t.schedule, this.clock.now()),
      lastFiring: this.lastFiring.get(key(t)) ?? null,
    }))
  }

  /** Fire now, regardless of schedule. Without `name`, the function's only trigger. */
  async fire(fn: string, name?: string): Promise<TimerFiring> {
    const trigger = this.triggers.find((t) => t.fn === fn && (name === undefined || t.name === name))
    if (!trigger)
      throw new FakeError('NOT_FOUND', `没有这个定时触发器 / no timer trigger ${name ? `${fn}.${name}` : `for ${fn}`}`)
    return this.invoke(trigger, this.clock.now())
  }

  private async invoke(trigger: TimerTrigger, at: number): Promise<TimerFiring> {
    const event: TimerEvent = { Type: 'Timer', TriggerName: trigger.name, Time: timerEventTime(at) }
    let result: unknown = null
    let error: string | null = null
    try {
      result = await this.options.runtime.invoke(trigger.fn, event, { openid: null, source: 'wx_trigger' })
    } catch (e) {
      error = e instanceof Error ? e.message : String(e)
    }
    const firing: TimerFiring = { fn: trigger.fn, name: trigger.name, time: event.Time, result, error }
    this.lastFiring.set(key(trigger), firing)
    this.options.onFired?.(firing)
    return firing
  }

  private scheduleNext(trigger: TimerTrigger, after = this.clock.now()): void {
    const at = nextFireTime(trigger.schedule, after)
    this.nextAt.set(key(trigger), at)
    if (at === null) return
    this.wait(trigger, at)
  }

  private wait(trigger: TimerTrigger, at: number): void {
    const delay = Math.max(0, at - this.clock.now())
    const timer = setTimeout(() => {
      if (!this.running) return
      if (this.clock.now() < at) return this.wait(trigger, at)
      // The platform does not wait for the previous run, so neither do we.
      void this.invoke(trigger, at)
      this.scheduleNext(trigger, at)
    }, Math.min(delay, MAX_TIMEOUT_MS))
    timer.unref()
    this.timers.set(key(trigger), timer)
  }

  private clearTimers(): void {
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
  }
}

const key = (t: TimerTrigger) => `${t.fn}.${t.name}`
