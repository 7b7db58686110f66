import { z } from 'zod'
import { Id, PageInput, type Page } from './common'

type Fen = number

/** One purchasable variant of a product, e.g. bead size 8 mm. Stock lives here and only here. */
export interface Sku {
  skuId: string
  /** Shown on the picker, e.g. `8mm` or `默认`. */
  name: string
  price: Fen
  /** Crossed-out reference price, if any. */
  originalPrice?: Fen
  stock: number
  sold: number
  /** Bead diameter for bracelets, when the SKU is a size choice. */
  beadMm?: number
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
  priceFrom: Fen
  /** Sum of SKU stock, kept in the same atomic write as the SKU stock. */
  stock: number
  sold: number
  /** One-of-a-kind piece (孤品): exactly one exists. */
  unique: boolean
  status: ProductStatus
  createdAt: number
  updatedAt: number
}

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

export const CatalogListInput = PageInput.extend({
  categoryId: Id.optional(),
  sort: CatalogSort.default('newest'),
})
export type CatalogListInput = z.input<typeof CatalogListInput>
export type CatalogListOutput = Page<ProductCard>

export const CatalogGetInput = z.object({ id: Id })
export type CatalogGetInput = z.input<typeof CatalogGetInput>
export type CatalogGetOutput = Product

export const CategoryListInput = z.object({})
export type CategoryListOutput = Category[]
