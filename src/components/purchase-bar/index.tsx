import { Text, View } from '@tarojs/components'
import type { Product, Sku } from '@cloud/contracts/catalog'
import { useLocale } from '../../state/locale'
import { usePurchaseActions, type PurchaseActions } from './use-purchase-actions'
import './index.scss'

interface PurchaseBarProps {
  product: Product
  sku: Sku | undefined
  favorite: boolean
  onToggleFavorite: () => void
  /** Override for tests or a page that wires its own flow; defaults to usePurchaseActions(). */
  actions?: PurchaseActions
}

/** Bottom bar of the product page: favourite, add to cart, buy now — disabled when it cannot be bought. */
export function PurchaseBar({ product, sku, favorite, onToggleFavorite, actions }: PurchaseBarProps) {
  const { t } = useLocale()
  const defaults = usePurchaseActions()
  const act = actions ?? defaults
  const buyable = product.status === 'on' && sku !== undefined && sku.stock > 0
  const blockedText = product.status === 'off' ? t('badge.off') : t('detail.soldOut')
  return (
    <View className='jf-purchase-bar' data-testid='purchase-bar'>
      <View
        className={`jf-purchase-bar__fav ${favorite ? 'jf-purchase-bar__fav--on' : ''}`}
        data-testid='favorite-toggle'
        data-favorite={favorite ? 'yes' : 'no'}
        onClick={onToggleFavorite}
      >
        <Text className='jf-purchase-bar__heart'>{favorite ? '♥' : '♡'}</Text>
        <Text className='jf-purchase-bar__fav-text'>{favorite ? t('detail.favorited') : t('detail.favorite')}</Text>
      </View>
      {buyable && sku ? (
        <View className='jf-purchase-bar__buttons'>
          <View className='jf-purchase-bar__cart' data-testid='add-to-cart' onClick={() => void act.addToCart({ product, sku, quantity: 1 })}>
            <Text>{t('detail.addToCart')}</Text>
          </View>
          <View className='jf-purchase-bar__buy' data-testid='buy-now' onClick={() => void act.buyNow({ product, sku, quantity: 1 })}>
            <Text>{t('detail.buyNow')}</Text>
          </View>
        </View>
      ) : (
        <View className='jf-purchase-bar__buttons'>
          <View className='jf-purchase-bar__blocked' data-testid='purchase-blocked'>
            <Text>{blockedText}</Text>
          </View>
        </View>
      )}
    </View>
  )
}

export { usePurchaseActions, type PurchaseActions, type PurchaseRequest } from './use-purchase-actions'
