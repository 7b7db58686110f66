import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { callAction } from '../../api'
import { routes } from '../../routes'
import { ProductGrid } from '../../components/product-grid'
import { usePagedList } from '../../state/usePagedList'

const PAGE_SIZE = 10

/** Newest pieces first, loaded a page at a time as the shopper scrolls. */
export default function HomePage() {
  const [refreshes, setRefreshes] = useState(0)
  const { state, loadMore } = usePagedList(`home:${refreshes}`, (page) =>
    callAction('shop', 'catalog.list', { sort: 'newest', page, pageSize: PAGE_SIZE }),
  )
  // Scrolling only continues a healthy list; after a failure the shopper taps retry instead.
  useReachBottom(() => {
    if (state.status === 'ready') void loadMore()
  })
  usePullDownRefresh(() => {
    setRefreshes((n) => n + 1)
    void Taro.stopPullDownRefresh()
  })
  return (
    <View className='home-page'>
      <ProductGrid
        state={state}
        onLoadMore={loadMore}
        onOpen={(id) => void Taro.navigateTo({ url: routes.goodsDetail(id) })}
        emptyTitle='还没有上架的宝贝 / No products yet'
      />
    </View>
  )
}
