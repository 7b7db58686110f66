/**
 * The one writer of a group's `status` (domain/machines/group.machine.ts): a conditional update on the
 * state (and seat count) it read, appending the log entry and parking the transition's effects. Taking a
 * seat is the same kind of write: conditional on the seats it saw, and when it takes the last seat it
 * carries the `fill` transition in that very update, so a group can never take more than its size.
 */
import type { Actor } from '../../contracts/common'
import { AppError } from '../../core/errors'
import { groupMachine, type GroupEvent } from '../../domain/machines'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { afterTransition } from '../outbox/outbox-runner'
import { pendingEffectsField, pendingEffectsFor, type PendingEffect } from '../outbox/pending-effect'
import { groups, type GroupDoc, type GroupMember } from './group-record'

function transitionFields(group: GroupDoc, event: GroupEvent, actor: Actor, now: number): { data: Record<string, unknown>; effects: PendingEffect[] } {
  const verdict = groupMachine.can(group.status, event)
  if (!verdict.ok) throw new AppError('CONFLICT', verdict.key, verdict.params, { groupId: group._id })
  const effects = pendingEffectsFor('group', group._id, event, group.log.length, now, { groupId: group._id })
  const _ = db().command
  return {
    effects,
    data: { status: verdict.to, updatedAt: now, log: _.push([{ from: group.status, to: verdict.to, event, at: now, actor }]), ...pendingEffectsField(effects) },
  }
}

/** Moves the group iff it is still in the state we read; false when another writer won. */
export async function transitionGroup(group: GroupDoc, event: GroupEvent, actor: Actor, now: number): Promise<boolean> {
  const write = transitionFields(group, event, actor, now)
  const won = await groups().where({ _id: group._id, status: group.status }).update({ data: write.data })
  if (won.stats.updated !== 1) return false
  await afterTransition(COLLECTION.groups, group._id, write.effects, now)
  return true
}

export type SeatOutcome = 'taken' | 'already' | 'full' | 'closed'

/**
 * Adds `member` to `group` (as read) iff the group is still forming, not expired, has the seat count we
 * read and does not hold this shopper yet. Fills the group when it takes the last seat.
 */
export async function takeSeat(group: GroupDoc, member: GroupMember, actor: Actor, now: number): Promise<SeatOutcome | 'raced'> {
  if (group.memberOrderIds.includes(member.orderId)) return 'already'
  if (group.status !== 'forming' || group.expiresAt <= now) return 'closed'
  if (group.seatsTaken >= group.size || group.memberOpenids.includes(member.openid)) return 'full'
  const _ = db().command
  const fills = group.seatsTaken + 1 === group.size
  const fill = fills ? transitionFields(group, 'fill', actor, now) : null
  const won = await groups()
    .where({ _id: group._id, status: 'forming', seatsTaken: group.seatsTaken, expiresAt: _.gt(now), memberOpenids: _.neq(member.openid) })
    .update({
      data: {
        seatsTaken: _.inc(1),
        members: _.push([member]),
        memberOpenids: _.push([member.openid]),
        memberOrderIds: _.push([member.orderId]),
        updatedAt: now,
        ...(fill?.data ?? {}),
      },
    })
  if (won.stats.updated !== 1) return 'raced'
  if (fill) await afterTransition(COLLECTION.groups, group._id, fill.effects, now)
  return 'taken'
}
