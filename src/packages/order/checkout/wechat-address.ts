import type Taro from '@tarojs/taro'
import type { AddressSaveInput } from '@cloud/contracts/address'

/** WeChat's address picker result → our address book's fields (saved so the order can snapshot it). */
export function addressFromWeChat(picked: Taro.chooseAddress.SuccessCallbackResult): AddressSaveInput {
  return {
    name: picked.userName,
    phone: picked.telNumber,
    province: picked.provinceName,
    city: picked.cityName,
    district: picked.countyName,
    detail: picked.detailInfo,
    isDefault: false,
  }
}
