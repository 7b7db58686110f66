import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONFIG_KEYS } from '../../../cloudfunctions/config'

const doc = readFileSync(resolve(__dirname, '../../../docs/go-live.md'), 'utf8')

describe('docs/go-live.md', () => {
  it('documents every environment variable the config reads, with its default', () => {
    for (const spec of CONFIG_KEYS) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${spec.key}\` |`))
      expect(row, `${spec.key} is missing from the table in docs/go-live.md`).toBeDefined()
      expect(row).toContain(spec.required ? '| yes |' : '| no |')
      if (spec.defaultValue) expect(row).toContain(spec.defaultValue)
    }
  })

  it('documents no variable the config does not read', () => {
    const known = new Set(CONFIG_KEYS.map((spec) => spec.key))
    const rows = doc.split('\n').flatMap((line) => /^\| `(JF_[A-Z0-9_]+)` \|/.exec(line)?.[1] ?? [])
    expect(rows.filter((key) => !known.has(key))).toEqual([])
  })
})
