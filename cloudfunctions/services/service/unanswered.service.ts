/**
 * Questions the assistant could not answer, kept by their normalised text (no shopper identity):
 * how often and when last asked, so the merchant adds FAQ entries for what is asked most.
 */
import type { Actor } from '../../contracts/common'
import type { UnansweredQuestion } from '../../contracts/service'
import { normalise } from '../../domain/assistant'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { audit } from '../audit.service'
import { recordKey } from '../record-key'

const misses = () => db().collection<UnansweredQuestion>(COLLECTION.assistant_misses)

/** Counts one unanswered question; two askers racing both count. */
export async function recordUnanswered(text: string, now: number): Promise<void> {
  const norm = normalise(text).slice(0, 120)
  if (!norm) return
  const _id = recordKey('q-', norm)
  const _ = db().command
  const bump = () => misses().where({ _id }).update({ data: { count: _.inc(1), lastAt: now } })
  if ((await bump()).stats.updated === 1) return
  try {
    await misses().add({ data: { _id, text: norm, count: 1, firstAt: now, lastAt: now } })
  } catch {
    await bump()
  }
}

export async function listUnanswered(page: number): Promise<{ items: UnansweredQuestion[]; hasMore: boolean }> {
  const size = 30
  const { data } = await misses()
    .orderBy('count', 'desc')
    .orderBy('lastAt', 'desc')
    .skip((page - 1) * size)
    .limit(size + 1)
    .get()
  return { items: data.slice(0, size), hasMore: data.length > size }
}

/** The merchant answered it (added an FAQ entry) or decided it needs none. */
export async function dismissUnanswered(id: string, actor: Actor, now: number): Promise<{ removed: boolean }> {
  const found = (await misses().doc(id).get()).data
  if (!found) return { removed: false }
  await misses().doc(id).remove()
  await audit({ actor, at: now, action: 'assistant.dismissUnanswered', targetId: id, summary: `${found.text} ×${found.count}` })
  return { removed: true }
}
