/**
 * The merchant's FAQ in the database (`faqs`) and the synonym groups (`settings/faqSynonyms`), read by
 * shoppers' FAQ page and by the assistant through a per-instance cache: the index is rebuilt at most
 * every FAQ_CACHE_TTL_MS per function instance, so an ask costs no FAQ read while warm. Merchant edits
 * are audited and seen by "try it" at once (it builds from a fresh read); shoppers see them within the TTL.
 */
import { pinyin } from 'pinyin-pro'
import type { Actor } from '../../contracts/common'
import type { FaqAdminListOutput, FaqEntry, FaqListOutput, SynonymGroups } from '../../contracts/service'
import type { z } from 'zod'
import { AppError, notFound } from '../../core/errors'
import { buildIndex, type FaqIndex } from '../../domain/assistant'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { audit, diffSummary } from '../audit.service'
import { recordKey } from '../record-key'

export const FAQ_CACHE_TTL_MS = 30_000
/** Enough for any real shop; the bench runs 500. */
const FAQ_LIMIT = 1000
const SYNONYMS_ID = 'faqSynonyms'

const faqs = () => db().collection<FaqEntry>(COLLECTION.faqs)
const settings = () => db().collection<SynonymGroups & { _id: string }>(COLLECTION.settings)

/** Pinyin without tones, one syllable per character: homophone typos (发漂 for 发票) still meet. */
export const phonetic = (han: string): string[] => pinyin(han, { toneType: 'none', type: 'array' })

async function readAll(): Promise<{ entries: FaqEntry[]; synonyms: string[][] }> {
  const pages = await Promise.all(
    [0, 1, 2, 3, 4].map((page) =>
      faqs()
        .orderBy('sort', 'asc')
        .skip(page * 100)
        .limit(100)
        .get(),
    ),
  )
  let entries = pages.flatMap((p) => p.data)
  if (entries.length === 500) {
    for (let skip = 500; skip < FAQ_LIMIT; skip += 100) {
      const more = (await faqs().orderBy('sort', 'asc').skip(skip).limit(100).get()).data
      entries = entries.concat(more)
      if (more.length < 100) break
    }
  }
  const syn = (await settings().doc(SYNONYMS_ID).get()).data
  return { entries: entries.sort((a, b) => a.sort - b.sort || a._id.localeCompare(b._id)), synonyms: syn?.groups ?? [] }
}

export interface FaqSnapshot {
  /** What the index was built from (ids, versions, synonyms): a re-read that finds the same keeps the index. */
  signature: string
  entries: FaqEntry[]
  byId: Map<string, FaqEntry>
  synonyms: string[][]
  index: FaqIndex
  loadedAt: number
}

const signatureOf = (entries: FaqEntry[], synonyms: string[][]) =>
  JSON.stringify([entries.map((e) => [e._id, e.version, e.updatedAt, e.status]), synonyms])

export function snapshotOf(entries: FaqEntry[], synonyms: string[][], now: number): FaqSnapshot {
  const live = entries.filter((e) => e.status === 'on')
  const signature = signatureOf(entries, synonyms)
  // Building the index (pinyin of every question) is the expensive part; a TTL re-read of unchanged data skips it.
  if (cached && cached.signature === signature) return { ...cached, loadedAt: now }
  return {
    signature,
    entries: live,
    byId: new Map(live.map((e) => [e._id, e])),
    synonyms,
    index: buildIndex(
      live.map((e) => ({ id: e._id, question: e.question, alts: e.alts, answer: e.answer, questionEn: e.questionEn, answerEn: e.answerEn })),
      { synonyms, phonetic },
    ),
    loadedAt: now,
  }
}

let cached: FaqSnapshot | null = null
let loading: Promise<FaqSnapshot> | null = null

/** The live FAQ and its index, from this instance's cache while fresh. */
export async function faqSnapshot(now: number, fresh = false): Promise<FaqSnapshot> {
  if (!fresh && cached && now - cached.loadedAt < FAQ_CACHE_TTL_MS && now >= cached.loadedAt) return cached
  if (fresh) {
    const { entries, synonyms } = await readAll()
    return (cached = snapshotOf(entries, synonyms, now))
  }
  loading ??= readAll()
    .then(({ entries, synonyms }) => (cached = snapshotOf(entries, synonyms, now)))
    .finally(() => (loading = null))
  return loading
}

/** Shopper FAQ page: live entries by category order then sort, without the matching aids. */
export async function listFaqForShopper(now: number): Promise<FaqListOutput> {
  const snap = await faqSnapshot(now)
  return {
    items: snap.entries.map(({ _id, category, question, answer, questionEn, answerEn, sort, updatedAt }) => ({
      _id,
      category,
      question,
      answer,
      ...(questionEn ? { questionEn } : {}),
      ...(answerEn ? { answerEn } : {}),
      sort,
      updatedAt,
    })),
  }
}

export async function listFaqForMerchant(): Promise<FaqAdminListOutput> {
  const { entries, synonyms } = await readAll()
  return { items: entries, synonyms }
}

const FIELDS = ['category', 'question', 'answer', 'alts', 'questionEn', 'answerEn', 'sort', 'status'] as const

export async function saveFaq(input: z.output<typeof import('../../contracts/service').FaqSaveInput>, actor: Actor, now: number): Promise<FaqEntry> {
  const body = {
    category: input.category,
    question: input.question,
    answer: input.answer,
    alts: [...new Set(input.alts)],
    questionEn: input.questionEn,
    answerEn: input.answerEn,
    sort: input.sort,
    status: input.status,
  }
  if (!input.faqId) {
    const _id = recordKey('faq-', actor.kind === 'staff' ? actor.openid : 'system', String(now), input.question)
    const entry: FaqEntry = { _id, ...body, version: 0, updatedAt: now }
    await faqs().add({ data: entry as unknown as Record<string, unknown> })
    await audit({ actor, at: now, action: 'faq.save', targetId: _id, summary: diffSummary(null, entry as unknown as Record<string, unknown>, FIELDS) })
    cached = null
    return entry
  }
  const before = (await faqs().doc(input.faqId).get()).data
  if (!before) throw notFound('faq', input.faqId)
  if (input.version === undefined) throw new AppError('INVALID_INPUT', 'error.input.versionRequired')
  const _ = db().command
  const won = await faqs()
    .where({ _id: input.faqId, version: input.version })
    .update({ data: { ...body, version: _.inc(1), updatedAt: now } })
  if (won.stats.updated !== 1) throw new AppError('CONFLICT', 'error.changed.faq', {}, { version: before.version })
  const after: FaqEntry = { ...before, ...body, version: before.version + 1, updatedAt: now }
  await audit({
    actor,
    at: now,
    action: 'faq.save',
    targetId: input.faqId,
    summary: diffSummary(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>, FIELDS),
  })
  cached = null
  return after
}

export async function removeFaq(faqId: string, actor: Actor, now: number): Promise<{ removed: boolean }> {
  const before = (await faqs().doc(faqId).get()).data
  if (!before) throw notFound('faq', faqId)
  await faqs().doc(faqId).remove()
  await audit({ actor, at: now, action: 'faq.remove', targetId: faqId, summary: `removed: ${before.question}` })
  cached = null
  return { removed: true }
}

export async function saveSynonyms(groups: string[][], actor: Actor, now: number): Promise<{ groups: string[][] }> {
  const before = (await settings().doc(SYNONYMS_ID).get()).data
  const clean = groups.map((g) => [...new Set(g)]).filter((g) => g.length >= 2)
  await settings().doc(SYNONYMS_ID).set({ data: { groups: clean, updatedAt: now } })
  await audit({ actor, at: now, action: 'faq.synonyms', targetId: SYNONYMS_ID, summary: `groups: ${before?.groups.length ?? 0} → ${clean.length}` })
  cached = null
  return { groups: clean }
}
