/** Pure lookup, so the rules are unit-testable without Taro. */
import { en, zhCN, type MessageKey } from './dictionaries'

export type Locale = 'zh-CN' | 'en'
export const LOCALES: readonly Locale[] = ['zh-CN', 'en']

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en }

export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = DICTIONARIES[locale][key] ?? zhCN[key] ?? key
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/**
 * Server messages are bilingual, "中文 / English"; show the half for the current language, and the
 * whole message when it has no such split.
 */
export function localiseMessage(locale: Locale, message: string): string {
  const at = message.indexOf(' / ')
  if (at < 0) return message
  return locale === 'en' ? message.slice(at + 3) : message.slice(0, at)
}
