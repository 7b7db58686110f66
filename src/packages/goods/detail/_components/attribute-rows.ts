import type { CrystalAttributes } from '@cloud/contracts/catalog'
import type { MessageKey } from '../../../../i18n/dictionaries'

export interface AttributeRow {
  key: keyof CrystalAttributes
  /** The row's name; pages show it through t(), so it follows the chosen language. */
  labelKey: MessageKey
  value: string
  /** Merchant text (material, origin) vs numbers we format; product data is not translated. */
  productData: boolean
}

/**
 * The attribute list a collector reads before buying, in a fixed order. Missing optional values are
 * left out rather than shown as "undefined" or 0.
 */
export function attributeRows(attrs: CrystalAttributes): AttributeRow[] {
  const rows: (AttributeRow | null)[] = [
    { key: 'material', labelKey: 'attr.material', value: attrs.material, productData: true },
    { key: 'origin', labelKey: 'attr.origin', value: attrs.origin, productData: true },
    attrs.sizeMm !== undefined ? { key: 'sizeMm', labelKey: 'attr.sizeMm', value: `${attrs.sizeMm} mm`, productData: false } : null,
    attrs.weightG !== undefined ? { key: 'weightG', labelKey: 'attr.weightG', value: `${attrs.weightG} g`, productData: false } : null,
    attrs.certificateNo ? { key: 'certificateNo', labelKey: 'attr.certificateNo', value: attrs.certificateNo, productData: true } : null,
  ]
  return rows.filter((row): row is AttributeRow => row !== null && row.value !== '')
}
