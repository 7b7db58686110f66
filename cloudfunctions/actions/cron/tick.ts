import { defineAction } from '../../core/action'
import { TimerEvent } from '../../contracts/cron'
import { runDueJobs } from '../../services/cron.service'

/**
 * Jobs run "as of" the trigger's own time (WeChat stamps `Time`), so a late or replayed tick decides
 * exactly as the scheduled one would have; without a readable Time, the clock now.
 */
export const cronTick = defineAction({
  name: 'cron.tick',
  role: 'system',
  summary: 'Timer trigger: unpaid timeout, pay reconciliation, auto-complete; records a heartbeat',
  input: TimerEvent,
  handler: (input, ctx) => {
    const stamped = Date.parse(input.Time)
    return runDueJobs(input.TriggerName, Number.isFinite(stamped) ? Math.max(stamped, ctx.now()) : ctx.now())
  },
})
