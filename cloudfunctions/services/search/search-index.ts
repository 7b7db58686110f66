/**
 * The search index of this function instance: built from the listed products on the first search,
 * refreshed when the catalogue version stamp moves (every product save, status change, stock adjustment,
 * category write and synonym save bumps it) by re-reading only the products whose `updatedAt` moved,
 * and read whole when it is older than MAX_AGE_MS (stock and sales move with every order without
 * bumping the stamp; the page a shopper sees is re-read fresh anyway).
 *
 * Each search costs ONE request to learn whether the index is current: the `settings` documents `search`
 * (stamp, synonyms) and `shop` (hot keywords) read together. A refresh reads the categories, the
 * material cards (their meanings are every product's `meanings` field) and the changed products (3
 * requests, in parallel); a full build the categories, the cards and the listed products 1 000 at a time.
 */
import type { Category, Product } from '../../contracts/catalog'
import { buildSearchIndex, type IndexedProduct, type SearchIndex } from '../../domain/search/engine'
import { DEFAULT_SYNONYMS, type SynonymGroup } from '../../domain/search/synonyms'
import { MATERIALS_LIMIT, type MaterialCard } from '../../contracts/crystal'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { pinyinPhonetics } from './phonetics'
import { hotKeywordsOf, readSearchSettings } from './search-settings'

/** Stock and sales move with every order without touching the stamp: re-read everything this often. */
export const MAX_AGE_MS = 30 * 60 * 1000
const PAGE = 1000

interface Built {
  index: SearchIndex
  version: number
  builtAt: number
  /** The listed products the index was built from, by id, and the newest `updatedAt` among all read. */
  products: Map<string, IndexedProduct>
  seenUpdatedAt: number
}

let current: Built | null = null
let building: { version: number; promise: Promise<Built> } | null = null
/** Builds since the instance started, and how the last one went (tests and the bench read it). */
export const indexStats = { builds: 0, fullBuilds: 0, lastBuildMs: 0, lastRead: 0, products: 0 }

const INDEX_FIELDS = {
  _id: true, title: true, subtitle: true, description: true, categoryId: true, tags: true, attrs: true, skus: true,
  priceFrom: true, stock: true, sold: true, unique: true, status: true, createdAt: true, updatedAt: true, media: true, meanings: true,
} as const

type Stored = IndexedProduct & { updatedAt?: number }

/** Each material name and alias → the meanings of its card (招财, 安神 …): the `meanings` field of every product of that material. */
const readMeanings = () =>
  db()
    .collection<MaterialCard>(COLLECTION.materials)
    .limit(MATERIALS_LIMIT)
    .field({ names: true, meanings: true })
    .get()
    .then((r) => new Map(r.data.flatMap((c) => (c.names ?? []).map((n) => [n, c.meanings ?? []] as const))))

const readCategories = () => db().collection<Category>('categories').orderBy('sort', 'asc').limit(100).get().then((r) => r.data)

/**
 * What changed since the previous build: the products whose `updatedAt` moved (every merchant write to
 * a product moves it), at most one page; null when there were more (or no previous build) and
 * everything must be read again.
 */
async function changedSince(previous: Built | null): Promise<Stored[] | null> {
  if (!previous) return null
  const _ = db().command
  const { data } = await db().collection<Product>('products').where({ updatedAt: _.gte(previous.seenUpdatedAt) }).limit(PAGE).field(INDEX_FIELDS).get()
  return data.length < PAGE ? (data as Stored[]) : null
}

async function readAllListed(): Promise<Stored[]> {
  const products: Stored[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await db().collection<Product>('products').where({ status: 'on' }).orderBy('_id', 'asc').skip(skip).limit(PAGE).field(INDEX_FIELDS).get()
    products.push(...(data as Stored[]))
    if (data.length < PAGE) return products
  }
}

async function build(version: number, synonyms: readonly SynonymGroup[], previous: Built | null): Promise<Built> {
  const started = Date.now()
  const [categories, changed, meanings] = await Promise.all([readCategories(), changedSince(previous), readMeanings()])
  let products: Map<string, IndexedProduct>
  let seenUpdatedAt: number
  let read: number
  if (changed && previous) {
    products = new Map(previous.products)
    for (const p of changed) {
      if (p.status === 'on') products.set(p._id, p)
      else products.delete(p._id)
    }
    seenUpdatedAt = changed.reduce((m, p) => Math.max(m, p.updatedAt ?? 0), previous.seenUpdatedAt)
    read = changed.length
  } else {
    const all = await readAllListed()
    products = new Map(all.map((p) => [p._id, p]))
    seenUpdatedAt = all.reduce((m, p) => Math.max(m, p.updatedAt ?? 0), 0)
    read = all.length
    indexStats.fullBuilds++
  }
  const sorted = [...products.values()].sort((a, b) => (a._id < b._id ? -1 : 1)).map((p) => {
    const m = meanings.get(p.attrs.material)
    return m && m.length ? { ...p, meanings: [...(p.meanings ?? []), ...m] } : p
  })
  const index = buildSearchIndex(sorted, categories, synonyms, pinyinPhonetics)
  indexStats.builds++
  indexStats.lastBuildMs = Date.now() - started
  indexStats.lastRead = read
  indexStats.products = products.size
  return { index, version, builtAt: previous && changed ? previous.builtAt : Date.now(), products, seenUpdatedAt }
}

/** The index, current as of the stamp just read, plus the hot keywords read in the same request. */
export async function currentIndex(): Promise<{ index: SearchIndex; hot: string[] }> {
  const { search, shop } = await readSearchSettings()
  const version = search?.catalogVersion ?? 0
  const expired = !current || Date.now() - current.builtAt >= MAX_AGE_MS
  if (expired || current!.version !== version) {
    if (!building || building.version !== version) {
      // a changed stamp re-reads only what the merchant touched; an expired index is read whole
      const promise = build(version, search?.synonyms ?? DEFAULT_SYNONYMS, expired ? null : current)
      building = { version, promise }
      promise.then(
        () => (building?.promise === promise ? (building = null) : undefined),
        () => (building?.promise === promise ? (building = null) : undefined),
      )
    }
    current = await building.promise
  }
  return { index: current!.index, hot: hotKeywordsOf(shop) }
}
