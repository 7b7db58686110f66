import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import VirtualList from '@tarojs/components-advanced/dist/components/virtual-list'
import { memo, useEffect, useState } from 'react'
import type { ProductCard as ProductCardData } from '@cloud/contracts/catalog'
import { ProductRow, PRODUCT_ROW_HEIGHT_RPX, rpxToPx } from '../../../components/product-row'
import type { PagingState } from '../../../state/paging'
import { useLocale } from '../../../state/locale'

interface VirtualProductsProps {
  state: PagingState<ProductCardData>
  onLoadMore: () => void
  onOpen: (id: string) => void
}

let openHandler: (id: string) => void = () => {}

/** One row; VirtualList passes `data` and `index` and recycles rows as the shopper scrolls. */
const Row = memo(({ id, index, data }: { id: string; index: number; data: ProductCardData[] }) => (
  <View id={id}>
    <ProductRow product={data[index]} onOpen={(pid) => openHandler(pid)} />
  </View>
))

/**
 * Only the rows on screen (plus a few) exist in the page, so a category of thousands scrolls as
 * smoothly as one of ten; the next page loads as the end comes near.
 */
export function VirtualProducts({ state, onLoadMore, onOpen }: VirtualProductsProps) {
  const { t } = useLocale()
  openHandler = onOpen
  const [size, setSize] = useState(() => {
    const info = Taro.getSystemInfoSync()
    return { width: info.windowWidth, height: Math.max(300, info.windowHeight - 200) }
  })
  useEffect(() => {
    const timer = setTimeout(() => {
      Taro.createSelectorQuery()
        .select('#category-products')
        .boundingClientRect((rect) => {
          const r = Array.isArray(rect) ? rect[0] : rect
          if (!r) return
          const info = Taro.getSystemInfoSync()
          setSize({ width: info.windowWidth, height: Math.max(300, Math.floor(info.windowHeight - r.top)) })
        })
        .exec()
    }, 50)
    return () => clearTimeout(timer)
  }, [])
  const itemSize = rpxToPx(PRODUCT_ROW_HEIGHT_RPX, size.width)
  const footer = state.status === 'loadingMore' ? t('common.loading') : state.hasMore ? '' : t('common.end', { total: state.total })
  return (
    <View id='category-products' data-testid='product-grid'>
      <VirtualList
        height={size.height}
        width='100%'
        itemData={state.items}
        itemCount={state.items.length}
        itemSize={itemSize}
        item={Row}
        overscanCount={4}
        lowerThreshold={itemSize * 3}
        onScrollToLower={() => {
          if (state.status === 'ready' && state.hasMore) onLoadMore()
        }}
        renderBottom={<Text className='jf-list-footer'>{footer}</Text>}
      />
    </View>
  )
}
