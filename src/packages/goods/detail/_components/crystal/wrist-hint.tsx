import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Product, Sku } from '@cloud/contracts/catalog'
import { fitSkuFor, wristCm } from '@cloud/domain/crystal/bracelet-sku'
import { adviseFit } from '@cloud/domain/crystal/wrist-fit'
import { routes } from '../../../../../routes'
import { useLocale } from '../../../../../state/locale'
import { cachedWrist } from '../../../../../state/wrist'
import './crystal.scss'

const isBracelet = (skus: readonly Sku[]) => skus.some((s) => typeof s.beadMm === 'number' && s.beadMm > 0)

/**
 * The SKU a product page opens on: the one a link asked for (a search for "8mm 手串"), else the bead size
 * that fits the shopper's remembered wrist, else the first in stock.
 */
export function initialSkuId(product: Product, asked?: string): string {
  if (asked && product.skus.some((s) => s.skuId === asked)) return asked
  const wrist = cachedWrist()
  const fit = wrist !== null ? fitSkuFor(product.skus, wrist) : null
  if (fit && fit.sku.stock > 0) return fit.sku.skuId
  return (product.skus.find((s) => s.stock > 0) ?? product.skus[0])?.skuId ?? ''
}

interface WristHintProps {
  product: Product
  selected: Sku | undefined
  onSelect: (skuId: string) => void
}

/**
 * On a bead bracelet: "按你的手围 15.5 cm，建议 8mm × 21 颗" and how the selected size would fit, or a
 * link to measure. Reads the wrist this device remembers (no request); coming back from the helper with
 * a new wrist moves the selection to the fitting size.
 */
export function WristHint({ product, selected, onSelect }: WristHintProps) {
  const { t } = useLocale()
  const [wrist, setWrist] = useState(cachedWrist)
  useDidShow(() => {
    const now = cachedWrist()
    if (now === wrist) return
    setWrist(now)
    const fit = now !== null ? fitSkuFor(product.skus, now) : null
    if (fit && fit.sku.stock > 0) onSelect(fit.sku.skuId)
  })
  if (!isBracelet(product.skus)) return null
  const open = () => void Taro.navigateTo({ url: routes.wristFit(product._id) })
  const fit = wrist !== null ? fitSkuFor(product.skus, wrist) : null
  if (wrist === null || !fit) {
    return (
      <View className='wrist-hint' data-testid='wrist-hint' data-state='unknown' onClick={open}>
        <Text className='wrist-hint__link'>{t('wristHint.measure')} ›</Text>
      </View>
    )
  }
  const mine = selected?.beadMm ? adviseFit(wrist, selected.beadMm) : null
  return (
    <View className='wrist-hint' data-testid='wrist-hint' data-state='known' data-sku-id={fit.sku.skuId}>
      <View className='wrist-hint__row'>
        <Text className='wrist-hint__advice' data-testid='wrist-hint-advice'>
          {t('wristHint.advice', { cm: wristCm(wrist), bead: fit.advice.beadMm, count: fit.advice.count })}
        </Text>
        <Text className='wrist-hint__link' data-testid='wrist-hint-change' onClick={open}>{t('wristHint.change')}</Text>
      </View>
      {mine && selected?.skuId !== fit.sku.skuId ? (
        <Text className='wrist-hint__muted' data-testid='wrist-hint-selected'>
          {t('wristHint.selected', { bead: mine.beadMm, count: mine.count, fit: t(`fit.${mine.fit}`) })}
        </Text>
      ) : null}
    </View>
  )
}
