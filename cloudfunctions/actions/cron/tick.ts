import { defineAction } from '../../core/action'
import { TimerEvent } from '../../contracts/cron'
import { recordHeartbeat } from '../../services/cron.service'

export const cronTick = defineAction({
  name: 'cron.tick',
  role: 'system',
  summary: 'Timer trigger: runs due jobs and records a heartbeat the merchant can check',
  input: TimerEvent,
  handler: (input, ctx) => recordHeartbeat(input.TriggerName, ctx.now()),
})
