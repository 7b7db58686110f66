/** Region names against the dataset, and the phone / postcode shapes the form and the server share. */
import { areaList } from '@vant/area-data'
import { describe, expect, it } from 'vitest'
import { AddressSaveInput } from '../../../cloudfunctions/contracts/address'
import { PHONE_PATTERN, POSTCODE_PATTERN, normalisePhone } from '../../../cloudfunctions/domain/address/fields'
import { buildRegionIndex, resolveRegion, shortRegionName } from '../../../cloudfunctions/domain/address/region'

const index = buildRegionIndex(areaList)

describe('region names', () => {
  it('shortens names the way people write them, never to a single character', () => {
    const cases: [string, string][] = [
      ['广东省', '广东'], ['北京市', '北京'], ['内蒙古自治区', '内蒙古'], ['广西壮族自治区', '广西'], ['西藏自治区', '西藏'],
      ['宁夏回族自治区', '宁夏'], ['新疆维吾尔自治区', '新疆'], ['香港特别行政区', '香港'], ['恩施土家族苗族自治州', '恩施'],
      ['博尔塔拉蒙古自治州', '博尔塔拉'], ['伊犁哈萨克自治州', '伊犁'], ['阿克苏地区', '阿克苏'], ['兴安盟', '兴安'],
      ['南山区', '南山'], ['白沙黎族自治县', '白沙'], ['神农架林区', '神农架'], ['城区', '城区'], ['涉县', '涉县'], ['九龙', '九龙'],
    ]
    for (const [name, short] of cases) expect(shortRegionName(name), name).toBe(short)
  })

  it('has every province, city and district of the dataset, Hong Kong, Macao and Taiwan included', () => {
    expect(index.provinces).toHaveLength(34)
    expect(index.provinces.reduce((n, p) => n + p.children.length, 0)).toBe(Object.keys(areaList.city_list).length)
    expect(index.byCode.size).toBe(34 + Object.keys(areaList.city_list).length + Object.keys(areaList.county_list).length)
  })

  it('resolves full, short and WeChat-shaped names to the dataset’s, with codes', () => {
    expect(resolveRegion(index, { province: '广东', city: '深圳', district: '南山' })).toEqual({
      ok: true,
      region: { province: '广东省', city: '深圳市', district: '南山区' },
      codes: ['440000', '440300', '440305'],
    })
    const region = (p: string, c: string, d: string) => {
      const r = resolveRegion(index, { province: p, city: c, district: d })
      return r.ok ? Object.values(r.region).join('/') : r.problems
    }
    expect(region('北京市', '北京市', '东城区')).toBe('北京市/北京市/东城区')
    expect(region('北京市', '市辖区', '东城区')).toBe('北京市/北京市/东城区')
    expect(region('湖北省', '仙桃市', '仙桃市')).toBe('湖北省/省直辖县/仙桃市')
    expect(region('湖北', '恩施州', '利川市')).toBe('湖北省/恩施土家族苗族自治州/利川市')
    expect(region('广东省', '杭州市', '南山区')).toEqual([{ path: 'city', message: 'error.address.unknownCity' }])
    expect(region('广东省', '深圳市', '西湖区')).toEqual([{ path: 'district', message: 'error.address.unknownDistrict' }])
    expect(region('', '深圳市', '南山区')).toEqual([{ path: 'province', message: 'error.address.unknownProvince' }])
  })

  it('takes a short name only when one place in its parent has it', () => {
    const r = resolveRegion(index, { province: '辽宁', city: '朝阳', district: '朝阳' })
    expect(r.ok && r.region).toEqual({ province: '辽宁省', city: '朝阳市', district: '朝阳县' })
    // 临夏州 has both 临夏市 and 临夏县: "临夏" alone is a question, not an answer.
    expect(resolveRegion(index, { province: '甘肃', city: '临夏州', district: '临夏' })).toEqual({ ok: false, problems: [{ path: 'district', message: 'error.address.unknownDistrict' }] })
    expect(resolveRegion(index, { province: '甘肃', city: '临夏州', district: '临夏县' }).ok).toBe(true)
  })
})

describe('phone and postcode', () => {
  it('accepts mainland mobiles 1[3-9] and landlines with an area code, nothing else', () => {
    for (const ok of ['13800138000', '19912345678', '0755-86000000', '01088886666', '021-6888888']) expect(PHONE_PATTERN.test(ok), ok).toBe(true)
    for (const bad of ['12800138000', '1380013800', '138001380001', '755-86000000', '0755-860000', '+8613800138000', '']) expect(PHONE_PATTERN.test(bad), bad).toBe(false)
  })

  it('normalises what people type into the stored shape', () => {
    const cases: [string, string][] = [
      ['138 0013 8000', '13800138000'], ['138-0013-8000', '13800138000'], ['+86 138 0013 8000', '13800138000'],
      ['86-13800138000', '13800138000'], ['0086 13800138000', '13800138000'], ['(0755) 8600 0000', '0755-86000000'],
      ['0755 86000000', '0755-86000000'], ['01088886666', '010-88886666'], ['075586000000', '0755-86000000'],
      [' 13800138000 ', '13800138000'], ['hello', 'hello'], ['12345', '12345'],
    ]
    for (const [typed, stored] of cases) expect(normalisePhone(typed), typed).toBe(stored)
    for (const [, stored] of cases.slice(0, 9)) expect(PHONE_PATTERN.test(stored), stored).toBe(true)
  })

  it('takes 6 digits or nothing as a postcode, and the contract agrees', () => {
    expect(['518057', ''].every((p) => POSTCODE_PATTERN.test(p))).toBe(true)
    expect(['51805', '5180570', 'abcdef'].some((p) => POSTCODE_PATTERN.test(p))).toBe(false)
    const base = { name: '林晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '1 号' }
    expect(AddressSaveInput.parse(base)).toMatchObject({ postcode: '', tag: null })
    expect(AddressSaveInput.safeParse({ ...base, postcode: '5180' }).success).toBe(false)
    expect(AddressSaveInput.safeParse({ ...base, tag: 'school' }).success).toBe(false)
  })
})
