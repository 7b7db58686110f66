import { Text, View } from '@tarojs/components'
import type { AddressTag } from '@cloud/contracts/address'
import type { AddressSnapshot } from '@cloud/contracts/order'
import { useLocale } from '../../state/locale'
import './index.scss'

interface AddressCardProps {
  address: AddressSnapshot
  isDefault?: boolean
  /** The shopper's label for it (家 / 公司), from the address book. */
  tag?: AddressTag | null
  /** Shows a chevron and makes the card tappable (e.g. "change address" at checkout). */
  onTap?: () => void
  testId?: string
}

/** Recipient, phone and full address, in the order a courier reads them. */
export function AddressCard({ address, isDefault = false, tag = null, onTap, testId = 'address-card' }: AddressCardProps) {
  const { t } = useLocale()
  return (
    <View className={`jf-address-card${onTap ? ' jf-address-card--tappable' : ''}`} data-testid={testId} onClick={onTap}>
      <View className='jf-address-card__body'>
        <View className='jf-address-card__who'>
          <Text className='jf-address-card__name' data-product-data>
            {address.name}
          </Text>
          <Text className='jf-address-card__phone'>{address.phone}</Text>
          {isDefault ? <Text className='jf-address-card__default'>{t('address.default')}</Text> : null}
          {tag ? <Text className='jf-address-card__tag'>{t(`address.tag.${tag}`)}</Text> : null}
        </View>
        <Text className='jf-address-card__where' data-product-data>
          {address.province} {address.city} {address.district} {address.detail}
        </Text>
      </View>
      {onTap ? <Text className='jf-address-card__chevron'>›</Text> : null}
    </View>
  )
}
