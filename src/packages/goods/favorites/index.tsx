import '@/i18n/all-messages'
import Taro, { useDidShow, useReachBottom } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { callAction } from '../../../api'
import { routes } from '../../../routes'
import { ProductGrid } from '../../../components'
import { applyChrome, useLocale } from '../../../state/locale'
import { usePagedList } from '../../../state/usePagedList'

/** The shopper's saved products, newest first; reloads when coming back from a product page. */
export default function FavoritesPage() {
  const { t } = useLocale()
  const [visits, setVisits] = useState(0)
  useDidShow(() => {
    applyChrome('me.favorites')
    setVisits((n) => n + 1)
  })
  const { state, loadMore } = usePagedList(`favorites:${visits}`, (page) => callAction('shop', 'favorites.list', { page, pageSize: 20 }))
  useReachBottom(() => {
    if (state.status === 'ready') void loadMore()
  })
  return (
    <View data-testid='favorites-page'>
      <ProductGrid state={state} onLoadMore={loadMore} onOpen={(id) => void Taro.navigateTo({ url: routes.goodsDetail(id) })} emptyTitle={t('favorites.empty')} />
    </View>
  )
}
