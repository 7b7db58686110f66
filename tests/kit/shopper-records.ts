/**
 * Gives a shopper real records to attack: every shopper-facing action is called as that shopper with
 * realistic inputs (ids from the catalog and from the records created so far), three rounds, so an
 * order can use the address and cart earlier rounds made. Each collection an action declares it `owns` also gets a
 * sentinel record carrying the shopper's marker text, so even an action whose inputs cannot be
 * generated has something to leak.
 */
import { callAction, reachesAction, registeredActions } from './action-catalog'
import { realisticInputs } from './input-generators'
import { buyableSkus, idPool, idsOf, recordsOf } from './store-probes'
import type { TestCloud } from './test-cloud'

export interface SeededShopper {
  openid: string
  /** Text planted in the shopper's own data; must never appear in another shopper's replies. */
  marker: string
  ids: string[]
  /** The shopper's record ids by collection (orders → […]), for inputs that name `orderId` etc. */
  idsByCollection: Record<string, string[]>
}

const CATALOG_COLLECTIONS = ['products', 'categories']

export async function seedShopperRecords(t: TestCloud, openid: string, marker: string, seed = 7): Promise<SeededShopper> {
  const store = t.cloud.store
  const shopperActions = registeredActions().filter((r) => r.action.role === 'shopper' || r.action.role === 'anyone')
  const skus = buyableSkus(store)
  for (let round = 0; round < 3; round++) {
    // A's own record ids first in the pool's weight, so the later rounds use the address / cart just made.
    const records = recordsOf(store, openid)
    const own = idsOf(records)
    const ids = [...idPool(store, CATALOG_COLLECTIONS), ...own, ...own, ...own]
    const idsByCollection: Record<string, string[]> = { products: idPool(store, ['products']) }
    for (const key of records.keys()) {
      const [collection, id] = key.split('/')
      ;(idsByCollection[collection] ??= []).push(id)
    }
    for (const target of shopperActions) {
      for (const input of realisticInputs(target.action, 6, seed + round, { ids, strings: [marker], skus, idsByCollection }).filter((i) => reachesAction(target, i))) {
        await callAction(t.cloud, target, input, { openid, source: 'wx_client' })
      }
    }
  }
  const owned = new Set(shopperActions.map((r) => r.action.owns).filter((c): c is string => !!c))
  for (const collection of owned) {
    const id = `${openid}-sentinel-${collection}`
    if (!store.collection(collection).get(id)) {
      store.collection(collection).set(id, { _openid: openid, openid, note: marker, createdAt: 1_700_000_000_000 })
    }
  }
  const records = recordsOf(store, openid)
  const idsByCollection: Record<string, string[]> = {}
  for (const key of records.keys()) {
    const [collection, id] = key.split('/')
    ;(idsByCollection[collection] ??= []).push(id)
  }
  return { openid, marker, ids: idsOf(records), idsByCollection }
}
