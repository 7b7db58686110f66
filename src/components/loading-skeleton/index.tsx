import { View } from '@tarojs/components'
import './index.scss'

interface LoadingSkeletonProps {
  /** Grid tiles to mimic the product grid, or lines for a detail page. */
  variant?: 'grid' | 'detail'
  count?: number
}

/** Grey shapes where content will be, so the layout does not jump when data arrives. */
export function LoadingSkeleton({ variant = 'grid', count = 4 }: LoadingSkeletonProps) {
  if (variant === 'detail') {
    return (
      <View className='jf-skeleton' data-testid='loading-skeleton'>
        <View className='jf-skeleton__block jf-skeleton__hero' />
        <View className='jf-skeleton__block jf-skeleton__line' />
        <View className='jf-skeleton__block jf-skeleton__line jf-skeleton__line--short' />
        <View className='jf-skeleton__block jf-skeleton__line' />
      </View>
    )
  }
  return (
    <View className='jf-skeleton jf-skeleton--grid' data-testid='loading-skeleton'>
      {Array.from({ length: count }, (_, i) => (
        <View key={i} className='jf-skeleton__tile'>
          <View className='jf-skeleton__block jf-skeleton__cover' />
          <View className='jf-skeleton__block jf-skeleton__line' />
          <View className='jf-skeleton__block jf-skeleton__line jf-skeleton__line--short' />
        </View>
      ))}
    </View>
  )
}
