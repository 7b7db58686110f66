import Taro from '@tarojs/taro'
import { pushRecent } from '@cloud/domain/search'

const KEY = 'jf.recentSearches'

/** Recent keywords live on the device: they are the shopper's own, nobody else needs them. */
export function readRecent(): string[] {
  try {
    const v = Taro.getStorageSync(KEY) as unknown
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, 10) : []
  } catch {
    return []
  }
}

export function rememberSearch(keyword: string): string[] {
  const next = pushRecent(readRecent(), keyword)
  Taro.setStorageSync(KEY, next)
  return next
}

export function clearRecent(): void {
  Taro.removeStorageSync(KEY)
}
