import { View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import type { ProductStatus } from '@cloud/contracts/catalog'
import { PALETTE } from '../theme/tokens'
import { stockBadges } from './badges'
import { useLocale } from '../../state/locale'
import './index.scss'

interface StockBadgesProps {
  unique: boolean
  stock: number
  status: ProductStatus
}

const COLOURS = {
  unique: { background: PALETTE.citrine, color: '#ffffff' },
  soldOut: { background: PALETTE.inkMuted, color: '#ffffff' },
  off: { background: PALETTE.roseQuartz, color: PALETTE.ink },
} as const

/** 孤品 / 已售罄 / 已下架, in that visual language everywhere a product appears. */
export function StockBadges(props: StockBadgesProps) {
  const { t } = useLocale()
  const badges = stockBadges(props)
  if (badges.length === 0) return null
  return (
    <View className='jf-stock-badges'>
      {badges.map((badge) => (
        <View key={badge.kind} className='jf-stock-badges__item' data-testid={`badge-${badge.kind}`}>
          <Tag round background={COLOURS[badge.kind].background} color={COLOURS[badge.kind].color}>
            {t(`badge.${badge.kind}`)}
          </Tag>
        </View>
      ))}
    </View>
  )
}
