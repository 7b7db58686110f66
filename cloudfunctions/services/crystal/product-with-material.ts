import type { CatalogGetOutput, Product } from '../../contracts/catalog'
import type { MaterialCard, MaterialCardView } from '../../contracts/crystal'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'

export const cardView = (c: MaterialCard): MaterialCardView => ({ name: c.name, meanings: c.meanings ?? [], culture: c.culture ?? '', mohs: c.mohs ?? '', care: c.care ?? [] })

/**
 * One product and its material card in ONE request: an aggregate on the product with an equality
 * `lookup` of `materials.names` (name + aliases) against `attrs.material` (docs/platform-facts.md §16;
 * an array foreign field matches any of its elements, as in MongoDB). The product page thus costs what
 * it did before cards existed, and a merchant's edit shows at once (nothing cached).
 */
export async function productWithMaterial(id: string): Promise<CatalogGetOutput | null> {
  const { list } = (await db()
    .collection(COLLECTION.products)
    .aggregate()
    .match({ _id: id })
    .lookup({ from: COLLECTION.materials, localField: 'attrs.material', foreignField: 'names', as: 'materialCards' })
    .limit(1)
    .end()) as { list: (Product & { materialCards?: MaterialCard[] })[] }
  const row = list[0]
  if (!row) return null
  const { materialCards, ...product } = row
  const card = (materialCards ?? [])[0]
  return { ...(product as Product), materialCard: card ? cardView(card) : null }
}
