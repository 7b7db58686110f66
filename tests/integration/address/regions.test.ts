/**
 * address.save through the built shop bundle: the region must exist in the dataset the picker shows
 * (short names are stored canonical), postcode and tag round-trip, and an address saved before the
 * check, with free-text regions, still loads, quotes and can be ordered to.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Address } from '../../../cloudfunctions/contracts/address'
import type { Quote } from '../../../cloudfunctions/contracts/checkout'
import type { ActionResult } from '../../../cloudfunctions/core/result'
import { buyNow, expectOk, getOrder, putProduct, startOrdersCloud, type OrdersCloud } from '../orders/orders-kit'

let t: OrdersCloud
beforeEach(async () => {
  t = await startOrdersCloud()
})
afterEach(() => t.close())

const BASE = { name: '林晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园路 1 号' }

function problem(result: ActionResult<unknown>) {
  if (result.ok) throw new Error('expected a rejection')
  return { code: result.error.code, key: result.error.key, details: result.error.details }
}

describe('address.save checks the region against the dataset', () => {
  it('stores the dataset’s names for short ones, with postcode and tag', async () => {
    const saved = expectOk(await t.call<Address>('shop', 'address.save', { ...BASE, province: '广东', city: '深圳', district: '南山区', postcode: '518057', tag: 'company' }, 'r1'))
    expect(saved).toMatchObject({ province: '广东省', city: '深圳市', district: '南山区', postcode: '518057', tag: 'company' })
    const muni = expectOk(await t.call<Address>('shop', 'address.save', { ...BASE, province: '北京', city: '北京市', district: '朝阳区' }, 'r1'))
    expect(muni).toMatchObject({ province: '北京市', city: '北京市', district: '朝阳区', postcode: '', tag: null })
    // WeChat names 仙桃 as a city; the dataset files it under 省直辖县: the district decides.
    const placeholder = expectOk(await t.call<Address>('shop', 'address.save', { ...BASE, province: '湖北省', city: '仙桃市', district: '仙桃市' }, 'r1'))
    expect(placeholder).toMatchObject({ province: '湖北省', city: '省直辖县', district: '仙桃市' })
    const region = expectOk(await t.call<Address>('shop', 'address.save', { ...BASE, province: '新疆', city: '伊犁州', district: '伊宁市' }, 'r1'))
    expect(region).toMatchObject({ province: '新疆维吾尔自治区', city: '伊犁哈萨克自治州', district: '伊宁市' })
  })

  it('clears a postcode and a tag when an edit sends them empty', async () => {
    const saved = expectOk(await t.call<Address>('shop', 'address.save', { ...BASE, postcode: '518057', tag: 'home' }, 'r2'))
    const edited = expectOk(await t.call<Address>('shop', 'address.save', { ...BASE, id: saved._id, postcode: '', tag: null }, 'r2'))
    expect(edited).toMatchObject({ postcode: '', tag: null })
  })

  it('rejects a region that does not exist, names the field, and writes nothing', async () => {
    const writes = t.writeRequests()
    const cases: [Partial<typeof BASE>, string, string][] = [
      [{ province: '火星省' }, 'province', 'error.address.unknownProvince'],
      [{ city: '杭州市' }, 'city', 'error.address.unknownCity'],
      [{ district: '西湖区' }, 'district', 'error.address.unknownDistrict'],
      [{ province: '北京市', city: '北京市', district: '南山区' }, 'district', 'error.address.unknownDistrict'],
    ]
    for (const [change, path, message] of cases) {
      const got = problem(await t.call('shop', 'address.save', { ...BASE, ...change }, 'r3'))
      expect(got, JSON.stringify(change)).toEqual({ code: 'INVALID_INPUT', key: 'error.address.region', details: [{ path, message }] })
    }
    expect(t.writeRequests()).toBe(writes)
    expect(expectOk(await t.call<Address[]>('shop', 'address.list', {}, 'r3'))).toEqual([])
  })

  it('rejects a malformed postcode or phone by field', async () => {
    const postcode = problem(await t.call('shop', 'address.save', { ...BASE, postcode: '51805' }, 'r4'))
    expect(postcode).toMatchObject({ code: 'INVALID_INPUT', details: [{ path: 'postcode', message: 'error.input.postcode' }] })
    const phone = problem(await t.call('shop', 'address.save', { ...BASE, phone: '12800138000' }, 'r4'))
    expect(phone).toMatchObject({ code: 'INVALID_INPUT', details: [{ path: 'phone', message: 'error.input.phone' }] })
    expectOk(await t.call<Address>('shop', 'address.save', { ...BASE, phone: '010-88886666' }, 'r4'))
  })
})

describe('addresses saved before the region check', () => {
  it('still list, quote and take an order; editing one asks for a real region', async () => {
    const legacy = { _id: 'legacy-addr-1', openid: 'old', name: '老顾客', phone: '13800138000', province: '广东', city: '深圳', district: '科技园', detail: '1 号', isDefault: true, updatedAt: 1 }
    t.cloud.store.collection('addresses').insert(legacy as never)
    const book = expectOk(await t.call<Address[]>('shop', 'address.list', {}, 'old'))
    expect(book.map((a) => [a._id, a.province, a.district])).toEqual([['legacy-addr-1', '广东', '科技园']])
    const p = putProduct(t, [{ price: 5900, stock: 3 }])
    const quote = expectOk(await t.call<Quote>('shop', 'checkout.quote', { source: { buyNow: { productId: p._id, skuId: p.skus[0].skuId, quantity: 1 } }, addressId: legacy._id }, 'old'))
    expect(quote.canOrder).toBe(true)
    const order = expectOk(await buyNow(t, 'old', legacy._id, p))
    expect((await getOrder(t, 'old', order.orderId)).address).toMatchObject({ province: '广东', district: '科技园' })

    const { _id, openid: _o, updatedAt: _u, isDefault: _d, ...fields } = legacy
    const again = problem(await t.call('shop', 'address.save', { ...fields, id: _id }, 'old'))
    expect(again.details).toEqual([{ path: 'district', message: 'error.address.unknownDistrict' }])
    const fixed = expectOk(await t.call<Address>('shop', 'address.save', { ...fields, id: _id, district: '南山区' }, 'old'))
    expect(fixed).toMatchObject({ _id, province: '广东省', city: '深圳市', district: '南山区', isDefault: true })
  })
})
