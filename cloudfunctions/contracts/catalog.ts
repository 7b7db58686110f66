import { z } from 'zod'
import { Fen, Id, PageInput, type Page, type Reason } from './common'
import { CERTIFICATE_LABS, CERTIFICATE_MARKS, type CertificateLab, type CertificateMark } from '../domain/crystal/certificates'
import type { MaterialCardView } from './crystal'


/** One purchasable variant of a product, e.g. bead size 8 mm. Stock lives here and only here. */
export interface Sku {
  skuId: string
  /** Shown on the picker, e.g. `8mm` or `默认`. */
  name: string
  price: number
  /** Crossed-out reference price, if any. */
  originalPrice?: number
  stock: number
  sold: number
  /** Bead diameter for bracelets, when the SKU is a size choice. */
  beadMm?: number
  /** Low-stock threshold of this SKU (at or below it counts as low); unset: the shop default (domain/console/low-stock.ts). */
  lowStockAt?: number
}


export interface CrystalAttributes {
  /** 紫水晶, 白水晶, 黄水晶, 海蓝宝, 碧玺 … */
  material: string
  /** Place of origin, e.g. 巴西, 乌拉圭, 马达加斯加 */
  origin: string
  /** Largest dimension or bead diameter in millimetres. */
  sizeMm?: number
  weightG?: number
  certificateNo?: string
  certificateImage?: string
  /** The issuing lab (NGTC, GTC …) and the accreditation marks printed on the certificate. */
  certificateLab?: CertificateLab
  certificateMarks?: CertificateMark[]
}

export interface ProductMedia {
  images: string[]
  video?: string
  videoPoster?: string
}

export type ProductStatus = 'on' | 'off'

export interface Product {
  _id: string
  title: string
  subtitle?: string
  description: string
  categoryId: string
  tags: string[]
  media: ProductMedia
  attrs: CrystalAttributes
  skus: Sku[]
  /** Denormalised from skus in the same atomic write that changes them: lowest SKU price. */
  priceFrom: number
  /** Sum of SKU stock, kept in the same atomic write as the SKU stock. */
  stock: number
  sold: number
  /** One-of-a-kind piece (孤品): exactly one exists. */
  unique: boolean
  status: ProductStatus
  createdAt: number
  updatedAt: number
  /**
   * Moves (`_.inc(1)`) with every write to the product: an edit, a sale, a put-back, a restock, a stock
   * adjustment, a status change. An edit is saved only if it still matches the version its form loaded.
   * Products written before versions existed have none: read as 0 (`versionOf`).
   */
  version?: number
}

/** A product's version; one stored before versions existed is 0. */
export const versionOf = (p: Pick<Product, 'version'>): number => p.version ?? 0

export interface Category {
  _id: string
  name: string
  nameEn: string
  icon: string
  sort: number
}

/** What list pages need of a product: small enough for setData and lists of hundreds. */
export type ProductCard = Pick<
  Product,
  '_id' | 'title' | 'priceFrom' | 'stock' | 'sold' | 'unique' | 'status' | 'categoryId' | 'tags'
> & { cover: string; material: string }

export const CatalogSort = z.enum(['newest', 'priceAsc', 'priceDesc', 'sales'])

/** Shopper-facing filters, shared by the category list and search. Sizes in mm, prices in fen. */
export const CatalogFilters = z.object({
  material: z.string().trim().min(1).max(20).optional(),
  priceMin: Fen.optional(),
  priceMax: Fen.optional(),
  sizeMin: z.number().min(0).max(100_000).optional(),
  sizeMax: z.number().min(0).max(100_000).optional(),
  inStock: z.boolean().optional(),
})
export type CatalogFilters = z.infer<typeof CatalogFilters>

export const CatalogListInput = PageInput.extend({
  categoryId: Id.optional(),
  sort: CatalogSort.default('newest'),
}).merge(CatalogFilters)
export type CatalogListInput = z.input<typeof CatalogListInput>
export type CatalogListOutput = Page<ProductCard>

/**
 * Keyword search: the query is split into terms (Chinese without spaces too, pinyin, initials, sizes like
 * 8mm) matched across title, material, origin, tags, category, SKU names and description, with the
 * merchant's synonyms and miswritings corrected. Ranked by relevance unless a landed sort is asked for.
 */
export const CatalogSearchInput = CatalogListInput.extend({
  keyword: z.string().trim().min(1).max(30),
  sort: z.enum(['relevance', ...CatalogSort.options]).default('relevance'),
})
export type CatalogSearchInput = z.input<typeof CatalogSearchInput>
/** A search result card: `matchedSkuId` is the SKU of the size asked for ("8mm 手串"), to pre-select it. */
export type SearchCard = ProductCard & { matchedSkuId?: string }
export type CatalogSearchOutput = Page<SearchCard> & {
  /** Filled only when nothing matched: categories to try instead of a dead end. */
  suggestions: Category[]
  /** Miswritings read as catalogue words (海兰宝 → 海蓝宝); the page says so. */
  corrections: { from: string; to: string }[]
  /** Words that matched nothing and were left out while the rest still found products. */
  ignored: string[]
  /** When nothing matched: the catalogue word the shopper probably meant, if one is near enough. */
  didYouMean: string | null
  /** When nothing matched: the nearest materials, and the hot searches. */
  materials: string[]
  hot: string[]
}

export const HotKeywordsInput = z.object({})
export type HotKeywordsOutput = string[]

export const CatalogHomeInput = z.object({})
export interface CatalogHomeOutput {
  /** Running holiday campaigns, soonest to end first (services/campaign); a banner opens its landing page. */
  banners: { id: string; image: string; title: string; link?: string; headline?: string; color?: string; campaignId?: string }[]
  categories: Category[]
  newArrivals: ProductCard[]
  bestsellers: ProductCard[]
}

export type RecommendationReason =
  | { kind: 'viewed'; source: string }
  | { kind: 'alsoViewed'; source: string }
  | { kind: 'bestseller' }

export interface Recommendation {
  product: ProductCard
  reason: RecommendationReason
}

export const RecommendInput = z.object({ limit: z.number().int().min(1).max(30).default(10) })
export type RecommendInput = z.input<typeof RecommendInput>
export type RecommendOutput = Recommendation[]

export const CatalogGetInput = z.object({ id: Id })
export type CatalogGetInput = z.input<typeof CatalogGetInput>
/** The product and, folded into the same read, the card of its material (null when the merchant has none). */
export type CatalogGetOutput = Product & { materialCard: MaterialCardView | null }

export const CategoryListInput = z.object({})
export type CategoryListOutput = Category[]

// ---- merchant product management -------------------------------------------------------------

const Text = (max: number) => z.string().trim().min(1).max(max)
/** Uploaded file URLs: cloud file ids on WeChat, /files/… on the local cloud, https for a CDN. */
export const MediaUrl = z.string().trim().regex(/^(cloud:\/\/|\/files\/|https:\/\/)[^\s"'<>]{1,500}$/, 'error.input.media')

export const SkuDraft = z.object({
  /** Omitted for a new SKU; the server assigns one. Existing ones keep their id so orders still match. */
  skuId: Id.optional(),
  name: Text(20),
  price: Fen.refine((n) => n > 0, 'error.input.priceAboveZero'),
  originalPrice: Fen.optional(),
  /**
   * Initial stock, read on CREATE only. On an edit the server keeps every existing SKU's stock and sold
   * (a form's number is stale the moment a buyer pays) and a new SKU starts at 0; stock then moves only
   * through products.adjustStock.
   */
  stock: z.number().int().min(0).max(100_000).optional(),
  beadMm: z.number().min(1).max(100).optional(),
  /** Low-stock threshold; omitted means the shop default (JF_LOW_STOCK_DEFAULT). */
  lowStockAt: z.number().int().min(0).max(100_000).optional(),
})
export type SkuDraft = z.infer<typeof SkuDraft>

export const ProductDraft = z
  .object({
    title: Text(60),
    subtitle: z.string().trim().max(60).optional(),
    description: z.string().trim().max(5000).default(''),
    categoryId: Id,
    tags: z.array(Text(12)).max(12).default([]),
    media: z.object({
      images: z.array(MediaUrl).min(1, 'error.input.imageRequired').max(9),
      video: MediaUrl.optional(),
      videoPoster: MediaUrl.optional(),
    }),
    attrs: z.object({
      material: Text(20),
      origin: Text(30),
      sizeMm: z.number().min(0).max(100_000).optional(),
      weightG: z.number().min(0).max(1_000_000).optional(),
      certificateNo: z.string().trim().max(40).optional(),
      certificateImage: MediaUrl.optional(),
      certificateLab: z.enum(CERTIFICATE_LABS).optional(),
      certificateMarks: z.array(z.enum(CERTIFICATE_MARKS)).max(CERTIFICATE_MARKS.length).optional(),
    }),
    skus: z.array(SkuDraft).min(1, 'error.input.skuRequired').max(30),
    unique: z.boolean().default(false),
  })
  .superRefine((draft, ctx) => {
    const names = draft.skus.map((s) => s.name)
    if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', path: ['skus'], message: 'error.input.skuNamesDuplicate' })
    if (draft.unique && (draft.skus.length !== 1 || (draft.skus[0].stock ?? 0) > 1)) {
      ctx.addIssue({ code: 'custom', path: ['unique'], message: 'error.input.uniqueOneSku' })
    }
  })
export type ProductDraft = z.input<typeof ProductDraft>

/**
 * An edit (id given) must name the product version its form loaded (`versionOf(product)`; the server
 * answers INVALID_INPUT `error.input.versionRequired` without it); the save is refused with CONFLICT
 * if the version moved. Kept a plain object (no refine) so `.shape` lists the fields.
 */
export const ProductSaveInput = z.object({ id: Id.optional(), version: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(), draft: ProductDraft })
export type ProductSaveInput = z.input<typeof ProductSaveInput>
/**
 * The saved product and what the listing guard warns about without refusing (a one-of-a-kind piece with
 * fewer than 3 photos and no video, fortune or curative claims in the copy): `{key, params}` each, params
 * naming the rule, the field and the matched text (domain/crystal/compliance.ts).
 */
export type ProductSaveOutput = Product & { warnings: Reason[] }

export const AdminProductListInput = PageInput.extend({
  keyword: z.string().trim().max(30).optional(),
  status: z.enum(['on', 'off']).optional(),
  /** Only products with a SKU at or below its low-stock threshold (domain/console/low-stock.ts). */
  lowStock: z.boolean().optional(),
})
export type AdminProductListInput = z.input<typeof AdminProductListInput>
export type AdminProductListOutput = Page<ProductCard>

export const ProductStatusInput = z.object({ id: Id, status: z.enum(['on', 'off']) })
export type ProductStatusInput = z.input<typeof ProductStatusInput>

export const CategorySaveInput = z.object({
  id: Id.optional(),
  name: Text(12),
  nameEn: Text(30),
  icon: MediaUrl.or(z.literal('')).default(''),
  sort: z.number().int().min(0).max(10_000).default(100),
})
export type CategorySaveInput = z.input<typeof CategorySaveInput>

export const CategoryRemoveInput = z.object({ id: Id })
export type CategoryRemoveInput = z.input<typeof CategoryRemoveInput>
