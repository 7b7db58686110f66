import type { Category, Product } from '../../cloudfunctions/contracts/catalog'
import { buildProduct, certificateImagePath, productImagePath } from './build-product'
import { categoryIconPath, SEED_CATEGORIES, type SeedCategoryId } from './categories'
import type { Form } from './forms'
import { MATERIALS, type MaterialName } from './materials'
import { PRODUCT_SPECS } from './product-specs'
import { SEED_VIDEO_PRODUCTS, videoPath } from './videos'
import { categoryIcon, certificatePicture, productPicture, type View } from './svg/pictures'
import type { Palette } from './svg/shapes'

export interface SeedFile {
  /** Relative to the local cloud's files directory; served as `/files/<path>`. */
  path: string
  content: string
}

export interface SeedData {
  categories: Category[]
  products: Product[]
  files: SeedFile[]
}

export function paletteOf(material: MaterialName): Palette {
  const [light, mid, dark] = MATERIALS[material].palette
  return { light, mid, dark }
}

/** What each category's icon shows. */
const CATEGORY_ICON: Record<SeedCategoryId, { form: Form; material: MaterialName }> = {
  'c-bracelets': { form: 'bracelet', material: '紫水晶' },
  'c-pendants': { form: 'pendant', material: '海蓝宝' },
  'c-clusters': { form: 'cluster', material: '紫水晶' },
  'c-display': { form: 'sphere', material: '粉水晶' },
  'c-points': { form: 'point', material: '白水晶' },
  'c-wenwan': { form: 'seal', material: '萤石' },
}

/**
 * The whole demo shop as plain data. Pure and deterministic: the same baseTime gives byte-identical
 * output, which is what makes seeding safe to repeat.
 */
export function buildSeed(baseTime: number): SeedData {
  if (!Number.isSafeInteger(baseTime) || baseTime <= 0) {
    throw new RangeError(`种子基准时间无效 / seed baseTime must be epoch ms, got ${baseTime}`)
  }
  const files: SeedFile[] = []
  const categories = SEED_CATEGORIES.map((c) => ({ ...c }))
  for (const c of categories) {
    const icon = CATEGORY_ICON[c._id as SeedCategoryId]
    files.push({ path: categoryIconPath(c._id as SeedCategoryId), content: categoryIcon(icon.form, paletteOf(icon.material), c._id) })
  }

  const products = PRODUCT_SPECS.map((spec) => {
    const product = buildProduct(spec, baseTime)
    const palette = paletteOf(spec.material)
    const subject = { id: spec.id, title: spec.title, material: spec.material, origin: spec.origin, form: spec.form, sizeMm: spec.sizeMm, palette }
    for (let view = 1; view <= spec.images; view++) {
      files.push({ path: productImagePath(spec.id, view), content: productPicture(subject, view as View) })
    }
    if (product.attrs.certificateNo) {
      files.push({
        path: certificateImagePath(spec.id),
        content: certificatePicture({ ...subject, certificateNo: product.attrs.certificateNo, weightG: spec.weightG }),
      })
    }
    if ((SEED_VIDEO_PRODUCTS as readonly string[]).includes(spec.id)) product.media.video = `/files/${videoPath(spec.id)}`
    return product
  })
  return { categories, products, files }
}
