import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { manualClock } from '../../../local-cloud/fakes/clock'
import { readTimerTriggers } from '../../../local-cloud/fakes/timers/timer-triggers'
import { TimerScheduler } from '../../../local-cloud/fakes/timers/timer-scheduler'
import { recordingRuntime } from './fake-runtime'

let dir: string
const writeConfig = (fn: string, config: unknown) => {
  mkdirSync(join(dir, fn), { recursive: true })
  writeFileSync(join(dir, fn, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config))
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fakes-fns-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('readTimerTriggers', () => {
  it('reads the timer of each function that declares one', () => {
    writeConfig('cron', { permissions: { openapi: [] }, triggers: [{ name: 'everyMinute', type: 'timer', config: '0 * * * * * *' }] })
    writeConfig('shop', { permissions: { openapi: ['subscribeMessage.send'] }, triggers: [] })
    mkdirSync(join(dir, 'admin'))
    expect(readTimerTriggers(dir).map((t) => [t.fn, t.name, t.cron])).toEqual([['cron', 'everyMinute', '0 * * * * * *']])
  })

  it.each([
    ['a bad cron', { triggers: [{ name: 't', type: 'timer', config: '* * * * *' }] }, /7 fields/],
    ['two triggers', { triggers: [{ name: 'a', type: 'timer', config: '0 * * * * * *' }, { name: 'b', type: 'timer', config: '0 * * * * * *' }] }, /one trigger/],
    ['a non-timer type', { triggers: [{ name: 't', type: 'http', config: '0 * * * * * *' }] }, /timer/],
    ['a name starting with a digit', { triggers: [{ name: '1t', type: 'timer', config: '0 * * * * * *' }] }, /name/],
    ['broken JSON', '{', /not valid JSON/],
  ])('fails loudly on %s', (_label, config, why) => {
    writeConfig('cron', config)
    expect(() => readTimerTriggers(dir)).toThrow(why)
  })

  it('returns nothing when the functions have not been built', () => {
    expect(readTimerTriggers(join(dir, 'missing'))).toEqual([])
  })
})

describe('TimerScheduler.fire', () => {
  it('invokes the function with the Timer event as wx_trigger, without an openid', async () => {
    writeConfig('cron', { triggers: [{ name: 'everyMinute', type: 'timer', config: '0 * * * * * *' }] })
    const rt = recordingRuntime(() => ({ ok: true }))
    const clock = manualClock(Date.parse('2026-03-01T02:03:04.567Z'))
    const timers = new TimerScheduler({ runtime: rt.runtime, functionsDir: dir, clock })
    const firing = await timers.fire('cron')
    expect(rt.invokes).toEqual([
      { fn: 'cron', event: { Type: 'Timer', TriggerName: 'everyMinute', Time: '2026-03-01T02:03:04Z' }, identity: { openid: null, source: 'wx_trigger' } },
    ])
    expect(firing).toMatchObject({ fn: 'cron', name: 'everyMinute', result: { ok: true }, error: null })
    expect(timers.list()).toEqual([
      { fn: 'cron', name: 'everyMinute', cron: '0 * * * * * *', nextAt: Date.parse('2026-03-01T02:04:00Z'), lastFiring: firing },
    ])
    await expect(timers.fire('cron', 'other')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(timers.fire('shop')).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
