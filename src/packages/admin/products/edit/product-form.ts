import type { Product, ProductDraft } from '@cloud/contracts/catalog'
import type { CertificateLab, CertificateMark } from '@cloud/domain/crystal/certificates'
// relative (not @cloud) so the unit tests, which have no alias, can import this file
import { fenToYuanPlain, yuanTextToFen } from '../../../../../cloudfunctions/domain/money'
import { describeError, translate, translateServer, type Locale, type Params } from '../../../../i18n/translate'

/** What the editor holds: text fields as typed, turned into a draft only on save. */
export interface SkuForm {
  skuId?: string
  name: string
  price: string
  /** Typed on a new product only; on an edit it shows the loaded stock and is never sent (stock moves by adjustment). */
  stock: string
  /** Bead diameter of a bracelet size, kept from the load (or read off a new SKU's name like `8mm`) so an edit never drops it. */
  beadMm?: number
  /** 低库存提醒 threshold as typed; empty means the shop default. */
  lowStockAt?: string
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
  certificateLab: CertificateLab | ''
  certificateMarks: CertificateMark[]
  images: string[]
  video: string
  unique: boolean
  skus: SkuForm[]
  /** The product version the form loaded (edit only); the save is refused if the product moved since. */
  version?: number
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
  certificateLab: '',
  certificateMarks: [],
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
    certificateLab: p.attrs.certificateLab ?? '',
    certificateMarks: [...(p.attrs.certificateMarks ?? [])],
    images: [...p.media.images],
    video: p.media.video ?? '',
    unique: p.unique,
    skus: p.skus.map((s) => ({ skuId: s.skuId, name: s.name, price: fenToYuanPlain(s.price), stock: String(s.stock), lowStockAt: s.lowStockAt?.toString() ?? '', ...(s.beadMm !== undefined ? { beadMm: s.beadMm } : {}) })),
    version: p.version ?? 0,
  }
}

/** A size SKU named like `8mm` / `8 mm` states its bead diameter. */
const beadOfName = (name: string): number | undefined => {
  const m = /^\s*(\d{1,2}(?:\.\d)?)\s*mm\s*$/i.exec(name)
  return m ? Number(m[1]) : undefined
}

const optionalNumber = (text: string) => (text.trim() === '' ? undefined : Number(text))

/** Form → draft; returns the problem as a message key instead of throwing, so the page can show it. The server validates again. */
export function draftFromForm(f: ProductForm): { ok: true; draft: ProductDraft } | { ok: false; problem: { key: 'admin.product.badPrice' | 'admin.product.badStock' | 'productForm.lowStockAtBad'; params: Params } } {
  const skus = []
  for (const s of f.skus) {
    const lowText = (s.lowStockAt ?? '').trim()
    const lowStockAt = lowText === '' ? undefined : Number(lowText)
    if (lowStockAt !== undefined && (!Number.isInteger(lowStockAt) || lowStockAt < 0 || lowStockAt > 100_000)) {
      return { ok: false, problem: { key: 'productForm.lowStockAtBad', params: { sku: s.name || 'SKU' } } }
    }
    const low = lowStockAt === undefined ? {} : { lowStockAt }
    let price: number
    try {
      price = yuanTextToFen(s.price)
    } catch {
      return { ok: false, problem: { key: 'admin.product.badPrice', params: { price: s.price, sku: s.name || 'SKU' } } }
    }
    const beadMm = s.beadMm ?? beadOfName(s.name)
    const bead = beadMm !== undefined ? { beadMm } : {}
    // An edit never sends stock: the server keeps existing SKUs' stock and starts new ones at 0.
    if (f.version !== undefined) {
      skus.push({ ...(s.skuId ? { skuId: s.skuId } : {}), name: s.name.trim(), price, ...bead, ...low })
      continue
    }
    const stock = Number(s.stock)
    if (!Number.isInteger(stock) || stock < 0) return { ok: false, problem: { key: 'admin.product.badStock', params: { sku: s.name || 'SKU' } } }
    skus.push({ ...(s.skuId ? { skuId: s.skuId } : {}), name: s.name.trim(), price, stock, ...bead, ...low })
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
      certificateLab: f.certificateNo.trim() && f.certificateLab ? f.certificateLab : undefined,
      certificateMarks: f.certificateNo.trim() && f.certificateMarks.length ? f.certificateMarks : undefined,
    },
    skus,
    unique: f.unique,
  }
  return { ok: true, draft }
}

/** Fields the form names in a refused save; each is labelled by `admin.field.<path>`. */
const FIELDS = new Set(['title', 'subtitle', 'description', 'categoryId', 'tags', 'media.images', 'media.video', 'attrs.material', 'attrs.origin', 'attrs.sizeMm', 'attrs.weightG', 'attrs.certificateNo', 'skus'])

/**
 * What to tell the merchant when the server refuses a save, in their language. INVALID_INPUT alone does
 * not say which field is wrong; its details ([{path, message: key}]) do, so each becomes a line naming the field.
 */
export function saveFailureText(locale: Locale, error: { key?: string; params?: Params; message: string; details?: unknown }): string {
  const issues = Array.isArray(error.details)
    ? error.details.filter(
        (d): d is { path: string; message: string } =>
          !!d && typeof d === 'object' && typeof (d as { path?: unknown }).path === 'string' && typeof (d as { message?: unknown }).message === 'string',
      )
    : []
  const lines = issues.map((issue) => {
    const field = issue.path.replace(/^draft\./, '')
    const known = FIELDS.has(field) ? field : field.replace(/\.\d+.*$/, '')
    const label = FIELDS.has(known) ? translate(locale, `admin.field.${known}` as 'admin.field.title') : field
    // zod's own messages (no key) are shown as they come
    return `${label}: ${translateServer(locale, issue.message)}`
  })
  // "· " keeps the fields apart where the modal shows no line breaks (H5 joins the lines).
  return [describeError(locale, error), ...lines.map((line) => `· ${line}`)].join('\n')
}
