/**
 * The deployed bundles (dist/cloudfunctions/<fn>/index.js, built by the stage before this one) carry no
 * local-cloud code: esbuild names every bundled source file in a `// path` comment, so a local-cloud
 * module, the SQLite store or mingo would show up here even if the dependency rules were bypassed.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FUNCTION_NAMES } from '../../../cloudfunctions/functions/manifest'

const DIST = resolve(__dirname, '..', '..', '..', process.env.JF_DIST_DIR || 'dist', 'cloudfunctions')

/** Things only the local cloud has: its source files, its store's libraries, its dev endpoints, its SDK patch point. */
const MARKERS: [string, RegExp][] = [
  ['a local-cloud source file', /^\/\/ (?:.*\/)?local-cloud\/.*$/m],
  ['the local store (better-sqlite3 / mingo)', /node_modules\/(?:better-sqlite3|mingo)\/|require\("(?:better-sqlite3|mingo)"\)/],
  ['a dev endpoint', /\/api\/dev\//],
  ['the SDK request patch point', /tcbapirequester/],
]

describe('function bundles carry no local-cloud code', () => {
  it.each(FUNCTION_NAMES)('%s/index.js', (name) => {
    const file = join(DIST, name, 'index.js')
    expect(existsSync(file), `${file} missing: run npx tsx scripts/build-functions.ts`).toBe(true)
    const source = readFileSync(file, 'utf8')
    const found = MARKERS.flatMap(([what, re]) => {
      const hit = source.match(re)
      return hit ? [`${what}: ${hit[0].slice(0, 120)}`] : []
    })
    expect(found).toEqual([])
  })
})
