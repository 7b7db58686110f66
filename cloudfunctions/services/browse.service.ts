import type { Product } from '../contracts/catalog'
import { db } from '../platform/cloud'
import { recordKey } from './record-key'

/** How many distinct products a shopper's history keeps; older views are dropped. */
export const BROWSE_HISTORY_LIMIT = 50

/** One record per shopper and product (viewing again moves it to the front); a snapshot for scoring. */
export interface BrowseRecord {
  _id: string
  openid: string
  productId: string
  title: string
  material: string
  tags: string[]
  viewedAt: number
  views: number
}

/** Hash of [openid, productId] (services/record-key.ts): no two (shopper, product) pairs share an id. */
export const browseId = (openid: string, productId: string) => recordKey('b', openid, productId)

/** Records a product view server-side and trims the shopper's history to its bound. */
export async function recordView(openid: string, product: Product, now: number): Promise<void> {
  const browse = db().collection<BrowseRecord>('browse')
  const id = browseId(openid, product._id)
  const { data: found } = await browse.doc(id).get()
  // the id is a hash, so a record there is this shopper's; checked anyway, a record is never shared
  const existing = found && found.openid === openid ? found : null
  await browse.doc(id).set({
    data: {
      openid,
      productId: product._id,
      title: product.title,
      material: product.attrs.material,
      tags: product.tags,
      viewedAt: now,
      views: (existing?.views ?? 0) + 1,
    },
  })
  if (existing) return
  const { data: overflow } = await browse
    .where({ openid })
    .orderBy('viewedAt', 'desc')
    .skip(BROWSE_HISTORY_LIMIT)
    .limit(100)
    .field({ _id: true })
    .get()
  if (overflow.length === 0) return
  const _ = db().command
  await browse.where({ openid, _id: _.in(overflow.map((r) => r._id)) }).remove()
}

export async function historyOf(openid: string): Promise<BrowseRecord[]> {
  const { data } = await db()
    .collection<BrowseRecord>('browse')
    .where({ openid })
    .orderBy('viewedAt', 'desc')
    .limit(BROWSE_HISTORY_LIMIT)
    .get()
  // A product viewed before and after the id change has two records (old `<openid>_<productId>` id and
  // the hashed one) until the old one ages out: keep the newest per product.
  const seen = new Set<string>()
  return data.filter((r) => !seen.has(r.productId) && !!seen.add(r.productId))
}
