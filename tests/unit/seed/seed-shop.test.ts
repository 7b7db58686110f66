import { describe, expect, it } from 'vitest'
import { buildSeed, seedShop, SEED_SETTINGS } from '../../../local-cloud/seed'
import { SEED_VIDEO_PRODUCTS } from '../../../local-cloud/seed/videos'
import { memoryTarget } from './memory-target'
import { SEED_CONTACT, seedFaqEntries } from '../../../local-cloud/seed/faq'
import { seedDiyComponents } from '../../../local-cloud/seed/diy'
import { seedMaterialCards } from '../../../local-cloud/seed/material-cards'

const BASE_TIME = Date.UTC(2026, 10, 20)
const OWNER = 'dev-owner'
const expected = buildSeed(BASE_TIME)
const faqCount = seedFaqEntries(BASE_TIME).length
const materialCount = seedMaterialCards(BASE_TIME).length
// + owner + settings, + FAQ entries, synonyms and contact settings, + DIY components, + material cards
const docCount = expected.categories.length + expected.products.length + 2 + faqCount + 2 + seedDiyComponents(BASE_TIME).length + materialCount

describe('seedShop', () => {
  it('fills an empty shop: categories, products, owner, settings and every file', () => {
    const mem = memoryTarget()
    const lines: string[] = []
    const result = seedShop(mem.target, { baseTime: BASE_TIME, ownerOpenid: OWNER, log: (l) => lines.push(l) })

    expect(result).toEqual({ inserted: docCount, skipped: 0 })
    expect(mem.docs('categories')).toHaveLength(expected.categories.length)
    expect(mem.docs('products')).toEqual(expected.products)
    expect(mem.docs('staff')).toEqual([{ _id: OWNER, role: 'owner', name: '店主', createdAt: BASE_TIME }])
    expect(mem.docs('settings')).toContainEqual(SEED_SETTINGS)
    expect(mem.docs('settings')).toContainEqual({ ...SEED_CONTACT, updatedAt: BASE_TIME })
    expect(mem.docs('faqs')).toHaveLength(faqCount)
    expect(SEED_SETTINGS).toMatchObject({ _id: 'shop', name: '晶坊', unpaidTimeoutMinutes: 30, autoCompleteDays: 7 })
    expect(mem.files.size).toBe(expected.files.length + SEED_VIDEO_PRODUCTS.length)
    expect(lines).toEqual([
      `seed: categories ${expected.categories.length}/${expected.categories.length} (${expected.categories.length} new)`,
      `seed: products ${expected.products.length}/${expected.products.length} (${expected.products.length} new)`,
      `seed: faqs ${faqCount}/${faqCount} (${faqCount} new)`,
      `seed: diy components 9/9 (9 new)`,
      `seed: materials ${materialCount}/${materialCount} (${materialCount} new)`,
      `seed: images ${expected.files.length} files (${expected.files.length} new)`,
      `seed: videos ${SEED_VIDEO_PRODUCTS.length} files (${SEED_VIDEO_PRODUCTS.length} new)`,
    ])
  })

  it('is idempotent: a second run writes nothing and duplicates nothing', () => {
    const mem = memoryTarget()
    seedShop(mem.target, { baseTime: BASE_TIME, ownerOpenid: OWNER })
    const writesAfterFirst = mem.writes.length
    const lines: string[] = []

    const second = seedShop(mem.target, { baseTime: BASE_TIME, ownerOpenid: OWNER, log: (l) => lines.push(l) })

    expect(second).toEqual({ inserted: 0, skipped: docCount })
    expect(mem.writes).toHaveLength(writesAfterFirst)
    expect(mem.docs('products')).toHaveLength(expected.products.length)
    expect(lines.every((l) => l.endsWith('(0 new)'))).toBe(true)
  })

  it('never overwrites a merchant edit, even when restarted on a later day', () => {
    const mem = memoryTarget()
    seedShop(mem.target, { baseTime: BASE_TIME, ownerOpenid: OWNER })
    const edited = mem.collections.get('products')!.get('p-amethyst-cluster-01')!
    edited.title = '店主改过的标题'
    edited.status = 'off'
    mem.collections.get('settings')!.get('shop')!.unpaidTimeoutMinutes = 15

    seedShop(mem.target, { baseTime: BASE_TIME + 3 * 86_400_000, ownerOpenid: OWNER })

    expect(mem.collections.get('products')!.get('p-amethyst-cluster-01')).toMatchObject({ title: '店主改过的标题', status: 'off' })
    expect(mem.collections.get('settings')!.get('shop')!.unpaidTimeoutMinutes).toBe(15)
  })

  it('puts back only what is missing, e.g. a deleted product and a deleted picture', () => {
    const mem = memoryTarget()
    seedShop(mem.target, { baseTime: BASE_TIME, ownerOpenid: OWNER })
    mem.collections.get('products')!.delete('p-amethyst-geode-01')
    mem.files.delete('seed/p-amethyst-geode-01-1.svg')
    const before = mem.writes.length

    const result = seedShop(mem.target, { baseTime: BASE_TIME, ownerOpenid: OWNER })

    expect(result).toEqual({ inserted: 1, skipped: docCount - 1 })
    expect(mem.writes.slice(before)).toEqual(['products/p-amethyst-geode-01', 'file:seed/p-amethyst-geode-01-1.svg'])
  })

  it('adds a second owner when started with a different owner openid, keeping the first', () => {
    const mem = memoryTarget()
    seedShop(mem.target, { baseTime: BASE_TIME, ownerOpenid: OWNER })
    const result = seedShop(mem.target, { baseTime: BASE_TIME, ownerOpenid: 'other-owner' })
    expect(result.inserted).toBe(1)
    expect(mem.docs('staff').map((s) => s._id)).toEqual([OWNER, 'other-owner'])
  })

  it('refuses an owner openid that is not a valid id, before writing anything', () => {
    const mem = memoryTarget()
    expect(() => seedShop(mem.target, { baseTime: BASE_TIME, ownerOpenid: '' })).toThrow(/店主 openid 无效 \/ owner openid/)
    expect(() => seedShop(mem.target, { baseTime: BASE_TIME, ownerOpenid: 'a b' })).toThrow(/owner openid/)
    expect(mem.writes).toEqual([])
  })
})
