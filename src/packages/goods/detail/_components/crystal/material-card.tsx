import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { MaterialCardView } from '@cloud/contracts/crystal'
import { routes } from '../../../../../routes'
import { useLocale } from '../../../../../state/locale'
import './crystal.scss'

/**
 * The material's card from the same catalog.get read: meanings (each opens a search for it), cultural
 * note, Mohs hardness and care. The merchant's own words, shown as written.
 */
export function MaterialCard({ card }: { card: MaterialCardView | null | undefined }) {
  const { t } = useLocale()
  if (!card) return null
  return (
    <View className='goods-detail__panel material-card' data-testid='material-card'>
      <Text className='goods-detail__panel-title'>{t('material.title')}</Text>
      {card.meanings.length ? (
        <View className='material-card__row'>
          <Text className='material-card__label'>{t('material.meanings')}</Text>
          <View className='material-card__chips'>
            {card.meanings.map((m) => (
              <Text key={m} className='material-card__chip' data-testid='material-meaning' data-product-data onClick={() => void Taro.navigateTo({ url: routes.goodsSearch(m) })}>
                {m}
              </Text>
            ))}
          </View>
        </View>
      ) : null}
      {card.culture ? <Text className='material-card__culture' data-product-data>{card.culture}</Text> : null}
      {card.mohs ? (
        <View className='material-card__row'>
          <Text className='material-card__label'>{t('material.mohs')}</Text>
          <Text data-testid='material-mohs'>{card.mohs}</Text>
        </View>
      ) : null}
      {card.care.length ? (
        <View className='material-card__care' data-testid='material-care'>
          <Text className='material-card__label'>{t('material.care')}</Text>
          {card.care.map((c) => (
            <Text key={c} className='material-card__care-line' data-product-data>· {c}</Text>
          ))}
        </View>
      ) : null}
      <Text className='material-card__note'>{t('material.cultureNote')}</Text>
    </View>
  )
}
