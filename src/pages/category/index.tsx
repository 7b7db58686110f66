import Taro, { useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { callAction } from '../../api'
import { routes } from '../../routes'
import { EmptyState, ErrorState, LoadingSkeleton, ProductGrid } from '../../components'
import { usePagedList } from '../../state/usePagedList'
import { useRemote } from '../../state/useRemote'
import './index.scss'

const PAGE_SIZE = 10

/** Categories down the side, that category's products beside them. */
export default function CategoryPage() {
  const { remote, reload } = useRemote(() => callAction('shop', 'catalog.categories', {}), [])
  const [chosenId, setChosenId] = useState<string | null>(null)
  const categories = remote.status === 'ready' ? [...remote.data].sort((a, b) => a.sort - b.sort) : []
  const activeId = chosenId ?? categories[0]?._id ?? null

  const { state, loadMore } = usePagedList(`category:${activeId ?? ''}`, (page) =>
    activeId
      ? callAction('shop', 'catalog.list', { categoryId: activeId, sort: 'newest', page, pageSize: PAGE_SIZE })
      : Promise.resolve({ ok: true as const, data: { items: [], page, pageSize: PAGE_SIZE, total: 0, hasMore: false } }),
  )
  useReachBottom(() => {
    if (state.status === 'ready') void loadMore()
  })

  if (remote.status === 'loading') return <LoadingSkeleton />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={reload} />
  if (categories.length === 0) return <EmptyState title='暂无分类 / No categories yet' />

  return (
    <View className='category-page'>
      <View className='category-page__rail' data-testid='category-rail'>
        {categories.map((category) => (
          <View
            key={category._id}
            data-testid='category-item'
            className={`category-page__item ${category._id === activeId ? 'category-page__item--active' : ''}`}
            onClick={() => setChosenId(category._id)}
          >
            <Text className='category-page__name'>{category.name}</Text>
            <Text className='category-page__name-en'>{category.nameEn}</Text>
          </View>
        ))}
      </View>
      <View className='category-page__list'>
        <ProductGrid
          state={state}
          onLoadMore={loadMore}
          onOpen={(id) => void Taro.navigateTo({ url: routes.goodsDetail(id) })}
          emptyTitle='这个分类还没有宝贝 / Nothing in this category yet'
        />
      </View>
    </View>
  )
}
