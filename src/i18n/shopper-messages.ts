/**
 * UI text of the shopper's pages that used to be written in both languages at once: the me page's
 * address link, the coming-soon member profile and FAQ pages, and the dev identity switcher's refusal.
 * Merged by dictionaries.ts.
 */
export const zhShopperMessages = {
  'profile.comingSoon': '会员资料即将上线',
  'profile.comingSoonHint': '生日、收货地址与积分明细将在这里管理',
  'faq.comingSoonHint': '客服与常见问题正在整理中',
} as const

export const enShopperMessages: Record<keyof typeof zhShopperMessages, string> = {
  'profile.comingSoon': 'Member profile coming soon',
  'profile.comingSoonHint': 'Birthday, addresses and points history will live here',
  'faq.comingSoonHint': 'Customer service and answers are being prepared',
}
