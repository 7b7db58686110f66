import type { CatalogSearchInput, CatalogSearchOutput, Product, SearchCard } from '../contracts/catalog'
import type { CatalogSuggestOutput } from '../contracts/search'
import type { z } from 'zod'
import { CARD_FIELDS, toProductCard } from '../domain/catalog'
import { didYouMean, nearestMaterials, search, suggest } from '../domain/search/engine'
import { db } from '../platform/cloud'
import { currentIndex } from './search/search-index'
import { hotKeywordsOf } from './search/search-settings'

type SearchQuery = z.output<typeof CatalogSearchInput>

/**
 * Keyword search on this instance's index (one request to check it is current). The page of results is
 * then re-read (one request) so stock, price and status are as of now; a piece unlisted since the index
 * was built drops out. A search that finds nothing sends no second request and answers with what to try
 * instead: did-you-mean, the nearest materials, hot searches and the categories.
 */
export async function searchProducts(q: SearchQuery): Promise<CatalogSearchOutput> {
  const { index, hot } = await currentIndex()
  const result = search(index, q)
  let items: SearchCard[] = []
  if (result.hits.length) {
    const _ = db().command
    const { data } = await db()
      .collection<Product>('products')
      .where({ _id: _.in(result.hits.map((h) => h.card._id)) })
      .field(CARD_FIELDS)
      .get()
    const fresh = new Map(data.map((p) => [p._id, toProductCard(p)]))
    items = result.hits.flatMap((h) => {
      const card = fresh.get(h.card._id)
      if (!card || card.status !== 'on') return []
      return [h.matchedSkuId ? { ...card, matchedSkuId: h.matchedSkuId } : card]
    })
  }
  const none = result.total === 0
  return {
    items,
    page: q.page,
    pageSize: q.pageSize,
    total: result.total,
    hasMore: (q.page - 1) * q.pageSize + result.hits.length < result.total,
    suggestions: none ? index.categories : [],
    corrections: result.corrections,
    ignored: result.ignored,
    didYouMean: none ? didYouMean(index, q.keyword) : null,
    materials: none ? nearestMaterials(index, q.keyword) : [],
    hot: none ? hot : [],
  }
}

/** Suggestions while typing, from the same index (one request to check it is current). */
export async function suggestions(prefix: string): Promise<CatalogSuggestOutput> {
  const { index } = await currentIndex()
  return suggest(index, prefix)
}

/** The merchant's hot keywords from settings, else the shop's defaults. */
export async function hotKeywords(): Promise<string[]> {
  const { data } = await db().collection<{ hotKeywords?: string[] }>('settings').doc('shop').get()
  return hotKeywordsOf(data as never)
}
