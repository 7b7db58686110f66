import type { Product, Recommendation } from '../contracts/catalog'
import { CARD_FIELDS, toProductCard } from '../domain/catalog'
import { recommend, type ViewedItem } from '../domain/recommendation'
import { db } from '../platform/cloud'
import { historyOf, type BrowseRecord } from './browse.service'
import { bestsellers } from './catalog.service'

/** Order states in which the buyer owns the goods (or will): these count as "bought". */
export const BOUGHT_STATES = ['paid', 'shipped', 'delivered', 'completed'] as const

interface OrderItems {
  _id: string
  openid: string
  items?: { productId?: string }[]
}

/**
 * Orders belong to the checkout feature; before it ships (or on a fresh shop) the collection may be
 * empty or absent, which simply means "nothing bought yet".
 */
async function ordersWhere(where: Record<string, unknown>, limit: number): Promise<OrderItems[]> {
  try {
    const { data } = await db().collection<OrderItems>('orders').where(where).limit(limit).field({ openid: true, items: true }).get()
    return data
  } catch (err) {
    console.warn(JSON.stringify({ at: 'recommendation.orders', error: String(err) }))
    return []
  }
}

const productIdsOf = (o: OrderItems) => (o.items ?? []).map((i) => i.productId).filter((id): id is string => typeof id === 'string')

export async function recommendFor(openid: string | null, limit: number): Promise<Recommendation[]> {
  const best = await bestsellers(limit * 2)
  if (!openid) return recommend({ history: [], boughtIds: new Set(), peerBaskets: [], candidates: [], bestsellers: best, limit })

  const _ = db().command
  const [history, myOrders] = await Promise.all([
    historyOf(openid),
    ordersWhere({ openid, state: _.in([...BOUGHT_STATES]) }, 100),
  ])
  const boughtIds = new Set(myOrders.flatMap(productIdsOf))
  const viewed: ViewedItem[] = history.map((h) => ({ productId: h.productId, title: h.title, material: h.material, tags: h.tags ?? [] }))
  if (viewed.length === 0 && boughtIds.size === 0) {
    return recommend({ history: [], boughtIds, peerBaskets: [], candidates: [], bestsellers: best, limit })
  }

  const myIds = [...new Set([...viewed.map((v) => v.productId), ...boughtIds])].slice(0, 50)
  const browse = db().collection<BrowseRecord>('browse')
  // Peers: shoppers who viewed one of my pieces; their histories become baskets for co-occurrence.
  const { data: peerViews } = await browse.where({ productId: _.in(myIds) }).orderBy('viewedAt', 'desc').limit(200).field({ openid: true }).get()
  const peers = [...new Set(peerViews.map((v) => v.openid).filter((o) => o !== openid))].slice(0, 50)
  const [peerHistory, peerOrders] = await Promise.all([
    peers.length
      ? browse.where({ openid: _.in(peers) }).limit(1000).field({ openid: true, productId: true }).get().then((r) => r.data)
      : Promise.resolve([] as BrowseRecord[]),
    ordersWhere({ 'items.productId': _.in(myIds), state: _.in([...BOUGHT_STATES]) }, 100),
  ])
  const baskets = new Map<string, string[]>()
  for (const v of peerHistory) baskets.set(v.openid, [...(baskets.get(v.openid) ?? []), v.productId])
  const peerBaskets = [...baskets.values(), ...peerOrders.filter((o) => o.openid !== openid).map(productIdsOf)]

  const coIds = [...new Set(peerBaskets.flat())].slice(0, 200)
  const materials = [...new Set(viewed.map((v) => v.material))].slice(0, 20)
  const tags = [...new Set(viewed.flatMap((v) => v.tags))].slice(0, 30)
  const related: Record<string, unknown>[] = [{ 'attrs.material': _.in(materials) }]
  if (coIds.length) related.push({ _id: _.in(coIds) })
  if (tags.length) related.push({ tags: _.in(tags) })
  const { data: candidates } = await db()
    .collection<Product>('products')
    .where(_.and([{ status: 'on', stock: _.gt(0) }, _.or(related)]))
    .orderBy('sold', 'desc')
    .limit(300)
    .field(CARD_FIELDS)
    .get()

  return recommend({ history: viewed, boughtIds, peerBaskets, candidates: candidates.map(toProductCard), bestsellers: best, limit })
}
