/** Subscribe-message consents the membership pages ask for, handed to the notice ledger as given. */
import { recordConsents, type ConsentResult } from '../notice/notice'

export async function recordNewArrivalConsent(openid: string, result: ConsentResult, now: number): Promise<void> {
  await recordConsents(openid, { newArrival: result }, now)
}
