import { Text, View } from '@tarojs/components'
import type { Sku } from '@cloud/contracts/catalog'
import { useLocale } from '../../../../state/locale'

interface SkuChipsProps {
  skus: Sku[]
  selectedId: string
  onSelect: (skuId: string) => void
}

/** Variant picker (e.g. bead sizes); sold-out variants stay visible but cannot be chosen. */
export function SkuChips({ skus, selectedId, onSelect }: SkuChipsProps) {
  const { t } = useLocale()
  return (
    <View className='sku-chips' data-testid='sku-chips'>
      {skus.map((sku) => {
        const soldOut = sku.stock <= 0
        const classes = ['sku-chips__chip', sku.skuId === selectedId ? 'sku-chips__chip--active' : '', soldOut ? 'sku-chips__chip--sold-out' : '']
        return (
          <View
            key={sku.skuId}
            data-testid='sku-chip'
            data-sku-id={sku.skuId}
            data-selected={sku.skuId === selectedId ? 'yes' : 'no'}
            className={classes.join(' ')}
            onClick={() => {
              if (!soldOut) onSelect(sku.skuId)
            }}
          >
            <Text data-product-data>{sku.name}</Text>
            {soldOut ? <Text className='sku-chips__note'> {t('detail.skuSoldOut')}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
