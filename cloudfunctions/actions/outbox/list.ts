import { defineAction } from '../../core/action'
import { OutboxListInput, type TroubledEffect } from '../../contracts/outbox'
import { listTroubledEffects } from '../../services/outbox/outbox-runner'

export const outboxList = defineAction({
  name: 'outbox.list',
  role: 'staff',
  permission: 'audit.read',
  summary: 'Side effects (WeChat shipping-info uploads, refund bookings) that keep failing or gave up',
  input: OutboxListInput,
  handler: async (input) => {
    const page = await listTroubledEffects(input)
    return { ...page, items: page.items.map(toTroubled) }
  },
})

export function toTroubled(e: { _id: string; effect: string; machine: string; entityId: string; event: string; state: string; attempts: number; nextAttemptAt: number; lastError: string | null; createdAt: number; updatedAt: number }): TroubledEffect {
  const { _id, effect, machine, entityId, event, state, attempts, nextAttemptAt, lastError, createdAt, updatedAt } = e
  return { _id, effect, machine, entityId, event, state: state as TroubledEffect['state'], attempts, nextAttemptAt, lastError, createdAt, updatedAt }
}
