import type { CrystalAttributes } from '@cloud/contracts/catalog'

export interface AttributeRow {
  key: keyof CrystalAttributes
  label: string
  value: string
}

/**
 * The attribute list a collector reads before buying, in a fixed order. Missing optional values are
 * left out rather than shown as "undefined" or 0.
 */
export function attributeRows(attrs: CrystalAttributes): AttributeRow[] {
  const rows: (AttributeRow | null)[] = [
    { key: 'material', label: '材质 / Material', value: attrs.material },
    { key: 'origin', label: '产地 / Origin', value: attrs.origin },
    attrs.sizeMm !== undefined ? { key: 'sizeMm', label: '尺寸 / Size', value: `${attrs.sizeMm} mm` } : null,
    attrs.weightG !== undefined ? { key: 'weightG', label: '重量 / Weight', value: `${attrs.weightG} g` } : null,
    attrs.certificateNo ? { key: 'certificateNo', label: '证书 / Certificate', value: attrs.certificateNo } : null,
  ]
  return rows.filter((row): row is AttributeRow => row !== null && row.value !== '')
}
