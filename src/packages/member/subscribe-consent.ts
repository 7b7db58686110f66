/**
 * Asks for one subscribe-message consent with `Taro.requestSubscribeMessage` (docs/platform-facts.md:
 * subscribe messages) and returns what the shopper answered for that template, or nothing when it could
 * not be asked (no template id configured, H5, the call failed). The answer goes to the server as is:
 * a one-time 'accept' allows exactly one message, and is never assumed.
 */
import Taro from '@tarojs/taro'

type Kind = 'birthday' | 'newArrival'
export type ConsentAnswer = 'accept' | 'reject' | 'ban' | 'filter'

const TEMPLATE_ENV: Record<Kind, string | undefined> = {
  birthday: process.env.TARO_APP_TMPL_BIRTHDAY,
  newArrival: process.env.TARO_APP_TMPL_NEW_ARRIVAL,
}

export async function askConsent(kind: Kind): Promise<ConsentAnswer | undefined> {
  const templateId = TEMPLATE_ENV[kind]
  if (!templateId || process.env.TARO_ENV !== 'weapp') return undefined
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] } as never)) as unknown as Record<string, string>
    const answer = res[templateId]
    return answer === 'accept' || answer === 'reject' || answer === 'ban' || answer === 'filter' ? answer : undefined
  } catch {
    return undefined
  }
}
