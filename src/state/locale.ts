import Taro from '@tarojs/taro'
import { useCallback, useSyncExternalStore } from 'react'
import type { MessageKey } from '../i18n/dictionaries'
import type { Reason } from '@cloud/contracts/common'
import { describeError, LOCALES, localiseMessage, translate, translateServer, type Locale, type Params } from '../i18n/translate'
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
  /** A stored or sent Reason ({key, params}) in the current language; nothing when there is none. */
  const reason = useCallback((r: Reason | null | undefined) => (r ? translateServer(locale, r.key, r.params) : ''), [locale])
  /** What a failed call says, in the current language (the server's key, or a client-made error's key). */
  const error = useCallback((e: { code?: string; key?: string; params?: Params; message?: string }) => describeError(locale, e), [locale])
  return { locale, t, message, reason, error, setLocale: localePreference.set }
}

/** Outside React (toasts, titles). */
export const t = (key: MessageKey, params?: Record<string, string | number>) => translate(localePreference.get(), key, params)

/** A failed call's words outside React (toasts). */
export const describeErrorNow = (e: { code?: string; key?: string; params?: Params; message?: string }) => describeError(localePreference.get(), e)

const TAB_KEYS = ['tab.home', 'tab.category', 'tab.cart', 'tab.me'] as const

/** Tab bar labels and the page title follow the language; call from a page when it shows. */
export function applyChrome(titleKey: MessageKey, isTabPage = false): void {
  void Taro.setNavigationBarTitle({ title: t(titleKey) }).catch(() => {})
  if (!isTabPage) return
  TAB_KEYS.forEach((key, index) => {
    void Taro.setTabBarItem({ index, text: t(key) }).catch(() => {})
  })
}
