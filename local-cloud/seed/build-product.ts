import type { Product, Sku } from '../../cloudfunctions/contracts/catalog'
import { FORM_NOTES } from './forms'
import { MATERIALS } from './materials'
import { hashKey, rngFor, type Rng } from './prng'
import type { ProductSpec, SkuPlan } from './product-specs'
import { skuTotals } from '../../cloudfunctions/domain/catalog'

const DAY = 24 * 60 * 60 * 1000
const DEFAULT_BEAD_SIZES = [6, 8, 10, 12] as const
/** Bigger beads need disproportionately more rough material, so price grows faster than size. */
const BEAD_PRICE_FACTOR: Record<number, number> = { 6: 0.7, 8: 1, 10: 1.45, 12: 2.1 }

export const productImagePath = (id: string, index: number): string => `seed/${id}-${index}.svg`
export const certificateImagePath = (id: string): string => `seed/cert-${id}.svg`
export const fileUrl = (relPath: string): string => `/files/${relPath}`

/** Shop prices end in 9 (¥189, ¥59) and never drop below the cheapest thing in the shop, ¥39. */
function shopPriceYuan(raw: number): number {
  return Math.max(39, Math.round(raw / 10) * 10 - 1)
}

/**
 * Stable, made-up certificate number, e.g. JFC-04812345: made up so it matches no real laboratory, and
 * independent of baseTime so a re-seeded product still matches the certificate picture already on disk.
 */
export function certificateNumber(id: string): string {
  return `JFC-${(hashKey(`${id}:cert`) % 100_000_000).toString().padStart(8, '0')}`
}

interface SkuDraft {
  suffix: string
  name: string
  priceYuan: number
  beadMm?: number
}

function skuDrafts(plan: SkuPlan, unique: boolean): SkuDraft[] {
  switch (plan.kind) {
    case 'beads':
      return (plan.sizes ?? DEFAULT_BEAD_SIZES).map((mm) => ({
        suffix: `${mm}mm`,
        name: `${mm}mm`,
        priceYuan: mm === 8 ? plan.priceAt8 : shopPriceYuan(plan.priceAt8 * BEAD_PRICE_FACTOR[mm]),
        beadMm: mm,
      }))
    case 'options':
      return plan.options.map((o, i) => ({ suffix: String(i + 1), name: o.name, priceYuan: o.price }))
    case 'single':
      return [{ suffix: '1', name: unique ? '孤品' : '默认', priceYuan: plan.price }]
  }
}

/** How many a SKU has sold: cheap things sell more; squared so a few best-sellers stand out. */
function soldCount(rng: Rng, priceFen: number): number {
  const ceiling = priceFen < 20_000 ? 420 : priceFen < 100_000 ? 120 : 25
  return Math.floor(rng.next() ** 2 * ceiling)
}

function buildSkus(spec: ProductSpec, rng: Rng): Sku[] {
  const unique = spec.unique === true
  const slug = spec.id.replace(/^p-/, '')
  const discounted = !unique && rng.next() < 0.35
  const skus = skuDrafts(spec.sku, unique).map((d, i, all): Sku => {
    const price = d.priceYuan * 100
    const sku: Sku = { skuId: `sku-${slug}-${d.suffix}`, name: d.name, price, stock: 0, sold: 0 }
    if (discounted) sku.originalPrice = Math.round((d.priceYuan * 1.25) / 10) * 1000
    if (d.beadMm !== undefined) sku.beadMm = d.beadMm
    if (unique) {
      sku.stock = spec.soldOut ? 0 : 1
      sku.sold = spec.soldOut ? 1 : 0
      return sku
    }
    sku.sold = soldCount(rng, price) + (spec.soldOut ? 20 : 0)
    // the largest size of some products is out while the others are in stock: a SKU-level sold-out state
    const lastSizeOut = all.length > 2 && i === all.length - 1 && rng.next() < 0.3
    sku.stock = spec.soldOut || lastSizeOut ? 0 : rng.int(2, 45)
    return sku
  })
  return skus
}

function describe(spec: ProductSpec, skus: readonly Sku[], certificateNo: string | undefined): string {
  const material = MATERIALS[spec.material]
  const sizeText =
    spec.sku.kind === 'beads'
      ? `珠径 ${skus.map((s) => s.beadMm).join(' / ')} mm 可选｜重量约 ${spec.weightG} g（${spec.sizeMm}mm 款）`
      : `尺寸约 ${spec.sizeMm} mm｜重量约 ${spec.weightG} g`
  const lines = [
    spec.detail,
    material.intro,
    FORM_NOTES[spec.form],
    `规格：天然${spec.material}｜产地 ${spec.origin}｜${sizeText}｜摩氏硬度 ${material.hardness}`,
  ]
  if (spec.unique) lines.push('孤品：仅此一件，售出后不再补货。')
  if (certificateNo) lines.push(`随货附鉴定证书，证书编号 ${certificateNo}。`)
  lines.push('寓意仅作文化介绍，不代表任何功效。图片为程序绘制的示意图；天然矿物存在色差、冰裂与包裹体，属正常现象。')
  return lines.join('\n\n')
}

export function buildProduct(spec: ProductSpec, baseTime: number): Product {
  const rng = rngFor(spec.id)
  const skus = buildSkus(spec, rng)
  const certificateNo = spec.certificate ? certificateNumber(spec.id) : undefined
  // spread over the 60 days before baseTime, at whole minutes, never in the future
  const createdAt = baseTime - Math.floor((60 * 60 * 1000 + rng.next() * (60 * DAY - 60 * 60 * 1000)) / 60_000) * 60_000
  const product: Product = {
    _id: spec.id,
    title: spec.title,
    description: describe(spec, skus, certificateNo),
    categoryId: spec.categoryId,
    tags: [...spec.tags],
    media: { images: Array.from({ length: spec.images }, (_, i) => fileUrl(productImagePath(spec.id, i + 1))) },
    attrs: { material: spec.material, origin: spec.origin, sizeMm: spec.sizeMm, weightG: spec.weightG },
    skus,
    ...skuTotals(skus),
    unique: spec.unique === true,
    status: spec.unlisted ? 'off' : 'on',
    createdAt,
    updatedAt: createdAt,
    version: 1,
  }
  if (spec.subtitle) product.subtitle = spec.subtitle
  if (certificateNo) {
    product.attrs.certificateNo = certificateNo
    product.attrs.certificateImage = fileUrl(certificateImagePath(spec.id))
    product.attrs.certificateLab = 'NGTC'
    product.attrs.certificateMarks = ['CMA', 'CAL']
  }
  return product
}
