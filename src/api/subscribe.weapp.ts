import Taro from '@tarojs/taro'
import type { ConsentAnswer } from './subscribe'

export async function requestSubscribe(templateIds: string[]): Promise<Record<string, ConsentAnswer>> {
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: templateIds, entityIds: [] } as never)) as unknown as Record<string, unknown>
    const answers: Record<string, ConsentAnswer> = {}
    for (const id of templateIds) {
      const a = res[id]
      if (a === 'accept' || a === 'reject' || a === 'ban' || a === 'filter') answers[id] = a
    }
    return answers
  } catch (err) {
    // Closed, not allowed here (no tap), or the main switch is off: nothing granted.
    console.warn('subscribe: not granted', err)
    return {}
  }
}
