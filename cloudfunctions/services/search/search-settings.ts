import { DEFAULT_HOT_KEYWORDS } from '../../domain/search'
import type { SynonymGroup } from '../../domain/search/synonyms'
import { db } from '../../platform/cloud'

/**
 * The `settings` document `search`: the merchant's synonym table and the catalogue version stamp that
 * tells every function instance's search index to rebuild. No pinyin here, so the admin bundle that
 * bumps the stamp stays small.
 */
export const SEARCH_SETTINGS_ID = 'search'

export interface SearchSettingsDoc {
  _id: 'search'
  synonyms?: SynonymGroup[]
  synonymsUpdatedAt?: number
  /** Moves with every merchant write that changes what search finds. */
  catalogVersion?: number
  catalogChangedAt?: number
}

export interface ShopSettingsDoc {
  _id: 'shop'
  hotKeywords?: string[]
}

export function hotKeywordsOf(shop: ShopSettingsDoc | undefined): string[] {
  const custom = shop?.hotKeywords?.filter((k) => typeof k === 'string' && k.trim())
  return custom && custom.length ? custom.slice(0, 12) : [...DEFAULT_HOT_KEYWORDS]
}

/** Both documents in one request. */
export async function readSearchSettings(): Promise<{ search?: SearchSettingsDoc; shop?: ShopSettingsDoc }> {
  const _ = db().command
  const { data } = await db()
    .collection<SearchSettingsDoc | ShopSettingsDoc>('settings')
    .where({ _id: _.in([SEARCH_SETTINGS_ID, 'shop']) })
    .get()
  return {
    search: data.find((d): d is SearchSettingsDoc => d._id === SEARCH_SETTINGS_ID),
    shop: data.find((d): d is ShopSettingsDoc => d._id === 'shop'),
  }
}

/**
 * Tells every function instance's index that the catalogue changed: one update of the stamp (creating
 * the settings document the first time). Called after the merchant's write succeeded.
 */
export async function bumpCatalogVersion(now: number): Promise<void> {
  const settings = db().collection<SearchSettingsDoc>('settings')
  const { stats } = await settings.doc(SEARCH_SETTINGS_ID).update({ data: { catalogVersion: db().command.inc(1), catalogChangedAt: now } as never })
  if (stats.updated === 0) await settings.doc(SEARCH_SETTINGS_ID).set({ data: { catalogVersion: 1, catalogChangedAt: now } as never })
}
