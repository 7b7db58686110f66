import type { Actor } from '../../contracts/common'
import type { SynonymsGetOutput } from '../../contracts/search'
import { DEFAULT_SYNONYMS, type SynonymGroup } from '../../domain/search/synonyms'
import { db } from '../../platform/cloud'
import { audit } from '../audit.service'
import { readSearchSettings, SEARCH_SETTINGS_ID, type SearchSettingsDoc } from './search-settings'

export async function getSynonyms(): Promise<SynonymsGetOutput> {
  const { search: doc } = await readSearchSettings()
  return { groups: doc?.synonyms ?? DEFAULT_SYNONYMS.map((g) => ({ kind: g.kind, terms: [...g.terms] })), updatedAt: doc?.synonymsUpdatedAt ?? null }
}

const show = (groups: readonly SynonymGroup[]) => groups.map((g) => g.terms.join(g.kind === 'near' ? '≈' : '=')).join('; ')

/**
 * Replaces the synonym table, bumping the catalogue stamp in the same write so every instance's index
 * is rebuilt with it on its next search. Audited with the groups added and removed.
 */
export async function setSynonyms(groups: SynonymGroup[], actor: Actor, now: number): Promise<SynonymsGetOutput> {
  const before = await getSynonyms()
  const settings = db().collection<SearchSettingsDoc>('settings')
  const data = { synonyms: groups, synonymsUpdatedAt: now }
  const { stats } = await settings.doc(SEARCH_SETTINGS_ID).update({ data: { ...data, synonyms: db().command.set(groups), catalogVersion: db().command.inc(1) } as never })
  if (stats.updated === 0) await settings.doc(SEARCH_SETTINGS_ID).set({ data: { ...data, catalogVersion: 1 } as never })
  const key = (g: SynonymGroup) => `${g.kind}:${g.terms.join('|')}`
  const was = new Set(before.groups.map(key))
  const is = new Set(groups.map(key))
  const added = groups.filter((g) => !was.has(key(g)))
  const removed = before.groups.filter((g) => !is.has(key(g)))
  await audit({
    actor,
    at: now,
    action: 'search.setSynonyms',
    targetId: SEARCH_SETTINGS_ID,
    summary: added.length || removed.length ? `${added.length ? `+ ${show(added)}` : ''}${added.length && removed.length ? ' ' : ''}${removed.length ? `− ${show(removed)}` : ''}` : 'no change',
  })
  return { groups, updatedAt: now }
}
