import type { Category } from '../../cloudfunctions/contracts/catalog'

/** Category ids the product table refers to; a typo there is a compile error, not a missing category. */
export type SeedCategoryId = 'c-display' | 'c-bracelets' | 'c-pendants' | 'c-wenwan' | 'c-clusters' | 'c-points'

/** Icon files are drawn by svg/category-icon.ts under the same name. */
export const categoryIconPath = (id: SeedCategoryId): string => `seed/icon-${id}.svg`

const rows: { _id: SeedCategoryId; name: string; nameEn: string }[] = [
  { _id: 'c-bracelets', name: '手串', nameEn: 'Bracelets' },
  { _id: 'c-pendants', name: '吊坠', nameEn: 'Pendants' },
  { _id: 'c-clusters', name: '晶簇', nameEn: 'Clusters & Geodes' },
  { _id: 'c-display', name: '原石摆件', nameEn: 'Display Stones' },
  { _id: 'c-points', name: '晶柱', nameEn: 'Points & Towers' },
  { _id: 'c-wenwan', name: '文玩', nameEn: "Scholar's Collectibles" },
]

export const SEED_CATEGORIES: Category[] = rows.map((row, i) => ({
  ...row,
  icon: `/files/${categoryIconPath(row._id)}`,
  sort: (i + 1) * 10,
}))
