/**
 * The declared indexes as SQLite DDL for the local cloud, whose tables (one per collection) hold
 * `_id TEXT PRIMARY KEY, doc TEXT (JSON), version INTEGER`. Same keys, same order, same uniqueness as
 * in the cloud, so a unique violation shows up on a laptop before it shows up in WeChat.
 *
 * One difference: SQLite lets many rows share NULL in a unique index, MongoDB does not (a missing field
 * indexes as null). Code must always write the fields of a unique index; the cloud enforces it.
 */
import { collectionDecl } from './collections'
import type { IndexKey } from './types'

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

function keyExpression(key: IndexKey): string {
  // `_id` is a real column; every other field lives inside the JSON document.
  const column =
    key.field === '_id' ? quoteIdent('_id') : `json_extract(doc, '$.${key.field.replace(/'/g, "''")}')`
  return `${column} ${key.order === 'desc' ? 'DESC' : 'ASC'}`
}

export interface SqliteIndexOptions {
  /** The table holding the collection; defaults to the collection name (the local store prefixes `c_`). */
  table?: string
}

/** CREATE INDEX IF NOT EXISTS statements for one declared collection; safe to run at every start. */
export function sqliteIndexStatements(collection: string, options: SqliteIndexOptions = {}): string[] {
  const decl = collectionDecl(collection)
  const table = options.table ?? decl.name
  return decl.indexes.map((index) => {
    // SQLite index names are global to the database file, so they carry the table name.
    const name = quoteIdent(`${table}__${index.name}`)
    const kind = index.unique ? 'UNIQUE INDEX' : 'INDEX'
    const keys = index.keys.map(keyExpression).join(', ')
    return `CREATE ${kind} IF NOT EXISTS ${name} ON ${quoteIdent(table)} (${keys})`
  })
}
