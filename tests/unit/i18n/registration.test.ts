/**
 * The weapp main package carries only the tab pages' text (src/i18n/main-messages.ts); every other
 * area's text is registered by the subpackage page that needs it (src/i18n/all-messages.ts,
 * docs/platform-facts.md §20). Two ways that could break, checked here on the sources (so H5-only code
 * counts too): a subpackage page that forgets the registration, and a tab page (or anything it
 * imports) using a key that only a subpackage registers.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SUBPACKAGES, TAB_PAGES } from '../../../src/routes'
import { zhCN } from '../../../src/i18n/dictionaries'
import { zhServer } from '../../../src/i18n/server-messages'
import { zhMainMessages } from '../../../src/i18n/main-messages'
import { zhTabPages } from '../../../src/i18n/server-messages/tab-pages'
import { describeError } from '../../../src/i18n/translate'

const ROOT = resolve(__dirname, '../../..')
const SRC = join(ROOT, 'src')
const ALL_KEYS = new Set([...Object.keys(zhCN), ...Object.keys(zhServer)])
const MAIN_KEYS = new Set([...Object.keys(zhMainMessages), ...Object.keys(zhTabPages)])

function resolveImport(from: string, spec: string): string | null {
  let base: string
  if (spec.startsWith('.')) base = resolve(dirname(from), spec)
  else if (spec.startsWith('@/')) base = join(SRC, spec.slice(2))
  else if (spec.startsWith('@cloud/')) base = join(ROOT, 'cloudfunctions', spec.slice(7))
  else return null
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate
  }
  return null
}

/** Every source file a tab page loads, following value imports (type-only imports ship nothing). */
function reachableFrom(entries: string[]): Set<string> {
  const seen = new Set<string>()
  const queue = [...entries]
  while (queue.length) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const target = resolveImport(file, m[1])
      if (target) queue.push(target)
    }
  }
  return seen
}

/** Keys written as literals, and key families built at run time (`cartInvalid.${reason}`). */
function keysUsedIn(files: Iterable<string>): { keys: Set<string>; families: Set<string> } {
  const keys = new Set<string>()
  const families = new Set<string>()
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/['"`]([a-zA-Z]\w*(?:\.\w+)+)['"`]/g)) if (ALL_KEYS.has(m[1])) keys.add(m[1])
    for (const m of text.matchAll(/`([a-zA-Z]\w*(?:\.\w+)*\.)\$\{/g)) if ([...ALL_KEYS].some((k) => k.startsWith(m[1]))) families.add(m[1])
  }
  return { keys, families }
}

describe('text registration', () => {
  it('every subpackage page registers all text before anything else', () => {
    const missing: string[] = []
    for (const pkg of Object.values(SUBPACKAGES)) {
      for (const page of pkg.pages) {
        const text = readFileSync(join(SRC, pkg.root, `${page}.tsx`), 'utf8')
        const firstImport = text.split('\n').find((line) => line.startsWith('import '))
        if (firstImport !== "import '@/i18n/all-messages'") missing.push(`${pkg.root}/${page}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('the tab pages use only text that ships in the main package', () => {
    const entries = [...Object.values(TAB_PAGES).map((page) => join(SRC, `${page}.tsx`)), join(SRC, 'app.ts')]
    const files = reachableFrom(entries)
    expect(files.size).toBeGreaterThan(20)
    expect([...files].some((f) => f.includes('i18n/all-messages'))).toBe(false)
    const { keys, families } = keysUsedIn(files)
    expect(keys.size).toBeGreaterThan(50)
    const outside = [...keys].filter((k) => !MAIN_KEYS.has(k))
    const familyGaps = [...families].flatMap((prefix) => [...ALL_KEYS].filter((k) => k.startsWith(prefix) && !MAIN_KEYS.has(k)))
    expect({ outside, familyGaps }).toEqual({ outside: [], familyGaps: [] })
  })

  it('a tab page that meets a key its package does not carry yet says what kind of failure it is', () => {
    // error.changed.promotion lives with the admin pages; this module has not registered them.
    expect(Object.keys(zhMainMessages)).not.toContain('error.changed.promotion')
    expect(describeError('zh-CN', { code: 'CONFLICT', key: 'error.changed.promotion' })).toBe('内容已变化，请刷新后重试')
    expect(describeError('en', { code: 'CONFLICT', key: 'error.changed.promotion' })).toBe('It changed in the meantime; refresh and try again')
    // Keys the main package carries are worded exactly; an unknown code leaves the key itself.
    expect(describeError('zh-CN', { code: 'SOLD_OUT', key: 'error.cart.sold_out', params: { title: '紫水晶' } })).toBe('「紫水晶」已售罄')
    expect(describeError('zh-CN', { code: 'TEAPOT', key: 'error.nowhere' })).toBe('error.nowhere')
  })
})
