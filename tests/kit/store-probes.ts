/**
 * Looking into the local cloud's database from a test: a cheap "has anything been written?" fingerprint
 * (every write stamps a row with a new, store-wide increasing version), full snapshots, and the records
 * that belong to one shopper.
 */
import type { Doc } from '../../local-cloud/store/ejson'
import type { Store } from '../../local-cloud/store/sqlite-store'

/** Changes whenever any row is inserted, replaced, updated or removed. O(rows), no copying. */
export function writeFingerprint(store: Store): string {
  const parts: string[] = []
  for (const name of store.collections()) {
    let max = 0
    const rows = store.rows(name)
    for (const row of rows.values()) if (row.version > max) max = row.version
    parts.push(`${name}:${rows.size}:${max}`)
  }
  return parts.join('|')
}

/** The whole database as JSON text, for exact before/after comparisons. */
export function snapshotText(store: Store): string {
  return JSON.stringify(store.snapshot())
}

/** Does this record belong to `openid`? Owned records carry the owner in `_openid`/`openid` or use it as `_id`. */
export function belongsTo(doc: Doc, openid: string): boolean {
  const d = doc as Record<string, unknown>
  return d._openid === openid || d.openid === openid || d._id === openid || d.buyerOpenid === openid
}

/** Every record of `openid` in every collection, keyed `collection/_id`, deep-copied. */
export function recordsOf(store: Store, openid: string): Map<string, Doc> {
  const out = new Map<string, Doc>()
  for (const [name, docs] of Object.entries(store.snapshot())) {
    for (const doc of docs) if (belongsTo(doc, openid)) out.set(`${name}/${String(doc._id)}`, doc)
  }
  return out
}

/** Record ids in `records` (the part after `collection/`). */
export function idsOf(records: Map<string, Doc>): string[] {
  return [...new Set([...records.values()].map((d) => String(d._id)))]
}

/** Ids of every record in a collection, plus the skuIds inside products (for inputs that name a SKU). */
export function idPool(store: Store, collections: readonly string[]): string[] {
  const ids: string[] = []
  for (const name of collections) {
    for (const doc of store.docs(name)) {
      ids.push(String(doc._id))
      const skus = (doc as { skus?: { skuId?: unknown }[] }).skus
      if (Array.isArray(skus)) for (const s of skus) if (typeof s?.skuId === 'string') ids.push(s.skuId)
    }
  }
  return ids
}

/** Every listed product's SKUs that have stock, as pairs an order or cart line can name. */
export function buyableSkus(store: Store): { productId: string; skuId: string }[] {
  return store.docs('products').flatMap((p) =>
    p.status === 'on' && Array.isArray(p.skus)
      ? (p.skus as { skuId: string; stock: number }[]).filter((s) => s.stock > 0).map((s) => ({ productId: String(p._id), skuId: s.skuId }))
      : [],
  )
}
