/**
 * Asks for one subscribe-message consent with `Taro.requestSubscribeMessage` (docs/platform-facts.md:
 * subscribe messages) and returns what the shopper answered for that template, or nothing when it could
 * not be asked (no template id configured, H5, the call failed). The answer goes to the server as is:
 * a one-time 'accept' allows exactly one message, and is never assumed.
 */
import Taro from '@tarojs/taro'

type Kind = 'birthday' | 'newArrival'
export type ConsentAnswer = 'accept' | 'reject' | 'ban' | 'filter'

/** Template ids come from the build (`TARO_APP_TMPL_*`, inlined by Taro); an unset one is not defined at all. */
function templateIdOf(kind: Kind): string | undefined {
  try {
    return kind === 'birthday' ? process.env.TARO_APP_TMPL_BIRTHDAY : process.env.TARO_APP_TMPL_NEW_ARRIVAL
  } catch {
    return undefined
  }
}

export async function askConsent(kind: Kind): Promise<ConsentAnswer | undefined> {
  if (process.env.TARO_ENV !== 'weapp') return undefined
  const templateId = templateIdOf(kind)
  if (!templateId) return undefined
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] } as never)) as unknown as Record<string, string>
    const answer = res[templateId]
    return answer === 'accept' || answer === 'reject' || answer === 'ban' || answer === 'filter' ? answer : undefined
  } catch {
    return undefined
  }
}
