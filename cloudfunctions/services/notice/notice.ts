/**
 * Subscribe-message notices (docs/platform-facts.md: subscribe messages). CONTRACT for every feature
 * that tells a shopper something: consent is recorded per notice kind as the shopper granted it
 * (`Taro.requestSubscribeMessage`; a one-time consent allows exactly one message), and `sendNotice`
 * spends one consent and sends, or reports why it did not. Callers send from an outbox effect handler,
 * so a retry never sends twice (`noticeId` is the idempotency key).
 *
 * The logistics work owns this file and fills it in (consent ledger, template data rules, openapi call);
 * until then consents are not kept and nothing is sent.
 */
import type { NoticeKind } from '../../config/keys'

export type { NoticeKind }

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

export async function recordConsents(openid: string, results: Partial<Record<NoticeKind, ConsentResult>>, now: number): Promise<void> {
  void openid
  void results
  void now
}

export async function sendNotice(notice: Notice, now: number): Promise<NoticeOutcome> {
  void notice
  void now
  return 'noTemplate'
}
