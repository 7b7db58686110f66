import { ScrollView, Text, View } from '@tarojs/components'
import type { CatalogSort } from '@cloud/contracts/catalog'
import type { z } from 'zod'
import { useLocale } from '../../../state/locale'
import { MATERIAL_OPTIONS, PRICE_BANDS, SIZE_BANDS, type Band, type FilterState } from './filters'

type Sort = z.infer<typeof CatalogSort>
const SORTS: Sort[] = ['newest', 'priceAsc', 'priceDesc', 'sales']

interface FilterBarProps {
  filters: FilterState
  sort: Sort
  onChange: (next: FilterState) => void
  onSort: (sort: Sort) => void
}

/** Sort tabs and filter chips above the category list. Tapping an active chip clears it. */
export function FilterBar({ filters, sort, onChange, onSort }: FilterBarProps) {
  const { t } = useLocale()
  const chip = (active: boolean) => `jf-chip ${active ? 'jf-chip--active' : ''}`
  const bandRow = (bands: Band[], current: string | undefined, key: 'priceBand' | 'sizeBand', testId: string) => (
    <ScrollView scrollX className='category-filters__row' data-testid={testId}>
      {bands.map((b) => (
        <View
          key={b.id}
          className={chip(current === b.id)}
          data-testid={`${testId}-${b.id}`}
          onClick={() => onChange({ ...filters, [key]: current === b.id ? undefined : b.id })}
        >
          <Text>{b.label}</Text>
        </View>
      ))}
    </ScrollView>
  )
  return (
    <View className='category-filters' data-testid='filter-bar'>
      <View className='category-filters__sorts'>
        {SORTS.map((s) => (
          <View key={s} className={`category-filters__sort ${s === sort ? 'category-filters__sort--active' : ''}`} data-testid={`sort-${s}`} onClick={() => onSort(s)}>
            <Text>{t(`sort.${s}`)}</Text>
          </View>
        ))}
        <View className={chip(filters.inStock)} data-testid='filter-in-stock' onClick={() => onChange({ ...filters, inStock: !filters.inStock })}>
          <Text>{t('filter.inStock')}</Text>
        </View>
      </View>
      <ScrollView scrollX className='category-filters__row' data-testid='filter-material'>
        {MATERIAL_OPTIONS.map((m) => (
          <View
            key={m}
            className={chip(filters.material === m)}
            data-testid='filter-material-chip'
            data-value={m}
            onClick={() => onChange({ ...filters, material: filters.material === m ? undefined : m })}
          >
            <Text data-product-data>{m}</Text>
          </View>
        ))}
      </ScrollView>
      {bandRow(PRICE_BANDS, filters.priceBand, 'priceBand', 'filter-price')}
      {bandRow(SIZE_BANDS, filters.sizeBand, 'sizeBand', 'filter-size')}
    </View>
  )
}
