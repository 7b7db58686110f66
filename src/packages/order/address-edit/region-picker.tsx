/**
 * Province › city › district on H5 (and any platform without WeChat's own region picker): NutUI's
 * Address in cascader mode over the shop's dataset. The weapp build uses region-picker.weapp.tsx.
 */
import { Text, View } from '@tarojs/components'
import { Address } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/address/style/css'
import { useState } from 'react'
import type { Region } from '@cloud/domain/address/region'
import { regionText } from './address-form'
import { regionCodes, regionOptions } from './regions'

export interface RegionPickerProps {
  value: Region
  placeholder: string
  title: string
  onChange: (region: Region) => void
}

export function RegionPicker({ value, placeholder, title, onChange }: RegionPickerProps) {
  const [open, setOpen] = useState(false)
  const text = regionText(value)
  const codes = regionCodes(value)
  return (
    // The popup sits beside the tappable line, not inside it: a tap on a list item must not bubble up and reopen it.
    <View className='address-edit__input'>
      <View className='address-edit__region' data-testid='address-region' onClick={() => setOpen(true)}>
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
      <Address
        // Re-mounted when the region changes elsewhere (paste, WeChat), so it opens on that region.
        key={codes.join('-')}
        visible={open}
        type='cascader'
        title={title}
        options={regionOptions()}
        defaultValue={codes}
        onClose={() => setOpen(false)}
        onChange={(_value, nodes: { text?: string }[]) => {
          if (nodes.length < 3) return
          setOpen(false)
          onChange({ province: nodes[0].text ?? '', city: nodes[1].text ?? '', district: nodes[2].text ?? '' })
        }}
      />
    </View>
  )
}
