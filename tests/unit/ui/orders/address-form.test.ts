import { areaList } from '@vant/area-data'
import { describe, expect, it } from 'vitest'
import { ADDRESS_BOOK_MAX, AddressSaveInput } from '../../../../cloudfunctions/contracts/address'
import { recogniseAddress } from '../../../../cloudfunctions/domain/address/recognise'
import { buildRegionIndex } from '../../../../cloudfunctions/domain/address/region'
import {
  addressFormProblems,
  applyRecognised,
  emptyAddressForm,
  formFromAddress,
  formFromWeChat,
  problemsFromServer,
  regionOf,
  toSaveInput,
  withRegion,
} from '../../../../src/packages/order/address-edit/address-form'
import { ADDRESS_BOOK_LIMIT } from '../../../../src/packages/order/address-list/limits'

const regions = buildRegionIndex(areaList)
const filled = { ...emptyAddressForm(), name: '林晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园路 1 号', isDefault: true }

describe('address form', () => {
  it('marks every empty required field, the region included, and not the optional postcode', () => {
    const problems = addressFormProblems(emptyAddressForm(), regions)
    expect(Object.keys(problems).sort()).toEqual(['detail', 'name', 'phone', 'region'])
    expect(problems.region).toEqual({ key: 'address.problem.region' })
  })

  it('rejects a phone or postcode the server would reject, and accepts mobiles, landlines and typed spacing', () => {
    expect(addressFormProblems({ ...filled, phone: '12345' }, regions).phone).toEqual({ key: 'error.input.phone' })
    expect(addressFormProblems({ ...filled, phone: '12800138000' }, regions).phone).toEqual({ key: 'error.input.phone' })
    expect(addressFormProblems({ ...filled, phone: '0755-86000000' }, regions)).toEqual({})
    expect(addressFormProblems({ ...filled, phone: '+86 138 0013 8000' }, regions)).toEqual({})
    expect(addressFormProblems({ ...filled, postcode: '51805' }, regions).postcode).toEqual({ key: 'error.input.postcode' })
    expect(addressFormProblems({ ...filled, postcode: '518057' }, regions)).toEqual({})
    expect(addressFormProblems(filled, regions)).toEqual({})
  })

  it('names a region that is not in the dataset (an old free-text address) instead of sending it', () => {
    const old = formFromAddress({ _id: 'a1', ...filled, district: '科技园', updatedAt: 1 })
    expect(old).toMatchObject({ postcode: '', tag: null })
    expect(addressFormProblems(old, regions).region).toEqual({ key: 'address.problem.regionUnknown', params: { region: '广东省 深圳市 科技园' } })
  })

  it('sends what the contract accepts, trimmed and with the phone normalised, with the id only when editing', () => {
    const input = toSaveInput({ ...filled, name: '  林晶 ', phone: '138-0013-8000', postcode: '518057', tag: 'home' })
    expect(input).toMatchObject({ name: '林晶', phone: '13800138000', postcode: '518057', tag: 'home' })
    expect('id' in input).toBe(false)
    expect(AddressSaveInput.safeParse(input).success).toBe(true)
    expect(toSaveInput(filled, 'addr1').id).toBe('addr1')
  })

  it('fills only what the recogniser found, keeping what the shopper typed', () => {
    const typed = { ...emptyAddressForm(), name: '林晶', detail: '旧的详细地址' }
    const onlyPhone = applyRecognised(typed, recogniseAddress('电话 138 0013 8000', regions))
    expect(onlyPhone.found).toBe('some')
    expect(onlyPhone.form).toMatchObject({ name: '林晶', phone: '13800138000', detail: '旧的详细地址', province: '' })
    const all = applyRecognised(typed, recogniseAddress('张三 13800138000 广东省深圳市南山区科技园路1号', regions))
    expect(all.found).toBe('all')
    expect(all.form).toMatchObject({ name: '张三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园路1号' })
    expect(addressFormProblems(all.form, regions)).toEqual({})
    expect(applyRecognised(typed, recogniseAddress('！！！', regions))).toEqual({ form: typed, found: 'none' })
  })

  it('maps WeChat’s address onto the form and the dataset’s names, and leaves an unknown region for the shopper to pick', () => {
    const picked: Parameters<typeof formFromWeChat>[0] = {
      streetName: "", detailInfoNew: "",
      userName: '张三', telNumber: '020-81167888', provinceName: '广东省', cityName: '广州市', countyName: '海珠区',
      detailInfo: '新港中路397号', postalCode: '510000', nationalCode: '510000', errMsg: 'chooseAddress:ok',
    }
    const raw = formFromWeChat(picked, emptyAddressForm())
    expect(withRegion(raw, regionOf(raw), regions)).toMatchObject({ name: '张三', phone: '020-81167888', province: '广东省', city: '广州市', district: '海珠区', detail: '新港中路397号', postcode: '510000' })
    const xiantao = formFromWeChat({ ...picked, provinceName: '湖北省', cityName: '仙桃市', countyName: '仙桃市' }, emptyAddressForm())
    expect(regionOf(withRegion(xiantao, regionOf(xiantao), regions))).toEqual({ province: '湖北省', city: '省直辖县', district: '仙桃市' })
    const unknown = formFromWeChat({ ...picked, countyName: '新设区' }, emptyAddressForm())
    expect(addressFormProblems(withRegion(unknown, regionOf(unknown), regions), regions).region?.key).toBe('address.problem.regionUnknown')
  })

  it('puts the server’s field errors next to the fields, region errors on the picker', () => {
    const error = {
      code: 'INVALID_INPUT' as const,
      message: 'error.address.region',
      details: [{ path: 'phone', message: 'error.input.phone' }, { path: 'district', message: 'error.address.unknownDistrict' }, { path: 'other', message: 'x' }],
    }
    expect(problemsFromServer(error)).toEqual({ phone: { key: 'error.input.phone' }, region: { key: 'error.address.unknownDistrict' } })
    expect(problemsFromServer({ code: 'CONFLICT', message: 'x' })).toEqual({})
  })

  it('knows the same address book limit as the server', () => {
    expect(ADDRESS_BOOK_LIMIT).toBe(ADDRESS_BOOK_MAX)
  })
})
