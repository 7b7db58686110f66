/**
 * The search index of this function instance: built from the listed products on the first search,
 * rebuilt when the catalogue version stamp moves (every product save, status change, stock adjustment,
 * category write and synonym save bumps it) or when it is older than MAX_AGE_MS (stock and sales move
 * with every order without bumping the stamp; the page a shopper sees is re-read fresh anyway).
 *
 * Each search costs ONE request to learn whether the index is current: the `settings` documents `search`
 * (stamp, synonyms) and `shop` (hot keywords) read together. A rebuild reads the categories and the
 * listed products 1 000 at a time.
 */
import type { Category, Product } from '../../contracts/catalog'
import { buildSearchIndex, type IndexedProduct, type SearchIndex } from '../../domain/search/engine'
import { DEFAULT_SYNONYMS, type SynonymGroup } from '../../domain/search/synonyms'
import { db } from '../../platform/cloud'
import { pinyinPhonetics } from './phonetics'
import { hotKeywordsOf, readSearchSettings } from './search-settings'

export const MAX_AGE_MS = 5 * 60 * 1000
const PAGE = 1000

interface Built {
  index: SearchIndex
  version: number
  builtAt: number
}

let current: Built | null = null
let building: { version: number; promise: Promise<Built> } | null = null
/** Rebuilds since the instance started (tests and the bench read it). */
export const indexStats = { builds: 0, lastBuildMs: 0, products: 0 }

const INDEX_FIELDS = {
  _id: true, title: true, subtitle: true, description: true, categoryId: true, tags: true, attrs: true, skus: true,
  priceFrom: true, stock: true, sold: true, unique: true, status: true, createdAt: true, media: true, meanings: true,
} as const

async function build(version: number, synonyms: readonly SynonymGroup[]): Promise<Built> {
  const started = Date.now()
  const products: IndexedProduct[] = []
  const [categories] = await Promise.all([
    db().collection<Category>('categories').orderBy('sort', 'asc').limit(100).get().then((r) => r.data),
    (async () => {
      for (let skip = 0; ; skip += PAGE) {
        const { data } = await db().collection<Product>('products').where({ status: 'on' }).orderBy('_id', 'asc').skip(skip).limit(PAGE).field(INDEX_FIELDS).get()
        products.push(...(data as IndexedProduct[]))
        if (data.length < PAGE) break
      }
    })(),
  ])
  const index = buildSearchIndex(products, categories, synonyms, pinyinPhonetics)
  indexStats.builds++
  indexStats.lastBuildMs = Date.now() - started
  indexStats.products = products.length
  return { index, version, builtAt: Date.now() }
}

/** The index, current as of the stamp just read, plus the hot keywords read in the same request. */
export async function currentIndex(): Promise<{ index: SearchIndex; hot: string[] }> {
  const { search, shop } = await readSearchSettings()
  const version = search?.catalogVersion ?? 0
  const fresh = current && current.version === version && Date.now() - current.builtAt < MAX_AGE_MS
  if (!fresh) {
    if (!building || building.version !== version) {
      const promise = build(version, search?.synonyms ?? DEFAULT_SYNONYMS)
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
