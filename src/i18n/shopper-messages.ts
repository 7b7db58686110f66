/**
 * UI text of the shopper's pages that used to be written in both languages at once: the me page's
 * address link, the coming-soon member profile and FAQ pages, and the dev identity switcher's refusal.
 * Merged by dictionaries.ts.
 */
export const zhShopperMessages = {
  'me.addresses': '收货地址',
  'profile.comingSoon': '会员资料即将上线',
  'profile.comingSoonHint': '生日、收货地址与积分明细将在这里管理',
  'faq.comingSoon': '常见问题即将上线',
  'faq.comingSoonHint': '客服与常见问题正在整理中',
  'identity.invalidOpenid': '身份标识不合法：{openid}',
  'link.incomplete': '链接不完整，请从列表或消息里重新打开',
} as const

export const enShopperMessages: Record<keyof typeof zhShopperMessages, string> = {
  'me.addresses': 'Addresses',
  'profile.comingSoon': 'Member profile coming soon',
  'profile.comingSoonHint': 'Birthday, addresses and points history will live here',
  'faq.comingSoon': 'FAQ coming soon',
  'faq.comingSoonHint': 'Customer service and answers are being prepared',
  'identity.invalidOpenid': 'Invalid openid: {openid}',
  'link.incomplete': 'This link is incomplete — open it again from the list or the message',
}
