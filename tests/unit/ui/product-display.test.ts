// These modules belong to subpackage pages, which register every area's text when they load.
import '../../../src/i18n/all-messages'
import { describe, expect, it } from 'vitest'
import { stockBadges } from '../../../src/components/stock-badges/badges'
import { attributeRows } from '../../../src/packages/goods/detail/_components/attribute-rows'
import { levelLabel } from '../../../src/pages/me/_components/level-label'
import { translate } from '../../../src/i18n/translate'

describe('stock badges', () => {
  const labels = (p: Parameters<typeof stockBadges>[0]) => stockBadges(p).map((b) => b.label)

  it('shows nothing for an ordinary product in stock', () => {
    expect(labels({ unique: false, stock: 5, status: 'on' })).toEqual([])
  })
  it('marks one-of-a-kind pieces 孤品', () => {
    expect(labels({ unique: true, stock: 1, status: 'on' })).toEqual(['孤品'])
  })
  it('marks 已售罄 at zero stock, keeping 孤品', () => {
    expect(labels({ unique: true, stock: 0, status: 'on' })).toEqual(['孤品', '已售罄'])
  })
  it('shows 已下架 instead of 已售罄 when the product is off the shelf', () => {
    expect(labels({ unique: false, stock: 0, status: 'off' })).toEqual(['已下架'])
  })
})

describe('attribute rows', () => {
  it('lists material, origin, size, weight, certificate in that order with units', () => {
    const rows = attributeRows({ material: '紫水晶', origin: '巴西', sizeMm: 8, weightG: 23.5, certificateNo: 'NGTC-1' })
    expect(rows.map((r) => [r.key, r.value])).toEqual([
      ['material', '紫水晶'],
      ['origin', '巴西'],
      ['sizeMm', '8 mm'],
      ['weightG', '23.5 g'],
      ['certificateNo', 'NGTC-1'],
    ])
    expect(rows.map((r) => translate('zh-CN', r.labelKey))).toEqual(['材质', '产地', '尺寸', '重量', '证书编号'])
    expect(rows.map((r) => translate('en', r.labelKey))).toEqual(['Material', 'Origin', 'Size', 'Weight', 'Certificate no.'])
  })
  it('leaves out what the product does not have instead of printing undefined', () => {
    const rows = attributeRows({ material: '白水晶', origin: '' })
    expect(rows.map((r) => r.key)).toEqual(['material'])
    expect(rows.some((r) => r.value.includes('undefined'))).toBe(false)
  })
})

describe('member level label', () => {
  it('names tiers after crystals and passes unknown future levels through', () => {
    expect(levelLabel((key) => translate('zh-CN', key), 'amethyst')).toBe('紫水晶会员')
    expect(levelLabel((key) => translate('en', key), 'amethyst')).toBe('Amethyst member')
    expect(levelLabel((key) => translate('en', key), 'obsidian')).toBe('obsidian')
  })
})
