import type { CatalogFilters } from '@cloud/contracts/catalog'
// relative (not @cloud) so the unit tests, which have no alias, can import this file
import { formatCny } from '../../../../cloudfunctions/domain/money'

/** Materials offered as filter chips: the shop's staple stones (product data, shown as the merchant names them). */
export const MATERIAL_OPTIONS = ['紫水晶', '白水晶', '黄水晶', '粉水晶', '海蓝宝', '碧玺', '月光石', '拉长石', '萤石', '茶晶', '黑曜石'] as const

export interface Band {
  id: string
  label: string
  min?: number
  max?: number
}

const yuan = (n: number) => formatCny(n * 100).replace(/\.00$/, '')

/** Price bands in fen; labels are currency symbols and digits only, so they need no translation. */
export const PRICE_BANDS: Band[] = [
  { id: 'p1', label: `< ${yuan(100)}`, max: 9_999 },
  { id: 'p2', label: `${yuan(100)}–${yuan(300)}`, min: 10_000, max: 30_000 },
  { id: 'p3', label: `${yuan(300)}–${yuan(1000)}`, min: 30_000, max: 100_000 },
  { id: 'p4', label: `> ${yuan(1000)}`, min: 100_001 },
]

/** Size bands in mm: bead sizes, then pendants, then display pieces. */
export const SIZE_BANDS: Band[] = [
  { id: 's1', label: '≤ 8 mm', max: 8 },
  { id: 's2', label: '10–12 mm', min: 9, max: 12 },
  { id: 's3', label: '13–100 mm', min: 13, max: 100 },
  { id: 's4', label: '> 100 mm', min: 101 },
]

export interface FilterState {
  material?: string
  priceBand?: string
  sizeBand?: string
  inStock: boolean
}

/** The list input for the chosen chips. */
export function toCatalogFilters(f: FilterState): CatalogFilters {
  const price = PRICE_BANDS.find((b) => b.id === f.priceBand)
  const size = SIZE_BANDS.find((b) => b.id === f.sizeBand)
  const out: CatalogFilters = {}
  if (f.material) out.material = f.material
  if (price?.min !== undefined) out.priceMin = price.min
  if (price?.max !== undefined) out.priceMax = price.max
  if (size?.min !== undefined) out.sizeMin = size.min
  if (size?.max !== undefined) out.sizeMax = size.max
  if (f.inStock) out.inStock = true
  return out
}
