import type { SeedTarget } from '../../../local-cloud/seed'

/** An in-memory SeedTarget that also records every write, so tests can tell "skipped" from "rewritten". */
export function memoryTarget() {
  const collections = new Map<string, Map<string, Record<string, unknown>>>()
  const files = new Map<string, string | Uint8Array>()
  const writes: string[] = []
  const target: SeedTarget = {
    has: (collection, id) => collections.get(collection)?.has(id) ?? false,
    put(collection, doc) {
      const docs = collections.get(collection) ?? new Map<string, Record<string, unknown>>()
      if (docs.has(doc._id)) throw new Error(`duplicate insert ${collection}/${doc._id}`)
      docs.set(doc._id, structuredClone(doc))
      collections.set(collection, docs)
      writes.push(`${collection}/${doc._id}`)
    },
    writeFile(relPath, content) {
      files.set(relPath, content)
      writes.push(`file:${relPath}`)
    },
    fileExists: (relPath) => files.has(relPath),
  }
  const docs = (collection: string) => [...(collections.get(collection)?.values() ?? [])]
  return { target, files, writes, docs, collections }
}
