import type { Product, ProductDraft } from '@cloud/contracts/catalog'
// relative (not @cloud) so the unit tests, which have no alias, can import this file
import { fenToYuanText, yuanTextToFen } from '../../../../../cloudfunctions/domain/money'

/** What the editor holds: text fields as typed, turned into a draft only on save. */
export interface SkuForm {
  skuId?: string
  name: string
  price: string
  stock: string
}

export interface ProductForm {
  title: string
  subtitle: string
  description: string
  categoryId: string
  tags: string
  material: string
  origin: string
  sizeMm: string
  weightG: string
  certificateNo: string
  certificateImage: string
  images: string[]
  video: string
  unique: boolean
  skus: SkuForm[]
}

export const emptyForm = (): ProductForm => ({
  title: '',
  subtitle: '',
  description: '',
  categoryId: '',
  tags: '',
  material: '',
  origin: '',
  sizeMm: '',
  weightG: '',
  certificateNo: '',
  certificateImage: '',
  images: [],
  video: '',
  unique: false,
  skus: [{ name: '默认', price: '', stock: '1' }],
})

export function formFromProduct(p: Product): ProductForm {
  return {
    title: p.title,
    subtitle: p.subtitle ?? '',
    description: p.description,
    categoryId: p.categoryId,
    tags: p.tags.join(', '),
    material: p.attrs.material,
    origin: p.attrs.origin,
    sizeMm: p.attrs.sizeMm?.toString() ?? '',
    weightG: p.attrs.weightG?.toString() ?? '',
    certificateNo: p.attrs.certificateNo ?? '',
    certificateImage: p.attrs.certificateImage ?? '',
    images: [...p.media.images],
    video: p.media.video ?? '',
    unique: p.unique,
    skus: p.skus.map((s) => ({ skuId: s.skuId, name: s.name, price: fenToYuanText(s.price).replace(/,/g, ''), stock: String(s.stock) })),
  }
}

const optionalNumber = (text: string) => (text.trim() === '' ? undefined : Number(text))

/** Form → draft; returns a readable problem instead of throwing, so the page can show it. The server validates again. */
export function draftFromForm(f: ProductForm): { ok: true; draft: ProductDraft } | { ok: false; problem: string } {
  const skus = []
  for (const s of f.skus) {
    let price: number
    try {
      price = yuanTextToFen(s.price)
    } catch {
      return { ok: false, problem: `价格格式不对 / bad price "${s.price}" for ${s.name || 'SKU'}` }
    }
    const stock = Number(s.stock)
    if (!Number.isInteger(stock) || stock < 0) return { ok: false, problem: `库存须为非负整数 / stock must be a whole number for ${s.name || 'SKU'}` }
    skus.push({ ...(s.skuId ? { skuId: s.skuId } : {}), name: s.name.trim(), price, stock })
  }
  const draft: ProductDraft = {
    title: f.title.trim(),
    subtitle: f.subtitle.trim() || undefined,
    description: f.description.trim(),
    categoryId: f.categoryId,
    tags: f.tags.split(/[,，\s]+/).map((t) => t.trim()).filter(Boolean),
    media: { images: f.images, ...(f.video ? { video: f.video } : {}) },
    attrs: {
      material: f.material.trim(),
      origin: f.origin.trim(),
      sizeMm: optionalNumber(f.sizeMm),
      weightG: optionalNumber(f.weightG),
      certificateNo: f.certificateNo.trim() || undefined,
      certificateImage: f.certificateImage || undefined,
    },
    skus,
    unique: f.unique,
  }
  return { ok: true, draft }
}
