import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Store } from './store/sqlite-store'
import { seedShop, type SeedTarget } from './seed'
import { safeJoin } from './http/static-files'

export interface SeedOptions {
  filesDir: string
  ownerOpenid: string
  log?: (line: string) => void
  /** Fixed so the demo shop is the same on every machine; "newest" spreads back from here. */
  baseTime?: number
}

/** Seeds the demo shop into a local cloud store; safe to run on every start (existing ids are kept). */
export function seedLocalCloud(store: Store, opts: SeedOptions) {
  const target: SeedTarget = {
    has: (collection, id) => store.collection(collection).get(id) != null,
    put: (collection, doc) => {
      store.collection(collection).insert(doc)
    },
    writeFile: (relPath, content) => {
      const file = safeJoin(opts.filesDir, '/' + relPath)
      if (!file) throw new Error(`seed file path escapes the files dir: ${relPath}`)
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, content)
    },
    fileExists: (relPath) => {
      const file = safeJoin(opts.filesDir, '/' + relPath)
      return file !== null && existsSync(file)
    },
  }
  return seedShop(target, {
    baseTime: opts.baseTime ?? Date.UTC(2026, 10, 1),
    ownerOpenid: opts.ownerOpenid,
    log: opts.log,
  })
}
