import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ProductCard as ProductCardData } from '@cloud/contracts/catalog'
import { isEmpty, type PagingState } from '../../state/paging'
import { EmptyState } from '../empty-state'
import { ErrorState } from '../error-state'
import { LoadingSkeleton } from '../loading-skeleton'
import { ProductCard } from '../product-card'
import { useLocale } from '../../state/locale'
import '../product-card/index.scss'

interface ProductGridProps {
  state: PagingState<ProductCardData>
  onLoadMore: () => void
  onOpen: (id: string) => void
  emptyTitle: string
}

/** A paged product list in every state it can be in: first load, failed, empty, items, end. */
export function ProductGrid({ state, onLoadMore, onOpen, emptyTitle }: ProductGridProps) {
  if (state.status === 'idle' || state.status === 'loadingFirst') return <LoadingSkeleton />
  if (state.status === 'failedFirst' && state.error) return <ErrorState error={state.error} onRetry={onLoadMore} />
  if (isEmpty(state)) return <EmptyState title={emptyTitle} />
  return (
    <View data-testid='product-grid'>
      <View className='jf-product-grid'>
        {state.items.map((product) => (
          <ProductCard key={product._id} product={product} onOpen={onOpen} />
        ))}
      </View>
      <GridFooter state={state} onLoadMore={onLoadMore} />
    </View>
  )
}

function GridFooter({ state, onLoadMore }: { state: PagingState<ProductCardData>; onLoadMore: () => void }) {
  const { t, error: describe } = useLocale()
  if (state.status === 'loadingMore') return <Text className='jf-list-footer'>{t('common.loading')}</Text>
  if (state.status === 'failedMore') {
    return (
      <View className='jf-list-footer' data-testid='load-more-failed'>
        <Text>{state.error ? describe(state.error) : t('common.loadFailed')}</Text>
        <Button size='small' fill='outline' type='primary' onClick={onLoadMore}>
          {t('common.retry')}
        </Button>
      </View>
    )
  }
  if (!state.hasMore) return <Text className='jf-list-footer'>{t('common.end', { total: state.total })}</Text>
  return (
    <View className='jf-list-footer'>
      <Button size='small' fill='none' onClick={onLoadMore}>
        {t('common.loadMore')}
      </Button>
    </View>
  )
}
