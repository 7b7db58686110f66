/**
 * A DIY bracelet design checked against the merchant's rules and priced, purely.
 *
 * - The ring is base, accent and spacer components in order; base and accent beads share ONE size (the
 *   design's bead size, which the rules must offer); spacers have their own thickness along the string.
 * - At least `minBaseBeads` base beads; at most the size's `maxBeads` beads (base + accent).
 * - At most one charm, and only one whose `fitsBeadMm` lists the design's bead size.
 * - With a wrist known, the strung length (Σ bead and spacer sizes) must neither be too tight nor too
 *   loose, in the bands of crystal/wrist-fit.ts (the length counts as that many 1 mm units there).
 * - Every component must be on sale with enough stock for the count the design uses.
 * The price is Σ component price × count, fen-exact; the bracelet then goes through the promotions
 * engine as one goods line (diyPromoItem), so campaigns, 满减 and coupons apply as to any goods.
 */
import type { Reason } from '../../../contracts/common'
import type { DiyComponent, DiyComponentLine, DiyFitView, DiyKind, DiyRules } from '../../../contracts/diy'
import { RING_KINDS } from '../../../contracts/diy'
import type { PromoItem } from '../../promotions/engine'
import { beadCountFor, fitOf } from '../wrist-fit'

export interface DesignIn {
  beads: readonly string[]
  charmId?: string | null
}

export interface DesignCheck {
  components: DiyComponentLine[]
  goodsTotal: number
  beadMm: number | null
  lengthMm: number
  fit: DiyFitView | null
  problems: Reason[]
}

const BEAD_KINDS: readonly DiyKind[] = ['base', 'accent']

/** Count of each component id the design uses, in first-use order. */
export function countsOf(design: DesignIn): Map<string, number> {
  const counts = new Map<string, number>()
  for (const id of design.beads) counts.set(id, (counts.get(id) ?? 0) + 1)
  if (design.charmId) counts.set(design.charmId, (counts.get(design.charmId) ?? 0) + 1)
  return counts
}

/** The design's bead size: the size of its first base (else accent) bead; null when it has none. */
export function beadSizeOf(design: DesignIn, byId: ReadonlyMap<string, DiyComponent>): number | null {
  const first = design.beads.map((id) => byId.get(id)).find((c) => c && BEAD_KINDS.includes(c.kind))
  return first ? first.beadMm : null
}

export function checkDesign(
  design: DesignIn,
  byId: ReadonlyMap<string, DiyComponent>,
  rules: DiyRules,
  wrist: { mm: number; from: 'saved' | 'typed' } | null,
): DesignCheck {
  const problems: Reason[] = []
  const add = (key: string, params?: Reason['params']) => {
    if (!problems.some((p) => p.key === key && JSON.stringify(p.params) === JSON.stringify(params))) problems.push(params ? { key, params } : { key })
  }
  const counts = countsOf(design)
  const components: DiyComponentLine[] = []
  for (const [id, quantity] of counts) {
    const c = byId.get(id)
    if (!c) {
      add('error.diy.unknownComponent')
      continue
    }
    if (c.status !== 'on') add('error.diy.componentOff', { name: c.name })
    const enough = c.status === 'on' && c.stock >= quantity
    if (c.status === 'on' && !enough) add(c.stock <= 0 ? 'error.diy.soldOut' : 'error.diy.stockShort', { name: c.name, left: Math.max(0, c.stock) })
    components.push({ componentId: id, kind: c.kind, name: c.name, material: c.material, beadMm: c.beadMm, color: c.color, unitPrice: c.price, quantity, stock: c.stock, enough })
  }
  for (const id of design.beads) {
    const c = byId.get(id)
    if (c && !RING_KINDS.includes(c.kind)) add('error.diy.charmOnRing', { name: c.name })
  }
  const beadMm = beadSizeOf(design, byId)
  const ring = design.beads.map((id) => byId.get(id)).filter((c): c is DiyComponent => !!c && RING_KINDS.includes(c.kind))
  const beads = ring.filter((c) => BEAD_KINDS.includes(c.kind))
  const base = beads.filter((c) => c.kind === 'base').length
  if (base < rules.minBaseBeads) add('error.diy.tooFewBase', { min: rules.minBaseBeads })
  if (beadMm !== null) {
    if (beads.some((c) => c.beadMm !== beadMm)) add('error.diy.mixedSizes', { beadMm })
    const size = rules.beadSizes.find((s) => s.beadMm === beadMm)
    if (!size) add('error.diy.sizeNotOffered', { beadMm })
    else if (beads.length > size.maxBeads) add('error.diy.tooManyBeads', { max: size.maxBeads, beadMm })
  }
  if (design.charmId) {
    const charm = byId.get(design.charmId)
    if (charm && charm.kind !== 'charm') add('error.diy.notACharm', { name: charm.name })
    else if (charm && beadMm !== null && !charm.fitsBeadMm.includes(beadMm)) add('error.diy.charmNotFit', { name: charm.name, beadMm })
  }
  const lengthMm = ring.reduce((sum, c) => sum + c.beadMm, 0)
  let fit: DiyFitView | null = null
  if (wrist && beadMm !== null) {
    // The strung length as `lengthMm` beads of 1 mm: the same ease bands as any bracelet.
    const f = fitOf(wrist.mm, 1, lengthMm)
    fit = { wristMm: wrist.mm, wristFrom: wrist.from, lengthMm, fit: f, recommendedBeads: beadCountFor(wrist.mm, beadMm) }
    if (f === 'tooTight') add('error.diy.tooTight', { wristMm: wrist.mm, lengthMm })
    if (f === 'tooLoose') add('error.diy.tooLoose', { wristMm: wrist.mm, lengthMm })
  }
  const goodsTotal = components.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0)
  return { components, goodsTotal, beadMm, lengthMm, fit, problems }
}

/** A stable short id for a design (same beads in the same order and charm → same id). */
export function designKey(design: DesignIn): string {
  const text = `${design.beads.join(',')}|${design.charmId ?? ''}`
  // FNV-1a, 32 bit twice with different seeds: short, deterministic, no crypto needed.
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    a = Math.imul(a ^ ch, 0x01000193) >>> 0
    b = Math.imul(b ^ ch, 0x01000193 + 2) >>> 0
  }
  return `${a.toString(36)}${b.toString(36)}`
}

export const DIY_PRODUCT_ID = 'diy'
export const diySkuId = (design: DesignIn) => `diy-${designKey(design)}`

/**
 * The bracelet as ONE goods line for the promotions engine. Its title is the merchant's name of the
 * first base bead (their own words, like a product title); the client adds the DIY label itself.
 */
export function diyPromoItem(design: DesignIn, title: string, goodsTotal: number, rules: DiyRules, materials: readonly string[]): PromoItem {
  return {
    productId: DIY_PRODUCT_ID,
    skuId: diySkuId(design),
    title,
    skuName: '',
    unitPrice: goodsTotal,
    quantity: 1,
    categoryId: rules.categoryId,
    tags: ['diy', ...new Set(materials.filter(Boolean))],
  }
}
