/**
 * Subscribe-message notices (docs/platform-facts.md §3). CONTRACT for every feature that tells a
 * shopper something: consent is recorded per notice kind as the shopper granted it
 * (`Taro.requestSubscribeMessage`; a one-time consent allows exactly one message), and `sendNotice`
 * spends one consent and sends, or reports why it did not. Callers send from an outbox effect handler,
 * so a retry never sends twice (`noticeId` is the idempotency key).
 *
 * The ledger (`notice_consents`, one document per buyer) counts one-time consents per kind: 'accept'
 * adds one, a message spends one, nothing is ever assumed. 'ban' (the buyer switched the template off
 * in settings) clears the count and blocks sending until a later 'accept'; 'reject' and 'filter'
 * change nothing. Claiming a message (`notices/<hash of noticeId>`) and spending its consent are one
 * transaction, so a retried outbox entry finds its claim and neither sends nor spends again; a claim
 * whose send failed is retried without spending a second consent.
 */
import { createHash } from 'node:crypto'
import { shopConfig } from '../../config'
import type { NoticeKind } from '../../config/keys'
import { AppError } from '../../core/errors'
import { buildTemplateData, isNoticePage, NOTICE_KINDS, type NoticeKindName } from '../../domain/notice/template-fields'
import { db } from '../../platform/cloud'
import { sendSubscribeMessage, SubscribeSendError } from '../../platform/openapi'
import { COLLECTION } from '../../schema/collections'

export type { NoticeKind }

// The domain's list and config's template keys name the same notices.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const kindsAgree: Same<NoticeKind, NoticeKindName> = true
void kindsAgree
export { NOTICE_KINDS }

export type ConsentResult = 'accept' | 'reject' | 'ban' | 'filter'

export interface Notice {
  /** Stable per message (e.g. hash of entity, event, kind): a second send with the same id does nothing. */
  noticeId: string
  openid: string
  kind: NoticeKind
  /** Template fields by role; values are already in WeChat's field rules (thing ≤ 20 chars, time, …). */
  data: Record<string, string>
  /** Mini-program page the message opens, e.g. `packages/order/detail/index?id=…`. */
  page: string
}

export type NoticeOutcome = 'sent' | 'duplicate' | 'noConsent' | 'noTemplate'

interface KindLedger {
  remaining: number
  banned: boolean
  updatedAt: number
}

export interface ConsentDoc {
  _id: string
  kinds: Partial<Record<NoticeKind, KindLedger>>
  updatedAt: number
}

export interface NoticeRecord {
  _id: string
  noticeId: string
  openid: string
  kind: NoticeKind
  /** claimed: consent spent, send pending or failed (retried); sent; refused: WeChat said not subscribed. */
  status: 'claimed' | 'sent' | 'refused'
  createdAt: number
  sentAt: number | null
  lastError: string | null
}

/** A one-time consent is one message; a burst of taps cannot bank more than this many per kind. */
const MAX_BANKED = 50

const consents = () => db().collection<ConsentDoc>(COLLECTION.notice_consents)
const notices = () => db().collection<NoticeRecord>(COLLECTION.notices)
const noticeKey = (noticeId: string) => createHash('sha256').update(noticeId).digest('hex').slice(0, 40)

export function ledgerAfter(current: KindLedger | undefined, result: ConsentResult, now: number): KindLedger | null {
  const before = current ?? { remaining: 0, banned: false, updatedAt: 0 }
  switch (result) {
    case 'accept':
      return { remaining: Math.min(MAX_BANKED, before.remaining + 1), banned: false, updatedAt: now }
    case 'ban':
      return { remaining: 0, banned: true, updatedAt: now }
    default:
      return null
  }
}

export async function recordConsents(openid: string, results: Partial<Record<NoticeKind, ConsentResult>>, now: number): Promise<void> {
  const entries = (Object.entries(results) as [NoticeKind, ConsentResult][]).filter(([kind]) => (NOTICE_KINDS as readonly string[]).includes(kind))
  if (!entries.some(([, r]) => r === 'accept' || r === 'ban')) return
  await db().runTransaction(async (t) => {
    const doc = (await t.collection<ConsentDoc>(COLLECTION.notice_consents).doc(openid).get()).data
    const kinds: ConsentDoc['kinds'] = { ...(doc?.kinds ?? {}) }
    for (const [kind, result] of entries) {
      const next = ledgerAfter(kinds[kind], result, now)
      if (next) kinds[kind] = next
    }
    await t.collection(COLLECTION.notice_consents).doc(openid).set({ data: { kinds, updatedAt: now } })
  })
}

/** How many messages of each kind the buyer has allowed and not yet received. */
export async function consentsOf(openid: string): Promise<Partial<Record<NoticeKind, number>>> {
  const doc = (await consents().doc(openid).get()).data
  const out: Partial<Record<NoticeKind, number>> = {}
  for (const [kind, ledger] of Object.entries(doc?.kinds ?? {}) as [NoticeKind, KindLedger][]) out[kind] = ledger.banned ? 0 : ledger.remaining
  return out
}

/** Claims the message and spends its consent together; 'claimed' also when an earlier attempt claimed it. */
async function claim(notice: Notice, now: number): Promise<'claimed' | 'duplicate' | 'noConsent'> {
  const id = noticeKey(notice.noticeId)
  return db().runTransaction(async (t) => {
    const existing = (await t.collection<NoticeRecord>(COLLECTION.notices).doc(id).get()).data
    if (existing) return existing.status === 'claimed' ? 'claimed' : 'duplicate'
    const ledgerDoc = (await t.collection<ConsentDoc>(COLLECTION.notice_consents).doc(notice.openid).get()).data
    const ledger = ledgerDoc?.kinds?.[notice.kind]
    if (!ledger || ledger.banned || ledger.remaining <= 0) return 'noConsent'
    const kinds = { ...ledgerDoc!.kinds, [notice.kind]: { ...ledger, remaining: ledger.remaining - 1, updatedAt: now } }
    await t.collection(COLLECTION.notice_consents).doc(notice.openid).set({ data: { kinds, updatedAt: now } })
    const record: Omit<NoticeRecord, '_id'> = { noticeId: notice.noticeId, openid: notice.openid, kind: notice.kind, status: 'claimed', createdAt: now, sentAt: null, lastError: null }
    await t.collection(COLLECTION.notices).doc(id).set({ data: record })
    return 'claimed'
  })
}

/**
 * Sends one notice at most once. Bad template data or page is a programming error (thrown before any
 * consent is spent, so the outbox shows it); a WeChat failure other than "not subscribed" is thrown
 * for the outbox to retry, keeping the claim (no second spend).
 */
export async function sendNotice(notice: Notice, now: number): Promise<NoticeOutcome> {
  const templateId = shopConfig().templates[notice.kind]
  if (!templateId) return 'noTemplate'
  const built = buildTemplateData(notice.kind, notice.data)
  if (!built.ok) throw new AppError('INTERNAL', 'error.notice.badData', { kind: notice.kind, problem: built.problem })
  if (!isNoticePage(notice.page)) throw new AppError('INTERNAL', 'error.notice.badPage', { kind: notice.kind })
  const claimed = await claim(notice, now)
  if (claimed !== 'claimed') return claimed
  const id = noticeKey(notice.noticeId)
  try {
    await sendSubscribeMessage({
      touser: notice.openid,
      templateId,
      page: notice.page,
      data: built.data,
      miniprogramState: shopConfig().where === 'local-cloud' ? 'developer' : 'formal',
    })
  } catch (err) {
    if (err instanceof SubscribeSendError && err.refusal === 'notSubscribed') {
      // WeChat holds no consent for it (the buyer's count and ours disagreed): spent, never retried.
      await notices().doc(id).update({ data: { status: 'refused', lastError: err.message } })
      return 'noConsent'
    }
    await notices().doc(id).update({ data: { lastError: String((err as Error)?.message ?? err).slice(0, 200) } })
    throw err
  }
  await notices().doc(id).update({ data: { status: 'sent', sentAt: now, lastError: null } })
  return 'sent'
}
