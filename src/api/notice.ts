/**
 * Asking the shopper to allow subscribe messages. `askConsent(kinds)` shows WeChat's prompt for the
 * templates of those notices (at most 3 per prompt) and records the answers on the server, which
 * counts one message per 'accept'. WeChat allows the prompt only from a tap or a payment callback, so
 * fetch the template ids beforehand with `prepareConsent(kinds)` (e.g. when the pay button is tapped)
 * and call `askConsent` right after the tap or the pay sheet returns. Never throws: no consent is fine.
 */
import type { NoticeTemplatesOutput } from '@cloud/contracts/logistics'
import { callAction } from './index'
import { requestSubscribe } from './subscribe'

export type NoticeKind = NoticeTemplatesOutput['templates'][number]['kind']

const cache = new Map<string, NoticeTemplatesOutput['templates']>()
const keyOf = (kinds: NoticeKind[]) => [...kinds].sort().join(',')

export async function prepareConsent(kinds: NoticeKind[]): Promise<NoticeTemplatesOutput['templates']> {
  const key = keyOf(kinds)
  const hit = cache.get(key)
  if (hit) return hit
  const result = await callAction('shop', 'notice.templates', { kinds: kinds.slice(0, 3) })
  const templates = result.ok ? result.data.templates : []
  if (result.ok) cache.set(key, templates)
  return templates
}

/** Returns how many messages of each kind the shopper now allows (empty when nothing was asked). */
export async function askConsent(kinds: NoticeKind[]): Promise<Partial<Record<NoticeKind, number>>> {
  try {
    const templates = cache.get(keyOf(kinds)) ?? (await prepareConsent(kinds))
    if (!templates.length) return {}
    const answers = await requestSubscribe(templates.map((t) => t.templateId))
    if (!Object.keys(answers).length) return {}
    const recorded = await callAction('shop', 'notice.consent', { results: answers })
    return recorded.ok ? recorded.data.remaining : {}
  } catch (err) {
    console.warn('askConsent failed', err)
    return {}
  }
}

/** The notices of a parcel, asked for at payment. */
export const PARCEL_NOTICES: NoticeKind[] = ['orderShipped', 'outForDelivery', 'parcelSigned']
