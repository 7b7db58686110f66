import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ProductSpecials } from '@cloud/contracts/specials'
import { formatCny } from '@cloud/domain/money'
import { callAction } from '../../../../api'
import { Price } from '../../../../components'
import { Countdown } from '../../../../components/countdown'
import { routes } from '../../../../routes'
import { useLocale } from '../../../../state/locale'
import { useRemote } from '../../../../state/useRemote'

/**
 * 秒杀 and 拼团 of this product, when it has any: the flash price with its countdown and units left, and
 * the group price with 发起拼团 and the groups still forming (参与拼团). Shows nothing while loading or
 * on failure: the product page works without it.
 */
export function SpecialsPanel({ productId }: { productId: string }) {
  const { t } = useLocale()
  const { remote, reload } = useRemote(() => callAction('shop', 'specials.forProduct', { productId }), [productId])
  if (remote.status !== 'ready') return null
  const { flash, group } = remote.data as ProductSpecials
  if (!flash && !group) return null
  return (
    <View className='goods-detail__panel goods-specials' data-testid='product-specials'>
      {flash ? (
        <View className='goods-specials__block' data-testid='flash-sale' data-phase={flash.phase}>
          <View className='goods-specials__row'>
            <Text className='goods-specials__badge'>{t('flash.badge')}</Text>
            <Price fen={flash.price} size='large' testId='flash-price' />
            <Text className='goods-specials__list-price'>{formatCny(flash.listPrice)}</Text>
            <Text className='goods-specials__phase'>{t(`flash.phase.${flash.phase}` as never)}</Text>
          </View>
          <View className='goods-specials__row'>
            {flash.phase === 'upcoming' ? <Countdown deadline={flash.startAt} prefix={t('flash.startsIn')} onExpire={reload} testId='flash-countdown' /> : null}
            {flash.phase === 'live' ? <Countdown deadline={flash.endAt} prefix={t('flash.endsIn')} onExpire={reload} testId='flash-countdown' /> : null}
            <Text data-testid='flash-remaining'>{t('flash.remaining', { remaining: flash.remaining, quantity: flash.quantity })}</Text>
            <Text className='goods-specials__muted'>{t('flash.limit', { limit: flash.perShopperLimit })}</Text>
          </View>
          <Button
            type='primary'
            size='small'
            disabled={flash.phase !== 'live'}
            data-testid='flash-buy'
            onClick={() => void Taro.navigateTo({ url: routes.checkoutSpecial(productId, flash.skuId, { flashSaleId: flash.saleId }) })}
          >
            {t('flash.buy')}
          </Button>
        </View>
      ) : null}
      {group ? (
        <View className='goods-specials__block' data-testid='group-offer'>
          <View className='goods-specials__row'>
            <Text className='goods-specials__badge'>{t('group.badge', { size: group.groupSize })}</Text>
            <Price fen={group.price} size='large' testId='group-price' />
            <Text className='goods-specials__list-price'>{formatCny(group.listPrice)}</Text>
          </View>
          <Text className='goods-specials__muted'>{t('group.hours', { hours: group.hours, size: group.groupSize })}</Text>
          {group.openGroups.length ? <Text className='goods-specials__muted'>{t('group.openGroups')}</Text> : null}
          {group.openGroups.map((g) => (
            <View key={g.groupId} className='goods-specials__row' data-testid='open-group'>
              <Text>{t('group.seatsLeft', { seats: g.seatsLeft })}</Text>
              <Countdown deadline={g.expiresAt} prefix={t('group.endsIn')} testId='open-group-countdown' />
              <Button size='small' data-testid='group-join' onClick={() => void Taro.navigateTo({ url: routes.groupDetail(g.groupId) })}>
                {t('group.join')}
              </Button>
            </View>
          ))}
          <Button
            type='primary'
            size='small'
            data-testid='group-start'
            onClick={() => void Taro.navigateTo({ url: routes.checkoutSpecial(productId, group.skuId, { groupOfferId: group.offerId }) })}
          >
            {t('group.start')}
          </Button>
        </View>
      ) : null}
    </View>
  )
}
