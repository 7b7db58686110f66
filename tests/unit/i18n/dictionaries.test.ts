import { describe, expect, it } from 'vitest'
import { en, zhCN } from '../../../src/i18n/dictionaries'
import { localiseMessage, translate } from '../../../src/i18n/translate'

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/

describe('UI dictionaries', () => {
  it('English covers every key, with no Chinese left in it', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort())
    for (const [key, text] of Object.entries(en)) expect(CJK.test(text), `${key}: ${text}`).toBe(false)
  })

  it('both languages use the same placeholders for a key', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) expect(names(en[key]), key).toEqual(names(zhCN[key]))
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'reason.viewed', { source: '紫水晶簇' })).toBe('因为你看过 紫水晶簇')
    expect(translate('en', 'reason.viewed', { source: '紫水晶簇' })).toBe('Because you viewed 紫水晶簇')
    expect(translate('en', 'common.end', {})).toContain('{total}')
  })

  it('shows the right half of a bilingual server message', () => {
    expect(localiseMessage('en', '商品不存在 / product not found')).toBe('product not found')
    expect(localiseMessage('zh-CN', '商品不存在 / product not found')).toBe('商品不存在')
    expect(localiseMessage('en', 'plain message')).toBe('plain message')
  })
})
