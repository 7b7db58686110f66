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

const FIELD_LABELS: Record<string, string> = {
  title: '标题 / Title',
  subtitle: '副标题 / Subtitle',
  description: '描述 / Description',
  categoryId: '分类 / Category',
  tags: '标签 / Tags',
  'media.images': '图片 / Images',
  'media.video': '视频 / Video',
  'attrs.material': '材质 / Material',
  'attrs.origin': '产地 / Origin',
  'attrs.sizeMm': '尺寸 / Size',
  'attrs.weightG': '重量 / Weight',
  'attrs.certificateNo': '证书编号 / Certificate no.',
  skus: '规格 / SKUs',
}

/**
 * What to tell the merchant when the server refuses a save. INVALID_INPUT alone ("输入不合法") does not say
 * which field is wrong; its details ([{path, message}]) do, so each becomes a line naming the field.
 */
export function saveFailureText(error: { message: string; details?: unknown }): string {
  const issues = Array.isArray(error.details)
    ? error.details.filter(
        (d): d is { path: string; message: string } =>
          !!d && typeof d === 'object' && typeof (d as { path?: unknown }).path === 'string' && typeof (d as { message?: unknown }).message === 'string',
      )
    : []
  const lines = issues.map((issue) => {
    const field = issue.path.replace(/^draft\./, '')
    const label = FIELD_LABELS[field] ?? FIELD_LABELS[field.replace(/\.\d+.*$/, '')] ?? field
    return `${label}: ${issue.message}`
  })
  // "· " keeps the fields apart where the modal shows no line breaks (H5 joins the lines).
  return [error.message, ...lines.map((line) => `· ${line}`)].join('\n')
}
