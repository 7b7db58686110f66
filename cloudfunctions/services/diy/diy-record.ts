/** Where DIY components and rules live: `diy_components`, and the rules as the settings record `diy`. */
import { DEFAULT_DIY_RULES, type DiyComponent, type DiyRules } from '../../contracts/diy'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'

export const diyComponents = () => db().collection<DiyComponent>(COLLECTION.diy_components)

export const DIY_RULES_ID = 'diy'

type StoredRules = Partial<DiyRules> & { _id: string }

export function rulesFrom(stored: StoredRules | null | undefined): DiyRules {
  if (!stored) return DEFAULT_DIY_RULES
  return {
    minBaseBeads: stored.minBaseBeads ?? DEFAULT_DIY_RULES.minBaseBeads,
    beadSizes: stored.beadSizes ?? DEFAULT_DIY_RULES.beadSizes,
    categoryId: stored.categoryId ?? DEFAULT_DIY_RULES.categoryId,
  }
}

export async function loadRules(): Promise<DiyRules> {
  const { data } = await db().collection<StoredRules>(COLLECTION.settings).where({ _id: DIY_RULES_ID }).limit(1).get()
  return rulesFrom(data[0])
}

/** The components a design names (one request), by id. */
export async function loadComponents(ids: readonly string[]): Promise<Map<string, DiyComponent>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const { data } = await diyComponents()
    .where({ _id: db().command.in(unique) })
    .limit(100)
    .get()
  return new Map(data.map((c) => [c._id, c]))
}
