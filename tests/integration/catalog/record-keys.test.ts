/**
 * Record ids never concatenate caller-controlled parts with a separator those parts may contain. With
 * `${openid}_${productId}`, shopper 'ab' + product 'c_d' and shopper 'ab_c' + product 'd' were one record:
 * each could see, overwrite or delete the other's favourite and browse history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProductCard } from '../../../cloudfunctions/contracts/catalog'
import type { Page } from '../../../cloudfunctions/contracts/common'
import { insertStockedProduct } from '../../kit/stock-fixtures'
import { expectOk, startTestCloud, type TestCloud } from '../../kit/test-cloud'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ seed: false })
  insertStockedProduct(t.cloud.store, 'c_d', 5)
  insertStockedProduct(t.cloud.store, 'd', 5)
})
afterAll(() => t?.close())

const favStatus = async (openid: string, productId: string) =>
  expectOk(await t.call<{ favorite: boolean }>('shop', 'favorites.status', { productId }, openid)).favorite
const favList = async (openid: string) => expectOk(await t.call<Page<ProductCard>>('shop', 'favorites.list', {}, openid)).items.map((p) => p._id)
const setFav = async (openid: string, productId: string, favorite: boolean) =>
  expectOk(await t.call('shop', 'favorites.set', { productId, favorite }, openid))

describe('callers whose openid and product id share a separator', () => {
  it("never see or change each other's favourites", async () => {
    await setFav('ab', 'c_d', true)
    expect(await favStatus('ab', 'c_d')).toBe(true)
    expect(await favStatus('ab_c', 'd')).toBe(false)
    expect(await favList('ab_c')).toEqual([])

    await setFav('ab_c', 'd', true)
    await setFav('ab_c', 'd', false)
    expect(await favStatus('ab', 'c_d')).toBe(true)
    expect(await favList('ab')).toEqual(['c_d'])

    await setFav('ab_c', 'd', true)
    expect(await favList('ab_c')).toEqual(['d'])
    await setFav('ab', 'c_d', false)
    expect(await favList('ab_c')).toEqual(['d'])
    expect(await favList('ab')).toEqual([])
    const records = t.cloud.store.collection('favorites').find({}) as { _id: string; openid: string }[]
    expect(records.map((r) => r.openid)).toEqual(['ab_c'])
  })

  it("never see or overwrite each other's browse history", async () => {
    expectOk(await t.call('shop', 'catalog.get', { id: 'c_d' }, 'ab'))
    expectOk(await t.call('shop', 'catalog.get', { id: 'd' }, 'ab_c'))
    expectOk(await t.call('shop', 'catalog.get', { id: 'd' }, 'ab_c'))
    const browse = t.cloud.store.collection('browse').find({}) as { _id: string; openid: string; productId: string; views: number }[]
    const of = (openid: string) => browse.filter((r) => r.openid === openid).map((r) => [r.productId, r.views])
    expect(browse).toHaveLength(2)
    expect(of('ab')).toEqual([['c_d', 1]])
    expect(of('ab_c')).toEqual([['d', 2]])
    expect(new Set(browse.map((r) => r._id)).size).toBe(2)
  })

  it('still finds and removes a favourite stored under the old `<openid>_<productId>` id', async () => {
    t.cloud.store.collection('favorites').insert({ _id: 'legacy-shopper_d', openid: 'legacy-shopper', productId: 'd', createdAt: 1 } as never)
    expect(await favStatus('legacy-shopper', 'd')).toBe(true)
    await setFav('legacy-shopper', 'd', true) // no second record, no unique-index failure
    expect(t.cloud.store.collection('favorites').find({ openid: 'legacy-shopper' })).toHaveLength(1)
    await setFav('legacy-shopper', 'd', false)
    expect(await favStatus('legacy-shopper', 'd')).toBe(false)
    expect(t.cloud.store.collection('favorites').find({ openid: 'legacy-shopper' })).toHaveLength(0)
  })
})
