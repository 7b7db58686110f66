import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CatalogSort } from '@cloud/contracts/catalog'
import type { z } from 'zod'
import { callAction } from '../../api'
import { routes } from '../../routes'
import { EmptyState, ErrorState, LoadingSkeleton } from '../../components'
import { CategoryName } from '../../components/category-name'
import '../../components/section/index.scss'
import { applyChrome, useLocale } from '../../state/locale'
import { usePagedList } from '../../state/usePagedList'
import { useRemote } from '../../state/useRemote'
import { FilterBar } from './_components/filter-bar'
import { toCatalogFilters, type FilterState } from './_components/filters'
import { VirtualProducts } from './_components/virtual-products'
import './index.scss'

const PAGE_SIZE = 20
/** Home's category grid leaves the chosen category here: switchTab cannot carry a query string. */
export const PENDING_CATEGORY_KEY = 'jf.pendingCategory'
const ALL = ''

/** Categories down the side; filters, sort and a virtualised product list beside them. */
export default function CategoryPage() {
  const { t } = useLocale()
  const { remote, reload } = useRemote(() => callAction('shop', 'catalog.categories', {}), [])
  const [categoryId, setCategoryId] = useState<string>(ALL)
  const [filters, setFilters] = useState<FilterState>({ inStock: false })
  const [sort, setSort] = useState<z.infer<typeof CatalogSort>>('newest')
  useDidShow(() => {
    applyChrome('nav.category', true)
    const pending = Taro.getStorageSync(PENDING_CATEGORY_KEY) as unknown
    if (typeof pending === 'string' && pending) {
      Taro.removeStorageSync(PENDING_CATEGORY_KEY)
      setCategoryId(pending)
    }
  })
  const categories = remote.status === 'ready' ? [...remote.data].sort((a, b) => a.sort - b.sort) : []
  const query = { categoryId: categoryId || undefined, sort, ...toCatalogFilters(filters) }
  const { state, loadMore } = usePagedList(JSON.stringify(query), (page) => callAction('shop', 'catalog.list', { ...query, page, pageSize: PAGE_SIZE }))

  if (remote.status === 'loading') return <LoadingSkeleton />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={reload} />
  if (categories.length === 0) return <EmptyState title={t('category.empty')} />

  return (
    <View className='category-page'>
      <FilterBar filters={filters} sort={sort} onChange={setFilters} onSort={setSort} />
      <View className='category-page__body'>
        <View className='category-page__rail' data-testid='category-rail'>
          <View
            data-testid='category-item'
            data-id='all'
            className={`category-page__item ${categoryId === ALL ? 'category-page__item--active' : ''}`}
            onClick={() => setCategoryId(ALL)}
          >
            <Text className='category-page__name'>{t('category.all')}</Text>
          </View>
          {categories.map((category) => (
            <View
              key={category._id}
              data-testid='category-item'
              data-id={category._id}
              className={`category-page__item ${category._id === categoryId ? 'category-page__item--active' : ''}`}
              onClick={() => setCategoryId(category._id)}
            >
              <CategoryName category={category} className='category-page__name' />
            </View>
          ))}
        </View>
        <View className='category-page__list'>
          {state.status === 'idle' || state.status === 'loadingFirst' ? <LoadingSkeleton count={3} /> : null}
          {state.status === 'failedFirst' && state.error ? <ErrorState error={state.error} onRetry={loadMore} /> : null}
          {state.status === 'ready' && state.items.length === 0 ? <EmptyState title={t('category.emptyList')} /> : null}
          {state.items.length > 0 ? (
            <VirtualProducts state={state} onLoadMore={() => void loadMore()} onOpen={(id) => void Taro.navigateTo({ url: routes.goodsDetail(id) })} />
          ) : null}
        </View>
      </View>
    </View>
  )
}
