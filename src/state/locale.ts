import Taro from '@tarojs/taro'
import { useCallback, useSyncExternalStore } from 'react'
import type { MessageKey } from '../i18n/dictionaries'
import { LOCALES, localiseMessage, translate, type Locale } from '../i18n/translate'
import { createPreference, type PreferenceStorage } from './locale-preference'

export const taroStorage = (): PreferenceStorage => ({
  get: (key) => {
    const v = Taro.getStorageSync(key) as unknown
    return typeof v === 'string' && v ? v : null
  },
  set: (key, value) => Taro.setStorageSync(key, value),
})

export const localePreference = createPreference<Locale>('jf.locale', LOCALES, 'zh-CN', taroStorage)

/** Current language plus t() bound to it; components re-render when the shopper switches. */
export function useLocale() {
  const locale = useSyncExternalStore(localePreference.subscribe, localePreference.get, localePreference.get)
  const t = useCallback((key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params), [locale])
  const message = useCallback((text: string) => localiseMessage(locale, text), [locale])
  return { locale, t, message, setLocale: localePreference.set }
}

/** Outside React (toasts, titles). */
export const t = (key: MessageKey, params?: Record<string, string | number>) => translate(localePreference.get(), key, params)

const TAB_KEYS = ['tab.home', 'tab.category', 'tab.cart', 'tab.me'] as const

/** Tab bar labels and the page title follow the language; call from a page when it shows. */
export function applyChrome(titleKey: MessageKey, isTabPage = false): void {
  void Taro.setNavigationBarTitle({ title: t(titleKey) }).catch(() => {})
  if (!isTabPage) return
  TAB_KEYS.forEach((key, index) => {
    void Taro.setTabBarItem({ index, text: t(key) }).catch(() => {})
  })
}
