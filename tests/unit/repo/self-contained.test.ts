/**
 * The project stands on its own: no tracked file may cite notes kept outside the repository. Platform
 * facts and their sources live in docs/platform-facts.md; cite that instead.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../../..')
// Built from parts so this file does not match itself.
const FORBIDDEN = [['platform', 'notes'].join('-'), ['..', 'shared'].join('/')]

const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean)

describe('the repository cites only its own docs', () => {
  it.each(FORBIDDEN)('no tracked file mentions %s', (needle) => {
    const hits = tracked.flatMap((file) => {
      let text: string
      try {
        text = readFileSync(join(ROOT, file), 'utf8')
      } catch {
        return [] // deleted in the work tree, or not a readable file
      }
      return text.includes(needle) ? [file] : []
    })
    expect(hits, `cite docs/platform-facts.md instead of ${needle}`).toEqual([])
  })

  it('has the facts file it points to, with numbered sections', () => {
    const facts = readFileSync(join(ROOT, 'docs/platform-facts.md'), 'utf8')
    for (const n of [1, 2, 3, 4, 5, 6, 10, 11, 12, 13]) expect(facts).toMatch(new RegExp(`^## ${n}\\. `, 'm'))
  })
})
