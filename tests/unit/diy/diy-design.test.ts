import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_DIY_RULES, type DiyComponent } from '../../../cloudfunctions/contracts/diy'
import { checkDesign, designKey, diyPromoItem } from '../../../cloudfunctions/domain/crystal/diy/design'
import { ringLayout } from '../../../cloudfunctions/domain/crystal/diy/layout'

const comp = (id: string, kind: DiyComponent['kind'], over: Partial<DiyComponent> = {}): DiyComponent => ({
  _id: id,
  kind,
  name: id,
  material: 'amethyst',
  beadMm: kind === 'spacer' ? 3 : kind === 'charm' ? 12 : 8,
  price: 500,
  stock: 50,
  sold: 0,
  status: 'on',
  color: '#884488',
  fitsBeadMm: kind === 'charm' ? [8] : [],
  sort: 0,
  version: 0,
  createdAt: 0,
  updatedAt: 0,
  ...over,
})

const byId = (cs: DiyComponent[]) => new Map(cs.map((c) => [c._id, c]))
const catalog = byId([
  comp('b8', 'base', { price: 1234 }),
  comp('a8', 'accent', { price: 999 }),
  comp('s3', 'spacer', { price: 101 }),
  comp('c1', 'charm', { price: 2500 }),
  comp('c10', 'charm', { fitsBeadMm: [10] }),
  comp('b10', 'base', { beadMm: 10 }),
  comp('few', 'accent', { stock: 1 }),
  comp('off', 'accent', { status: 'off' }),
])
const keys = (p: { key: string }[]) => p.map((x) => x.key)

describe('checkDesign', () => {
  it('prices a valid design fen-exact and finds a comfortable fit', () => {
    const beads = [...Array(18).fill('b8'), 'a8', 's3', 's3']
    const r = checkDesign({ beads, charmId: 'c1' }, catalog, DEFAULT_DIY_RULES, { mm: 150, from: 'saved' })
    expect(r.problems).toEqual([])
    expect(r.goodsTotal).toBe(18 * 1234 + 999 + 2 * 101 + 2500)
    expect(r.lengthMm).toBe(19 * 8 + 6)
    expect(r.fit?.fit).toBe('snug')
    expect(r.components.find((c) => c.componentId === 'b8')?.quantity).toBe(18)
  })

  it('names every broken rule', () => {
    const r = checkDesign({ beads: ['b8', 'b10', 'c1', 'off', 'nope', 'few', 'few'], charmId: 'c10' }, catalog, DEFAULT_DIY_RULES, { mm: 160, from: 'typed' })
    expect(keys(r.problems)).toEqual(
      expect.arrayContaining([
        'error.diy.tooFewBase',
        'error.diy.mixedSizes',
        'error.diy.charmOnRing',
        'error.diy.componentOff',
        'error.diy.unknownComponent',
        'error.diy.stockShort',
        'error.diy.charmNotFit',
        'error.diy.tooTight',
      ]),
    )
  })

  it('caps the bead count per size and refuses a size the rules do not offer', () => {
    const many = checkDesign({ beads: Array(27).fill('b8') }, catalog, DEFAULT_DIY_RULES, null)
    expect(keys(many.problems)).toContain('error.diy.tooManyBeads')
    const rules = { ...DEFAULT_DIY_RULES, beadSizes: [{ beadMm: 10, maxBeads: 20 }] }
    expect(keys(checkDesign({ beads: Array(20).fill('b8') }, catalog, rules, null).problems)).toContain('error.diy.sizeNotOffered')
  })

  it('total is always Σ price × count and the promo line carries it as one unit', () => {
    const ids = ['b8', 'a8', 's3']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ids), { minLength: 1, maxLength: 40 }), fc.option(fc.constant('c1'), { nil: undefined }), (beads, charmId) => {
        const r = checkDesign({ beads, charmId }, catalog, DEFAULT_DIY_RULES, null)
        const expected = beads.reduce((s, id) => s + catalog.get(id)!.price, 0) + (charmId ? 2500 : 0)
        expect(r.goodsTotal).toBe(expected)
        expect(r.components.reduce((s, c) => s + c.quantity, 0)).toBe(beads.length + (charmId ? 1 : 0))
        const item = diyPromoItem({ beads, charmId }, 'x', r.goodsTotal, DEFAULT_DIY_RULES, ['amethyst'])
        expect(item.unitPrice * item.quantity).toBe(expected)
        expect(item.skuId).toBe(`diy-${designKey({ beads, charmId })}`)
      }),
    )
  })

  it('a design key depends on order', () => {
    expect(designKey({ beads: ['a', 'b'] })).not.toBe(designKey({ beads: ['b', 'a'] }))
    expect(designKey({ beads: ['a', 'b'], charmId: 'c' })).toBe(designKey({ beads: ['a', 'b'], charmId: 'c' }))
  })
})

describe('ringLayout', () => {
  it('puts the first bead at the top and goes clockwise, all inside the box', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2, max: 14 }), { minLength: 1, maxLength: 48 }), fc.option(fc.integer({ min: 6, max: 20 }), { nil: null }), (sizes, charm) => {
        const box = 300
        const l = ringLayout(sizes, box, charm)
        expect(l.beads).toHaveLength(sizes.length)
        for (let i = 1; i < l.beads.length; i++) expect(l.beads[i].angleDeg).toBeGreaterThan(l.beads[i - 1].angleDeg)
        for (const b of [...l.beads, ...(l.charm ? [l.charm] : [])]) {
          expect(b.x - b.d / 2).toBeGreaterThanOrEqual(-0.05)
          expect(b.x + b.d / 2).toBeLessThanOrEqual(box + 0.05)
          expect(b.y - b.d / 2).toBeGreaterThanOrEqual(-0.05)
          expect(b.y + b.d / 2).toBeLessThanOrEqual(box + 0.05)
        }
        // on a real bracelet (8+ beads) neighbours never overlap by more than the chord-vs-arc difference
        if (sizes.length >= 8) for (let i = 1; i < l.beads.length; i++) {
          const a = l.beads[i - 1]
          const b = l.beads[i]
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(((a.d + b.d) / 2) * 0.9 - 0.05)
        }
      }),
    )
  })

  it('an empty ring draws nothing', () => {
    expect(ringLayout([], 300).beads).toEqual([])
  })
})
