/** Pure lookup, so the rules are unit-testable without Taro. */
import type { MessageKey } from './dictionaries'
import { enMainMessages, zhMainMessages } from './main-messages'
import { enTabPages, zhTabPages } from './server-messages/tab-pages'

export type Locale = 'zh-CN' | 'en'
export const LOCALES: readonly Locale[] = ['zh-CN', 'en']
export type Params = Record<string, string | number>

/**
 * Starts with the tab pages' text only, the part that ships in the weapp main package; every
 * subpackage page registers the rest when it loads (all-messages.ts, docs/platform-facts.md §20).
 */
const DICTIONARIES: Record<Locale, Record<string, string>> = {
  'zh-CN': { ...zhTabPages, ...zhMainMessages },
  en: { ...enTabPages, ...enMainMessages },
}

/** Adds text to both languages; registering the same text twice changes nothing. */
export function registerMessages(messages: Record<Locale, Record<string, string>>): void {
  for (const locale of LOCALES) Object.assign(DICTIONARIES[locale], messages[locale])
}

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
export function describeError(locale: Locale, error: { code?: string; key?: string; params?: Params; message?: string }): string {
  if (error.key) {
    const text = lookup(locale, error.key, error.params ?? {})
    if (text !== null) return text
    // A tab page may meet a key whose area has not loaded yet: say what kind of failure it is.
    return (error.code && lookup(locale, `error.code.${error.code}`, {})) || error.key
  }
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
