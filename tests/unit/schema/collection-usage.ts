/** Finds the collection names source code uses, so a test can insist every one is declared. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export interface CollectionUse {
  name: string
  file: string
  line: number
}

const LITERAL_CALL = /\.collection\s*(?:<[^>()]*>)?\s*\(\s*(['"`])([^'"`$\\]+)\1\s*\)/g
const CONSTANT = /\bCOLLECTION\.([A-Za-z_$][\w$]*)/g

/** Uses in one file's text: `.collection('x')`, `.collection<T>("x")`, `` .collection(`x`) ``, `COLLECTION.x`. */
export function collectionUsesIn(text: string, file: string): CollectionUse[] {
  const uses: CollectionUse[] = []
  const lineOf = (index: number) => text.slice(0, index).split('\n').length
  for (const m of text.matchAll(LITERAL_CALL)) uses.push({ name: m[2], file, line: lineOf(m.index ?? 0) })
  for (const m of text.matchAll(CONSTANT)) uses.push({ name: m[1], file, line: lineOf(m.index ?? 0) })
  return uses
}

const SKIPPED_DIRS = new Set(['node_modules', 'tests', '__tests__', 'dist', '.data'])
const SOURCE_FILE = /\.(ts|tsx|js|cjs|mjs)$/
const TEST_FILE = /\.(test|spec)\.[cm]?[jt]sx?$/

export function sourceFilesUnder(root: string, dir: string): string[] {
  let entries: string[]
  try {
    entries = readdirSync(join(root, dir))
  } catch {
    return [] // e.g. local-cloud/ not written yet
  }
  const files: string[] = []
  for (const entry of entries) {
    const path = join(dir, entry)
    const stat = statSync(join(root, path))
    if (stat.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry)) files.push(...sourceFilesUnder(root, path))
    } else if (SOURCE_FILE.test(entry) && !TEST_FILE.test(entry) && !entry.endsWith('.d.ts')) files.push(path)
  }
  return files
}

export function collectionUsesInRepo(root: string, dirs: string[]): CollectionUse[] {
  return dirs
    .flatMap((dir) => sourceFilesUnder(root, dir))
    .flatMap((file) => collectionUsesIn(readFileSync(join(root, file), 'utf8'), relative(root, join(root, file))))
}
