/**
 * The one writer of a reminder's `state` (domain/machines/reminder.machine.ts). The first raise creates
 * the record (its _id is the condition key's hash, so two crons racing create it once); a later raise
 * is a conditional update from `cleared` at the log length read, so it wins once per occurrence. The
 * raise parks its notice effect in the same write.
 */
import type { Actor } from '../../contracts/common'
import type { ReminderCondition, ReminderKind } from '../../domain/reminders'
import { reminderMachine, type ReminderEvent, type ReminderState } from '../../domain/machines'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { afterTransition } from '../outbox/outbox-runner'
import { pendingEffectsField, pendingEffectsFor, type PendingEffect } from '../outbox/pending-effect'
import { recordKey } from '../record-key'

export interface ReminderLogEntry {
  state: ReminderState
  event: ReminderEvent | 'raise'
  at: number
  actor: Actor
}

export interface ReminderRecord {
  _id: string
  key: string
  kind: ReminderKind
  subjectId: string
  state: ReminderState
  occurrence: number
  params: Record<string, string | number>
  raisedAt: number
  clearedAt: number | null
  updatedAt: number
  log: ReminderLogEntry[]
  pendingEffects?: PendingEffect[]
}

export const reminders = () => db().collection<ReminderRecord>(COLLECTION.reminders)
export const reminderId = (key: string) => recordKey('rem_', key)

/** Raises the condition: true when this call started a new occurrence (and so its one notice). */
export async function raiseReminder(c: ReminderCondition, existing: ReminderRecord | null, actor: Actor, now: number): Promise<boolean> {
  const id = reminderId(c.key)
  const entry: ReminderLogEntry = { state: 'active', event: 'raise', at: now, actor }
  if (!existing) {
    const effects = pendingEffectsFor('reminder', id, 'raise', 0, now, { reminderId: id })
    const record: ReminderRecord = { _id: id, key: c.key, kind: c.kind, subjectId: c.subjectId, state: 'active', occurrence: 1, params: c.params, raisedAt: now, clearedAt: null, updatedAt: now, log: [entry], ...(effects.length ? { pendingEffects: effects } : {}) }
    try {
      await reminders().add({ data: record as never })
    } catch {
      return false // another run created it first: that run reminds
    }
    await afterTransition(COLLECTION.reminders, id, effects, now)
    return true
  }
  const verdict = reminderMachine.can(existing.state, 'raise')
  if (!verdict.ok) return false
  const logIndex = existing.log.length
  const effects = pendingEffectsFor('reminder', id, 'raise', logIndex, now, { reminderId: id })
  const _ = db().command
  const won = await reminders()
    .where({ _id: id, state: existing.state, [`log.${logIndex}`]: _.exists(false) })
    .update({ data: { state: verdict.to, occurrence: _.inc(1), params: c.params, raisedAt: now, clearedAt: null, updatedAt: now, log: _.push([entry]), ...pendingEffectsField(effects) } })
  if (won.stats.updated !== 1) return false
  await afterTransition(COLLECTION.reminders, id, effects, now)
  return true
}

/** The condition no longer holds; true when this call cleared it. */
export async function clearReminder(record: ReminderRecord, actor: Actor, now: number): Promise<boolean> {
  const verdict = reminderMachine.can(record.state, 'clear')
  if (!verdict.ok) return false
  const logIndex = record.log.length
  const _ = db().command
  const won = await reminders()
    .where({ _id: record._id, state: record.state, [`log.${logIndex}`]: _.exists(false) })
    .update({ data: { state: verdict.to, clearedAt: now, updatedAt: now, log: _.push([{ state: verdict.to, event: 'clear', at: now, actor }]) } })
  return won.stats.updated === 1
}
