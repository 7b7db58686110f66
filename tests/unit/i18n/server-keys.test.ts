/**
 * A server message cannot ship untranslated, and no source file holds a "中文 / English" pair any more.
 * Scans every cloudfunctions .ts file for the message keys it can send (AppError keys, `key:` of stored
 * Reasons, notFound(kind) / changedMeanwhile(kind), price and stock keys) and checks both server
 * dictionaries have each one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { enServer, zhServer } from '../../../src/i18n/server-messages'

const ROOT = join(__dirname, '../../..')
const FUNCTIONS = join(ROOT, 'cloudfunctions')

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules') return []
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return tsFiles(path)
    return name.endsWith('.ts') ? [path] : []
  })
}

/** All cloudfunctions files: nobody's area is exempt. */
const FILES = tsFiles(FUNCTIONS).map((path) => ({ path, name: relative(ROOT, path), text: readFileSync(path, 'utf8') }))

/** Source without comments, so keys named in docs (`price.fullReduction`) do not count as sent. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')

/** The members of a string-literal union type declared in a file, e.g. `type Unavailable = 'a' | 'b'`. */
function unionOf(file: string, typeName: string): string[] {
  const text = readFileSync(join(FUNCTIONS, file), 'utf8')
  const m = new RegExp(`type ${typeName}\\s*=([^;]*?)(\\n\\n|\\nexport|;)`).exec(text)
  if (!m) throw new Error(`type ${typeName} not found in ${file}`)
  return [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1])
}

/**
 * Keys built from a template literal: what each `${…}` can be. `'call-sites'` means the template is the
 * generic builder itself (core/errors.ts) and its keys are the notFound('kind') / changedMeanwhile('kind')
 * calls found below. A new template key must be listed here, or the test fails and says so.
 */
const TEMPLATE_KEYS: Record<string, string[] | 'call-sites'> = {
  'error.cart.': unionOf('domain/stock.ts', 'Unavailable'),
  'error.notFound.': 'call-sites',
  'error.changed.': 'call-sites',
}

const KEY_PREFIX = /^(error|price|stock)\.[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/

interface Use {
  key: string
  where: string
}

function keysUsed(): { uses: Use[]; unknownTemplates: Use[] } {
  const uses: Use[] = []
  const unknownTemplates: Use[] = []
  for (const file of FILES) {
    const src = code(file.text)
    // plain literals that look like keys: 'error.cart.full', `price.item`
    for (const m of src.matchAll(/(['"`])([A-Za-z0-9_.]+)\1/g)) {
      if (KEY_PREFIX.test(m[2])) uses.push({ key: m[2], where: file.name })
    }
    // `key: 'anything.dotted'` of a Reason
    for (const m of src.matchAll(/\bkey:\s*(['"`])([A-Za-z0-9_.]+)\1/g)) {
      if (m[2].includes('.')) uses.push({ key: m[2], where: file.name })
    }
    for (const m of src.matchAll(/\bnotFound\(\s*'([A-Za-z]+)'/g)) uses.push({ key: `error.notFound.${m[1]}`, where: file.name })
    for (const m of src.matchAll(/\bchangedMeanwhile\(\s*'([A-Za-z]+)'/g)) uses.push({ key: `error.changed.${m[1]}`, where: file.name })
    // template keys: `error.cart.${reason}`
    for (const m of src.matchAll(/`((?:error|price|stock)\.[A-Za-z0-9_.]*)\$\{[^}]*\}`/g)) {
      const values = TEMPLATE_KEYS[m[1]]
      if (!values) unknownTemplates.push({ key: `${m[1]}\${…}`, where: file.name })
      else if (values !== 'call-sites') for (const v of values) uses.push({ key: m[1] + v, where: file.name })
    }
  }
  return { uses, unknownTemplates }
}

describe('server message keys', () => {
  const { uses, unknownTemplates } = keysUsed()

  it('finds the keys the server sends (the scan itself works)', () => {
    const keys = new Set(uses.map((u) => u.key))
    for (const k of ['error.cart.full', 'error.cart.sold_out', 'error.notFound.product', 'price.item', 'price.shipping.flat', 'error.input.phone']) {
      expect(keys, k).toContain(k)
    }
  })

  it('knows what every template-literal key can expand to', () => {
    expect(unknownTemplates, 'list the possible values in TEMPLATE_KEYS').toEqual([])
  })

  it.each([
    ['zh', zhServer],
    ['en', enServer],
  ] as const)('has every key in the %s server dictionary', (_, dictionary) => {
    const missing = [...new Map(uses.filter((u) => !(u.key in dictionary)).map((u) => [u.key, u])).values()]
    expect(missing.map((u) => `${u.key} (${u.where})`)).toEqual([])
  })

  it('zh and en server dictionaries have the same keys', () => {
    expect(Object.keys(enServer).sort()).toEqual(Object.keys(zhServer).sort())
  })
})

describe('no bilingual display text in cloudfunctions', () => {
  it('has no "中文 / English" literal in any cloudfunctions .ts file', () => {
    const pairs = FILES.flatMap((file) =>
      file.text.split('\n').flatMap((line, i) => (/\p{Script=Han}[^'`]* \/ [A-Za-z]/u.test(line) ? [`${file.name}:${i + 1}: ${line.trim()}`] : [])),
    )
    expect(pairs).toEqual([])
  })
})
