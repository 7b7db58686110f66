import { defineAction } from '../../core/action'
import { OutboxRetryInput } from '../../contracts/outbox'
import { retryDeadEffect } from '../../services/outbox/outbox-runner'
import { toTroubled } from './list'

export const outboxRetry = defineAction({
  name: 'outbox.retry',
  role: 'staff',
  permission: 'settings.write',
  summary: 'Give a side effect that gave up a fresh round of attempts (the next cron tick runs it)',
  input: OutboxRetryInput,
  handler: async (input, ctx) => toTroubled(await retryDeadEffect(input.id, ctx.now())),
})
