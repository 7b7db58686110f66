/**
 * Reads the timer triggers from each built function's config.json (dist/cloudfunctions/<fn>/config.json),
 * checking them by WeChat's rules so a trigger that would be refused on upload fails here too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseCron, type CronSchedule } from './cron'

export interface TimerTrigger {
  fn: string
  name: string
  cron: string
  schedule: CronSchedule
}

const TRIGGER_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/

export function triggersFromConfig(fn: string, config: unknown): TimerTrigger[] {
  const triggers = (config as { triggers?: unknown } | null)?.triggers
  if (triggers === undefined) return []
  const where = `${fn}/config.json`
  if (!Array.isArray(triggers)) throw new Error(`${where}: triggers 须为数组 / triggers must be an array`)
  if (triggers.length > 1) throw new Error(`${where}: 每个函数只能有一个触发器 / WeChat allows one trigger per function`)
  return triggers.map((t: { name?: unknown; type?: unknown; config?: unknown }) => {
    if (t.type !== 'timer') throw new Error(`${where}: 触发器类型须为 timer / trigger type must be "timer"`)
    if (typeof t.name !== 'string' || !TRIGGER_NAME.test(t.name))
      throw new Error(`${where}: 触发器名称无效 / trigger name must match ${TRIGGER_NAME}`)
    if (typeof t.config !== 'string') throw new Error(`${where}: 缺少 cron / trigger config (cron) is required`)
    return { fn, name: t.name, cron: t.config, schedule: parseCron(t.config) }
  })
}

export function readTimerTriggers(functionsDir: string): TimerTrigger[] {
  if (!existsSync(functionsDir)) return []
  const triggers: TimerTrigger[] = []
  for (const fn of readdirSync(functionsDir).sort()) {
    const configPath = join(functionsDir, fn, 'config.json')
    if (!statSync(join(functionsDir, fn)).isDirectory() || !existsSync(configPath)) continue
    let config: unknown
    try {
      config = JSON.parse(readFileSync(configPath, 'utf8'))
    } catch (e) {
      throw new Error(`${fn}/config.json 不是合法 JSON / is not valid JSON: ${(e as Error).message}`)
    }
    triggers.push(...triggersFromConfig(fn, config))
  }
  return triggers
}
