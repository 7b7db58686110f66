import type { CatalogSearchOutput } from '../contracts/catalog'
import { DEFAULT_HOT_KEYWORDS } from '../domain/search'
import { db } from '../platform/cloud'
import { listCategories, listProducts, type ListQuery } from './catalog.service'

/** Keyword search; an empty result carries category suggestions so the shopper is never stuck. */
export async function searchProducts(q: ListQuery & { keyword: string }): Promise<CatalogSearchOutput> {
  const page = await listProducts(q)
  const suggestions = page.total === 0 ? await listCategories() : []
  return { ...page, suggestions }
}

/** The merchant's hot keywords from settings, else the shop's defaults. */
export async function hotKeywords(): Promise<string[]> {
  const { data } = await db().collection<{ hotKeywords?: string[] }>('settings').doc('shop').get()
  const custom = data?.hotKeywords?.filter((k) => typeof k === 'string' && k.trim())
  return custom && custom.length ? custom.slice(0, 12) : [...DEFAULT_HOT_KEYWORDS]
}
