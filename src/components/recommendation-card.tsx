import { Text, View } from '@tarojs/components'
import type { Recommendation } from '@cloud/contracts/catalog'
import { useLocale } from '../state/locale'
import { ProductCard } from './product-card'
import './section/index.scss'

/** A product card with the reason it was picked ("因为你看过 紫水晶簇"). */
export function RecommendationCard({ item, onOpen }: { item: Recommendation; onOpen: (id: string) => void }) {
  const { t } = useLocale()
  const { reason } = item
  return (
    <View className='jf-recommendation' data-testid='recommendation' data-reason={reason.kind}>
      <ProductCard product={item.product} onOpen={onOpen} />
      <View className='jf-recommendation__reason' data-testid='recommendation-reason'>
        {reason.kind === 'bestseller' ? (
          <Text>{t('reason.bestseller')}</Text>
        ) : (
          <Text>
            <ReasonText template={t(reason.kind === 'viewed' ? 'reason.viewed' : 'reason.alsoViewed', { source: '\u0000' })} source={reason.source} />
          </Text>
        )}
      </View>
    </View>
  )
}

/** Splits the sentence around the product title so the title (product data) is marked as such. */
function ReasonText({ template, source }: { template: string; source: string }) {
  const [before, after = ''] = template.split('\u0000')
  return (
    <>
      <Text>{before}</Text>
      <Text data-product-data>{source}</Text>
      <Text>{after}</Text>
    </>
  )
}
