/**
 * UI text of address entry: paste-and-recognise, the region picker, postcode and tag, WeChat's own
 * address. The older address book keys (address.*, addressField.*) stay in order-messages.ts.
 */
export const zhAddressMessages = {
  'address.paste.title': '粘贴整段地址，自动识别',
  'address.paste.placeholder': '如：张三 13800138000 广东省深圳市南山区科技园路1号',
  'address.paste.recognise': '识别',
  'address.paste.filled': '已识别并填入下方，请核对后保存',
  'address.paste.partly': '已填入识别出的部分，请补全后保存',
  'address.paste.nothing': '没有识别出姓名、电话或地区，请检查内容',
  'address.useWeChat': '使用微信收货地址',
  'address.wechatCheck': '已填入微信收货地址，请核对后保存',
  'addressField.region': '所在地区',
  'addressHint.region': '选择省 / 市 / 区',
  'address.region.title': '选择所在地区',
  'addressField.postcode': '邮编',
  'addressHint.postcode': '选填，6 位数字',
  'addressField.tag': '标签',
  'address.tag.home': '家',
  'address.tag.company': '公司',
  'address.problem.region': '请选择所在地区',
  'address.problem.regionUnknown': '“{region}” 不在地区列表中，请重新选择',
} as const

export type AddressMessageKey = keyof typeof zhAddressMessages

export const enAddressMessages: Record<AddressMessageKey, string> = {
  'address.paste.title': 'Paste a whole address to fill the form',
  'address.paste.placeholder': 'e.g. name, mobile, province, city, district, street',
  'address.paste.recognise': 'Fill in',
  'address.paste.filled': 'Filled in below; check it, then save',
  'address.paste.partly': 'Filled in what was found; complete the rest, then save',
  'address.paste.nothing': 'No name, phone or region found; check the text',
  'address.useWeChat': 'Use my WeChat address',
  'address.wechatCheck': 'Filled in from WeChat; check it, then save',
  'addressField.region': 'Region',
  'addressHint.region': 'Province / city / district',
  'address.region.title': 'Choose a region',
  'addressField.postcode': 'Postcode',
  'addressHint.postcode': 'Optional, 6 digits',
  'addressField.tag': 'Label',
  'address.tag.home': 'Home',
  'address.tag.company': 'Work',
  'address.problem.region': 'Choose a region',
  'address.problem.regionUnknown': '“{region}” is not in the region list; choose it again',
}
