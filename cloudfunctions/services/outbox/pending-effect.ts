/**
 * The effects a transition asks for, as written onto the entity in the same conditional update as the
 * state change (`pendingEffects`), so a function that dies right after the transition loses nothing:
 * the outbox entry is created from there, by this call or by the cron sweep.
 */
import { createHash } from 'node:crypto'
import { effectsOf, type EffectName, type HookEntity, type MachineName } from '../../domain/machines'
import { db } from '../../platform/cloud'

export interface PendingEffect {
  /** Unique per (entity, transition, effect): the outbox entry's _id. */
  id: string
  effect: EffectName
  machine: MachineName
  entityId: string
  event: string
  /** Where the transition sits in the entity's log: tells two runs of the same event apart. */
  logIndex: number
  payload: Record<string, unknown>
  at: number
}

/** A hash of the parts, never a join: ids and events may contain any separator. */
export function effectId(machine: MachineName, entityId: string, event: string, logIndex: number, effect: EffectName): string {
  return createHash('sha256').update(JSON.stringify([machine, entityId, event, logIndex, effect])).digest('hex').slice(0, 32)
}

export function pendingEffectsFor(
  machine: MachineName,
  entityId: string,
  event: string,
  logIndex: number,
  now: number,
  payload: Record<string, unknown> = {},
  /** The entity as read before the transition: effects with a `when` (hooks.ts) park only if it holds. */
  entity?: HookEntity,
): PendingEffect[] {
  return effectsOf(machine, event, entity).map((effect) => ({
    id: effectId(machine, entityId, event, logIndex, effect),
    effect,
    machine,
    entityId,
    event,
    logIndex,
    payload,
    at: now,
  }))
}

/** The update fragment that parks effects on the entity; empty when the transition has none (no extra cost). */
export function pendingEffectsField(effects: readonly PendingEffect[]): Record<string, unknown> {
  return effects.length ? { pendingEffects: db().command.push([...effects]) } : {}
}
