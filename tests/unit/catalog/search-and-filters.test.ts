import { describe, expect, it } from 'vitest'
import { keywordPattern, normaliseKeyword, pushRecent } from '../../../cloudfunctions/domain/search'
import { toCatalogFilters } from '../../../src/pages/category/_components/filters'
import { draftFromForm, emptyForm } from '../../../src/packages/admin/products/edit/product-form'
import { createPreference } from '../../../src/state/locale-preference'

describe('search keywords', () => {
  it('normalises whitespace and escapes regex characters so input is matched literally', () => {
    expect(normaliseKeyword('  紫水晶\u3000 手串 ')).toBe('紫水晶 手串')
    expect(new RegExp(keywordPattern('(.*')).test('abc')).toBe(false)
    expect(new RegExp(keywordPattern('a.b')).test('a.b')).toBe(true)
  })

  it('keeps recent searches newest first, unique and bounded', () => {
    let recent: string[] = []
    for (const k of ['a', 'b', 'a', 'c', ' ', ...'defghijklm']) recent = pushRecent(recent, k)
    expect(recent).toHaveLength(10)
    expect(recent[0]).toBe('m')
    expect(new Set(recent).size).toBe(recent.length)
  })
})

describe('category filters', () => {
  it('turns chips into list input and nothing into nothing', () => {
    expect(toCatalogFilters({ inStock: false })).toEqual({})
    expect(toCatalogFilters({ material: '紫水晶', priceBand: 'p2', sizeBand: 's4', inStock: true })).toEqual({
      material: '紫水晶',
      priceMin: 10_000,
      priceMax: 30_000,
      sizeMin: 101,
      inStock: true,
    })
  })
})

describe('merchant product form', () => {
  it('converts yuan text to fen and refuses bad prices or stock before calling the server', () => {
    const form = { ...emptyForm(), title: 't', skus: [{ name: 'a', price: '12.3', stock: '2' }] }
    const ok = draftFromForm(form)
    expect(ok.ok && ok.draft.skus[0]).toEqual({ name: 'a', price: 1230, stock: 2 })
    expect(draftFromForm({ ...form, skus: [{ name: 'a', price: '12.345', stock: '2' }] }).ok).toBe(false)
    expect(draftFromForm({ ...form, skus: [{ name: 'a', price: '12', stock: '-1' }] }).ok).toBe(false)
  })
})

describe('preferences', () => {
  it('persists an allowed value, ignores junk in storage and rejects unknown values', () => {
    const data = new Map<string, string>([['k', 'klingon']])
    const storage = () => ({ get: (k: string) => data.get(k) ?? null, set: (k: string, v: string) => void data.set(k, v) })
    const pref = createPreference('k', ['zh-CN', 'en'] as const, 'zh-CN', storage)
    expect(pref.get()).toBe('zh-CN')
    let calls = 0
    pref.subscribe(() => calls++)
    pref.set('en')
    expect(data.get('k')).toBe('en')
    expect(calls).toBe(1)
    expect(() => pref.set('fr' as never)).toThrow()
  })
})
