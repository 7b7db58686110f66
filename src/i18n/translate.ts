/** Pure lookup, so the rules are unit-testable without Taro. */
import { en, zhCN, type MessageKey } from './dictionaries'
import { enServer, zhServer } from './server-messages'

export type Locale = 'zh-CN' | 'en'
export const LOCALES: readonly Locale[] = ['zh-CN', 'en']
export type Params = Record<string, string | number>

const DICTIONARIES: Record<Locale, Record<string, string>> = { 'zh-CN': { ...zhServer, ...zhCN }, en: { ...enServer, ...en } }

/**
 * Fills `{name}` with params.name. `{name:prefix}` translates the param itself as the key
 * `prefix.<value>` (e.g. `{state:orderState}` with state `paid` → orderState.paid), so the server can send raw states.
 */
function fill(locale: Locale, template: string, params: Params): string {
  return template.replace(/\{(\w+)(?::([\w.]+))?\}/g, (whole, name: string, prefix?: string) => {
    if (!(name in params)) return whole
    const value = String(params[name])
    return prefix ? lookup(locale, `${prefix}.${value}`, {}) ?? value : value
  })
}

function lookup(locale: Locale, key: string, params: Params): string | null {
  const template = DICTIONARIES[locale][key] ?? DICTIONARIES['zh-CN'][key]
  return template === undefined ? null : fill(locale, template, params)
}

export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  return lookup(locale, key, params) ?? key
}

/** A key the server sent (error, reason, log entry): unknown keys show as themselves rather than vanish. */
export function translateServer(locale: Locale, key: string, params: Params = {}): string {
  return lookup(locale, key, params) ?? key
}

/** What the shopper reads for a failed call: the server's key in their language. */
export function describeError(locale: Locale, error: { key?: string; params?: Params; message?: string }): string {
  if (error.key) return translateServer(locale, error.key, error.params)
  return localiseMessage(locale, error.message ?? '')
}

/**
 * Text that may still be a bilingual pair, Chinese then " / " then English (older servers' and clients'
 * strings), or a server key:
 * show the half for the current language, or the key's translation.
 */
export function localiseMessage(locale: Locale, message: string): string {
  if (/^[a-z]+(\.[A-Za-z_]+)+$/.test(message)) return translateServer(locale, message)
  const at = message.indexOf(' / ')
  if (at < 0) return message
  return locale === 'en' ? message.slice(at + 3) : message.slice(0, at)
}
