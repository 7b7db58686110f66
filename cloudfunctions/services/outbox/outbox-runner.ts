/**
 * Carries out outbox entries exactly once each: a runner claims an entry with a conditional update
 * (pending and due, or running with an expired lease), runs its handler, and records done, a retry
 * with backoff, or dead after too many attempts. Handlers must tolerate a repeat after a crash
 * (each one's own writes are conditional), which is what makes "exactly once" hold end to end.
 */
import { EFFECTS, nextAttemptDelayMs, OUTBOX_MAX_ATTEMPTS, outboxMachine, type EffectName } from '../../domain/machines'
import { AppError, notFound } from '../../core/errors'
import { checkpoint, isInjectedFault } from '../../platform/checkpoint'
import { markCommitted } from '../workflow/run-workflow'
import { db } from '../../platform/cloud'
import { EFFECT_HOSTS, enqueueEffects, outbox, type OutboxEntry } from './outbox-store'
import type { PendingEffect } from './pending-effect'

export type EffectOutcome = 'done' | 'skipped'
export type EffectHandler = (entry: OutboxEntry, now: number) => Promise<EffectOutcome>

const handlers = new Map<EffectName, EffectHandler>()
const LEASE_MS = 2 * 60_000

/** Each function registers the handlers its bundle can run; cron registers all of them. */
export function registerEffectHandlers(map: Partial<Record<EffectName, EffectHandler>>): void {
  for (const [name, handler] of Object.entries(map)) handlers.set(name as EffectName, handler as EffectHandler)
}

async function claim(id: string, now: number): Promise<OutboxEntry | null> {
  const _ = db().command
  const set = { state: 'running', leaseUntil: now + LEASE_MS, attempts: _.inc(1), updatedAt: now }
  for (const where of [
    { _id: id, state: 'pending', nextAttemptAt: _.lte(now) },
    { _id: id, state: 'running', leaseUntil: _.lte(now) },
  ]) {
    if ((await outbox().where(where).update({ data: set })).stats.updated === 1) return (await outbox().doc(id).get()).data
  }
  return null
}

async function finish(entry: OutboxEntry, outcome: EffectOutcome, now: number): Promise<void> {
  const event = outcome === 'done' ? 'succeed' : 'skip'
  const verdict = outboxMachine.can(entry.state, event)
  if (!verdict.ok) return
  await outbox()
    .where({ _id: entry._id, state: 'running', attempts: entry.attempts })
    .update({ data: { state: verdict.to, doneAt: now, updatedAt: now, lastError: null } })
}

async function fail(entry: OutboxEntry, error: unknown, now: number): Promise<void> {
  const final = entry.attempts >= OUTBOX_MAX_ATTEMPTS
  const verdict = outboxMachine.can(entry.state, final ? 'failFinal' : 'failRetry')
  if (!verdict.ok) return
  const lastError = String((error as Error)?.message ?? error).slice(0, 300)
  console.error(JSON.stringify({ level: final ? 'error' : 'warn', outbox: entry.effect, id: entry._id, attempts: entry.attempts, error: lastError }))
  await outbox()
    .where({ _id: entry._id, state: 'running', attempts: entry.attempts })
    .update({ data: { state: verdict.to, lastError, leaseUntil: 0, nextAttemptAt: now + nextAttemptDelayMs(entry.attempts), updatedAt: now } })
}

/** Runs one entry if it is due and this function has its handler. Returns what happened. */
export async function runEntry(id: string, now: number): Promise<'ran' | 'failed' | 'not_due' | 'no_handler'> {
  const peek = (await outbox().doc(id).get()).data
  if (!peek || !handlers.has(peek.effect)) return peek ? 'no_handler' : 'not_due'
  const entry = await claim(id, now)
  if (!entry) return 'not_due'
  try {
    const outcome = await handlers.get(entry.effect)!(entry, now)
    checkpoint('outbox.effectRan')
    await finish(entry, outcome, now)
    return 'ran'
  } catch (err) {
    if (isInjectedFault(err)) throw err
    await fail(entry, err, now)
    return 'failed'
  }
}

/** After a transition: enqueue its effects and try the inline ones now; the rest wait for cron. */
export async function afterTransition(host: (typeof EFFECT_HOSTS)[number], docId: string, effects: readonly PendingEffect[], now: number): Promise<void> {
  if (!effects.length) return
  try {
    checkpoint('outbox.transitionWritten')
    await enqueueEffects(host, docId, effects, now)
    for (const e of effects) if (EFFECTS[e.effect].inline) await runEntry(e.id, now)
  } catch (err) {
    // The transition is written and its effects are parked on the document: cron finishes them. A
    // failure here must not make the caller undo what came before the transition.
    markCommitted(err)
    if (isInjectedFault(err)) throw err
    console.error(JSON.stringify({ level: 'warn', outbox: 'inline effects deferred to cron', docId, error: String((err as Error)?.message ?? err) }))
  }
}

/** Cron: effects a crashed call left parked on documents, then every due entry. */
export async function runDueEffects(now: number): Promise<{ enqueued: number; ran: number; failed: number }> {
  const _ = db().command
  let enqueued = 0
  for (const host of EFFECT_HOSTS) {
    const { data } = await db().collection<{ _id: string; pendingEffects?: PendingEffect[] }>(host).where({ 'pendingEffects.0': _.exists(true) }).limit(100).get()
    for (const doc of data) {
      await enqueueEffects(host, doc._id, doc.pendingEffects ?? [], now)
      enqueued += doc.pendingEffects?.length ?? 0
    }
  }
  const [due, stale] = await Promise.all([
    outbox().where({ state: 'pending', nextAttemptAt: _.lte(now) }).limit(100).get(),
    outbox().where({ state: 'running', leaseUntil: _.lte(now) }).limit(100).get(),
  ])
  let ran = 0
  let failed = 0
  for (const entry of [...due.data, ...stale.data]) {
    const r = await runEntry(entry._id, now)
    if (r === 'ran') ran++
    if (r === 'failed') failed++
  }
  return { enqueued, ran, failed }
}

/** Merchant: entries that keep failing or gave up, newest first. */
export async function listTroubledEffects(q: { state?: 'pending' | 'dead'; page: number; pageSize: number }) {
  const _ = db().command
  const where = q.state === 'dead' ? { state: 'dead' } : q.state === 'pending' ? { state: 'pending', attempts: _.gte(1) } : { state: _.in(['dead', 'pending', 'running']), attempts: _.gte(1) }
  const [rows, counted] = await Promise.all([
    outbox().where(where).orderBy('updatedAt', 'desc').skip((q.page - 1) * q.pageSize).limit(q.pageSize).get(),
    outbox().where(where).count(),
  ])
  return { items: rows.data, page: q.page, pageSize: q.pageSize, total: counted.total, hasMore: (q.page - 1) * q.pageSize + rows.data.length < counted.total }
}

/** Merchant: a dead entry gets a fresh round of attempts. */
export async function retryDeadEffect(id: string, now: number): Promise<OutboxEntry> {
  const entry = (await outbox().doc(id).get()).data
  if (!entry) throw notFound('outbox', id)
  const verdict = outboxMachine.can(entry.state, 'retry')
  if (!verdict.ok) throw new AppError('CONFLICT', verdict.key, verdict.params)
  const won = await outbox().where({ _id: id, state: 'dead' }).update({ data: { state: verdict.to, attempts: 0, nextAttemptAt: now, updatedAt: now } })
  if (won.stats.updated !== 1) throw new AppError('CONFLICT', 'error.changed.outbox')
  return (await outbox().doc(id).get()).data!
}
