import { describe, expect, it } from 'vitest'
import { buildSeed, skuTotals } from '../../../local-cloud/seed'

const BASE_TIME = Date.UTC(2026, 10, 20, 4, 0, 0)
const DAY = 24 * 60 * 60 * 1000
const ID = /^[A-Za-z0-9_-]{1,64}$/
const seed = buildSeed(BASE_TIME)
const listed = seed.products.filter((p) => p.status === 'on')

/** docs/platform-facts.md §11: protected animals, rough-stone gambling, treated/synthetic stones, fortune promises. */
const BANNED = [
  '珊瑚', '砗磲', '象牙', '猛犸', '玳瑁', '赌石', '盲盒', '开窗料', '染色', '充填', '辐照', '合成', '人造', '仿制',
  '占卜', '命理', '算命', '转运', '保平安', '招财', '旺财', '辟邪', '化煞', '开光', '风水', '能量', '磁场', '治病', '疗效',
  'coral', 'ivory', 'dyed', 'synthetic',
]

function copyOf(p: (typeof seed.products)[number]): string {
  return [p.title, p.subtitle ?? '', p.description, ...p.tags, p.attrs.material, p.attrs.origin, ...p.skus.map((s) => s.name)].join('\n')
}

describe('demo catalogue', () => {
  it('has at least 40 products across at least 5 categories with English names', () => {
    expect(seed.products.length).toBeGreaterThanOrEqual(40)
    expect(seed.categories.length).toBeGreaterThanOrEqual(5)
    for (const c of seed.categories) {
      expect(c.name).toMatch(/\p{Script=Han}/u)
      expect(c.nameEn).toMatch(/^[A-Za-z][A-Za-z '&-]+$/)
    }
    const used = new Set(seed.products.map((p) => p.categoryId))
    expect([...used].sort()).toEqual(seed.categories.map((c) => c._id).sort())
  })

  it('uses valid, unique ids for categories, products and SKUs', () => {
    const ids = [...seed.categories.map((c) => c._id), ...seed.products.map((p) => p._id)]
    const skuIds = seed.products.flatMap((p) => p.skus.map((s) => s.skuId))
    for (const id of [...ids, ...skuIds]) expect(id).toMatch(ID)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(skuIds).size).toBe(skuIds.length)
    for (const c of seed.categories) expect(c._id).toMatch(/^c-/)
    for (const p of seed.products) expect(p._id).toMatch(/^p-[a-z-]+-\d{2}$/)
  })

  it('gives every product its crystal attributes', () => {
    for (const p of seed.products) {
      expect(p.attrs.material, p._id).not.toBe('')
      expect(p.attrs.origin, p._id).not.toBe('')
      expect(p.attrs.sizeMm, p._id).toBeGreaterThan(0)
      expect(p.attrs.weightG, p._id).toBeGreaterThan(0)
    }
    const certified = seed.products.filter((p) => p.attrs.certificateNo)
    expect(certified.length).toBeGreaterThanOrEqual(10)
    for (const p of certified) {
      expect(p.attrs.certificateNo).toMatch(/^JFC-\d{8}$/)
      expect(p.attrs.certificateImage).toBe(`/files/seed/cert-${p._id}.svg`)
    }
    expect(new Set(certified.map((p) => p.attrs.certificateNo)).size).toBe(certified.length)
  })

  it('covers the requested materials and origins', () => {
    const materials = new Set(seed.products.map((p) => p.attrs.material))
    for (const m of ['紫水晶', '白水晶', '黄水晶', '粉水晶', '海蓝宝', '碧玺', '月光石', '拉长石', '黑曜石', '茶晶', '绿幽灵', '草莓晶', '萤石']) {
      expect(materials, m).toContain(m)
    }
    const origins = new Set(seed.products.map((p) => p.attrs.origin))
    for (const o of ['巴西', '乌拉圭', '马达加斯加', '墨西哥', '中国东海', '斯里兰卡']) expect(origins, o).toContain(o)
  })

  it('keeps priceFrom, stock and sold consistent with the SKUs', () => {
    for (const p of seed.products) {
      expect(p.skus.length, p._id).toBeGreaterThan(0)
      expect(p.priceFrom, p._id).toBe(Math.min(...p.skus.map((s) => s.price)))
      expect(p.stock, p._id).toBe(p.skus.reduce((n, s) => n + s.stock, 0))
      expect(p.sold, p._id).toBe(p.skus.reduce((n, s) => n + s.sold, 0))
    }
  })

  it('prices in whole fen between ¥39 and ¥8,800, with reference prices above the price', () => {
    for (const s of seed.products.flatMap((p) => p.skus)) {
      expect(Number.isSafeInteger(s.price)).toBe(true)
      expect(s.price).toBeGreaterThanOrEqual(3_900)
      expect(s.price).toBeLessThanOrEqual(880_000)
      if (s.originalPrice !== undefined) {
        expect(Number.isSafeInteger(s.originalPrice)).toBe(true)
        expect(s.originalPrice).toBeGreaterThan(s.price)
      }
      expect(Number.isSafeInteger(s.stock) && s.stock >= 0).toBe(true)
      expect(Number.isSafeInteger(s.sold) && s.sold >= 0).toBe(true)
    }
    const prices = seed.products.map((p) => p.priceFrom)
    expect(Math.min(...prices)).toBe(3_900)
    expect(Math.max(...prices)).toBe(880_000)
  })

  it('has at least three one-of-a-kind pieces in stock, each a single SKU with stock 1', () => {
    const unique = seed.products.filter((p) => p.unique)
    for (const p of unique) {
      expect(p.skus, p._id).toHaveLength(1)
      expect(p.stock, p._id).toBeLessThanOrEqual(1)
    }
    expect(unique.filter((p) => p.stock === 1 && p.status === 'on').length).toBeGreaterThanOrEqual(3)
  })

  it('sells bracelets by bead size, bigger beads costing more', () => {
    const bracelets = seed.products.filter((p) => p.categoryId === 'c-bracelets')
    expect(bracelets.length).toBeGreaterThanOrEqual(8)
    for (const p of bracelets) {
      const sizes = p.skus.map((s) => s.beadMm)
      expect(sizes.every((mm) => mm !== undefined && [6, 8, 10, 12].includes(mm)), p._id).toBe(true)
      expect(p.skus.length, p._id).toBeGreaterThanOrEqual(3)
      for (let i = 1; i < p.skus.length; i++) expect(p.skus[i].price, p._id).toBeGreaterThan(p.skus[i - 1].price)
      for (const s of p.skus) expect(s.name).toBe(`${s.beadMm}mm`)
    }
    const full = bracelets.filter((p) => p.skus.length === 4)
    expect(full.length).toBeGreaterThanOrEqual(5)
  })

  it('includes sold-out products, a sold-out size, and exactly one unlisted product for the UI states', () => {
    expect(listed.filter((p) => p.stock === 0).length).toBeGreaterThanOrEqual(2)
    expect(listed.some((p) => p.stock > 0 && p.skus.some((s) => s.stock === 0))).toBe(true)
    expect(seed.products.filter((p) => p.status === 'off')).toHaveLength(1)
  })

  it('spreads creation times over the 60 days before the base time and varies sales', () => {
    for (const p of seed.products) {
      expect(p.createdAt).toBeLessThan(BASE_TIME)
      expect(p.createdAt).toBeGreaterThanOrEqual(BASE_TIME - 60 * DAY)
      expect(p.updatedAt).toBe(p.createdAt)
    }
    const times = seed.products.map((p) => p.createdAt)
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(30 * DAY)
    expect(new Set(seed.products.map((p) => p.sold)).size).toBeGreaterThan(seed.products.length / 2)
  })

  it('writes realistic Chinese copy with no banned materials, treatments or fortune promises', () => {
    for (const p of seed.products) {
      expect(p.title, p._id).toMatch(/\p{Script=Han}/u)
      expect(p.description.length, p._id).toBeGreaterThan(80)
      expect(p.tags.length, p._id).toBeGreaterThanOrEqual(3)
      const text = copyOf(p).toLowerCase()
      for (const word of BANNED) expect(text.includes(word), `${p._id} mentions ${word}`).toBe(false)
      // meanings are culture, and the copy says so
      expect(p.description).toContain('寓意仅作文化介绍，不代表任何功效')
    }
    for (const c of seed.categories) for (const word of BANNED) expect(`${c.name} ${c.nameEn}`.toLowerCase()).not.toContain(word)
  })

  it('gives every product 2–4 images, each with a generated file, and a file for every certificate', () => {
    const generated = new Set(seed.files.map((f) => `/files/${f.path}`))
    for (const p of seed.products) {
      expect(p.media.images.length, p._id).toBeGreaterThanOrEqual(2)
      expect(p.media.images.length, p._id).toBeLessThanOrEqual(4)
      for (const url of p.media.images) {
        expect(url).toMatch(/^\/files\/seed\/[A-Za-z0-9_.-]+\.svg$/)
        expect(generated, url).toContain(url)
      }
      if (p.attrs.certificateImage) expect(generated).toContain(p.attrs.certificateImage)
      if (p.media.video) expect(p.media.video).toMatch(/^\/files\/seed\/video\/p-[a-z0-9-]+\.mp4$/)
    }
    for (const c of seed.categories) expect(generated, c.icon).toContain(c.icon)
  })

  it('is deterministic: two builds with the same base time are identical', () => {
    expect(buildSeed(BASE_TIME)).toEqual(seed)
    expect(JSON.stringify(buildSeed(BASE_TIME))).toBe(JSON.stringify(seed))
  })

  it('moves only the times when the base time moves', () => {
    const later = buildSeed(BASE_TIME + 7 * DAY)
    expect(later.products.map((p) => p.createdAt - 7 * DAY)).toEqual(seed.products.map((p) => p.createdAt))
    expect(later.products.map((p) => p.skus)).toEqual(seed.products.map((p) => p.skus))
    expect(later.products.map((p) => p.attrs)).toEqual(seed.products.map((p) => p.attrs))
    expect(later.files).toEqual(seed.files)
  })

  it('rejects a base time that is not epoch ms', () => {
    expect(() => buildSeed(Number.NaN)).toThrow(/baseTime/)
    expect(() => buildSeed(-1)).toThrow(/种子基准时间无效/)
  })
})

describe('skuTotals', () => {
  it('derives the lowest price and summed stock and sales', () => {
    expect(
      skuTotals([
        { skuId: 'a', name: '6mm', price: 12_900, stock: 3, sold: 10 },
        { skuId: 'b', name: '8mm', price: 9_900, stock: 0, sold: 5 },
      ]),
    ).toEqual({ priceFrom: 9_900, stock: 3, sold: 15 })
  })

  it('treats a product without SKUs as free, empty and unsold rather than Infinity', () => {
    expect(skuTotals([])).toEqual({ priceFrom: 0, stock: 0, sold: 0 })
  })
})
