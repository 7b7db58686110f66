/**
 * Asks for the subscribe-message consent of a membership notice at its natural moment (following a tag,
 * setting the birthday). The shared notice client (src/api/notice.ts) shows WeChat's prompt and records
 * the answer on the server itself, so callers pass nothing on: a one-time 'accept' allows exactly one
 * message and is never assumed.
 */
import { askConsent as askNoticeConsent } from '@/api/notice'

type Kind = 'birthday' | 'newArrival'
export type ConsentAnswer = 'accept' | 'reject' | 'ban' | 'filter'

/** Always undefined: the answer is already recorded by the notice client (kept so actions need no change). */
export async function askConsent(kind: Kind): Promise<ConsentAnswer | undefined> {
  await askNoticeConsent([kind])
  return undefined
}
