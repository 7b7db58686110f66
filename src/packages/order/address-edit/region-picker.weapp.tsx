/**
 * Province › city › district on weapp: WeChat's own `<picker mode="region">`, whose value and change
 * detail are the three names ([province, city, district]); see docs/platform-facts.md §14. WeChat's
 * names can differ from the shop's dataset in places (placeholder cities, short names), so the page
 * maps them onto the dataset (withRegion) and says so when a region is not there.
 */
import { Picker, Text, View } from '@tarojs/components'
import type { Region } from '@cloud/domain/address/region'
import { regionText } from './address-form'
import type { RegionPickerProps } from './region-picker'

export function RegionPicker({ value, placeholder, onChange }: RegionPickerProps) {
  const text = regionText(value)
  return (
    <Picker
      mode='region'
      className='address-edit__input'
      value={value.province ? [value.province, value.city, value.district] : []}
      onChange={(event) => {
        const [province = '', city = '', district = ''] = event.detail.value
        onChange({ province, city, district } satisfies Region)
      }}
    >
      <View className='address-edit__region' data-testid='address-region'>
        {text ? (
          <Text className='address-edit__region-text' data-testid='address-region-text' data-product-data>
            {text}
          </Text>
        ) : (
          <Text className='address-edit__placeholder' data-testid='address-region-text'>
            {placeholder}
          </Text>
        )}
      </View>
    </Picker>
  )
}
