/**
 * The route map: every page of the app, and which package it ships in. Tab pages live in the main
 * package (WeChat requires it); everything else is a subpackage so the first download stays small.
 * app.config.ts is generated from this data, and links are built with the helpers below so a moved page
 * breaks the type checker instead of a tap.
 */

export const TAB_PAGES = {
  home: 'pages/home/index',
  category: 'pages/category/index',
  cart: 'pages/cart/index',
  me: 'pages/me/index',
} as const

export const SUBPACKAGES = {
  goods: { root: 'packages/goods', pages: ['detail/index', 'search/index', 'favorites/index'] },
  order: {
    root: 'packages/order',
    pages: ['list/index', 'detail/index', 'checkout/index', 'pay-result/index', 'aftersale/index', 'address-list/index', 'address-edit/index', 'logistics/index'],
  },
  member: { root: 'packages/member', pages: ['profile/index', 'invite/index', 'ledger/index', 'follows/index'] },
  service: { root: 'packages/service', pages: ['faq/index', 'center/index', 'chat/index', 'ticket/index', 'policy/index'] },
  group: { root: 'packages/group', pages: ['detail/index'] },
  /** Role-gated: the page asks the admin function, which refuses shoppers. */
  admin: { root: 'packages/admin', pages: ['home/index', 'orders/list/index', 'orders/detail/index', 'aftersales/index', 'payments/index', 'jobs/index', 'products/list/index', 'products/edit/index', 'categories/index', 'settings/index', 'staff/index', 'membership/index', 'search-synonyms/index', 'specials/index', 'tickets/index', 'tickets/detail/index', 'faq/index', 'service-settings/index', 'promotions/index', 'campaigns/index', 'diy/index', 'materials/index', 'reminders/index', 'audit/index'] },
  /** Promotions for shoppers: the coupon centre, holiday campaign landing pages. */
  promo: { root: 'packages/promo', pages: ['coupons/index', 'campaign/index'] },
  /** DIY 手串定制: the bracelet builder. */
  diy: { root: 'packages/diy', pages: ['builder/index'] },
  /** Crystal know-how for shoppers: the wrist-size helper and 证书查询. */
  crystal: { root: 'packages/crystal', pages: ['wrist/index', 'certificate/index'] },
  /** Promotions for shoppers: the coupon centre. */
} as const

type Subpackages = typeof SUBPACKAGES
type SubpackagePath = {
  [K in keyof Subpackages]: `${Subpackages[K]['root']}/${Subpackages[K]['pages'][number]}`
}[keyof Subpackages]

export type PagePath = (typeof TAB_PAGES)[keyof typeof TAB_PAGES] | SubpackagePath

export const TAB_BAR_TEXT: Record<keyof typeof TAB_PAGES, string> = {
  home: '首页',
  category: '分类',
  cart: '购物车',
  me: '我的',
}

/** Absolute URL for Taro.navigateTo / switchTab, with a query string built safely. */
export function pageUrl(path: PagePath, query: Record<string, string | number> = {}): string {
  const pairs = Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
  return `/${path}${pairs.length ? `?${pairs.join('&')}` : ''}`
}

export const routes = {
  /** `skuId` pre-selects a variant, e.g. the 8 mm SKU a search for "8mm 手串" matched. */
  goodsDetail: (id: string, skuId?: string) => pageUrl('packages/goods/detail/index', skuId ? { id, skuId } : { id }),
  goodsSearch: (keyword?: string) => pageUrl('packages/goods/search/index', keyword ? { keyword } : {}),
  favorites: () => pageUrl('packages/goods/favorites/index'),
  /** `lowStock`: only products with a SKU at or below its low-stock threshold (the dashboard's count). */
  adminProducts: (filter?: { lowStock?: boolean }) => pageUrl('packages/admin/products/list/index', filter?.lowStock ? { lowStock: 1 } : {}),
  adminProductEdit: (id?: string) => pageUrl('packages/admin/products/edit/index', id ? { id } : {}),
  adminCategories: () => pageUrl('packages/admin/categories/index'),
  adminSettings: () => pageUrl('packages/admin/settings/index'),
  orderList: () => pageUrl('packages/order/list/index'),
  orderDetail: (orderId: string) => pageUrl('packages/order/detail/index', { id: orderId }),
  orderTracking: (orderId: string) => pageUrl('packages/order/logistics/index', { id: orderId }),
  /** `from=cart` checks out the selected cart lines; `buyNow` carries one SKU straight from the goods page. */
  checkoutFromCart: () => pageUrl('packages/order/checkout/index', { from: 'cart' }),
  checkoutBuyNow: (productId: string, skuId: string, quantity: number) =>
    pageUrl('packages/order/checkout/index', { from: 'buyNow', productId, skuId, quantity }),
  payResult: (orderId: string) => pageUrl('packages/order/pay-result/index', { id: orderId }),
  afterSaleRequest: (orderId: string) => pageUrl('packages/order/aftersale/index', { id: orderId }),
  /** `pick=1` returns the chosen address to the checkout page instead of just managing the book. */
  addressList: (pick = false) => pageUrl('packages/order/address-list/index', pick ? { pick: 1 } : {}),
  addressEdit: (addressId?: string) => pageUrl('packages/order/address-edit/index', addressId ? { id: addressId } : {}),
  /** `alert: 'logistics'`: only orders with a parcel in trouble (the dashboard's count). */
  adminOrders: (filter?: { alert?: 'logistics' }) => pageUrl('packages/admin/orders/list/index', filter?.alert ? { alert: filter.alert } : {}),
  adminOrderDetail: (orderId: string) => pageUrl('packages/admin/orders/detail/index', { id: orderId }),
  adminAfterSales: () => pageUrl('packages/admin/aftersales/index'),
  adminPayments: () => pageUrl('packages/admin/payments/index'),
  adminJobs: () => pageUrl('packages/admin/jobs/index'),
  memberProfile: () => pageUrl('packages/member/profile/index'),
  memberInvite: () => pageUrl('packages/member/invite/index'),
  adminStaff: () => pageUrl('packages/admin/staff/index'),
  serviceFaq: () => pageUrl('packages/service/faq/index'),
  adminHome: () => pageUrl('packages/admin/home/index'),
  adminAudit: () => pageUrl('packages/admin/audit/index'),
  memberLedger: () => pageUrl('packages/member/ledger/index'),
  memberFollows: () => pageUrl('packages/member/follows/index'),
  adminMembership: () => pageUrl('packages/admin/membership/index'),
  /** The order list opened on one state tab (the me page's order counts). */
  orderListTab: (tab: string) => pageUrl('packages/order/list/index', { tab }),
  adminSearchSynonyms: () => pageUrl('packages/admin/search-synonyms/index'),
  /** A buy-now at a 秒杀 price, or starting / joining a 拼团 (contracts/checkout.ts CheckoutSource). */
  checkoutSpecial: (productId: string, skuId: string, special: { flashSaleId: string } | { groupOfferId: string; groupId?: string }) =>
    pageUrl('packages/order/checkout/index', { from: 'buyNow', productId, skuId, quantity: 1, ...special }),
  groupDetail: (groupId: string) => pageUrl('packages/group/detail/index', { id: groupId }),
  adminSpecials: () => pageUrl('packages/admin/specials/index'),
  serviceCenter: (orderId?: string) => pageUrl('packages/service/center/index', orderId ? { orderId } : {}),
  serviceChat: (orderId?: string) => pageUrl('packages/service/chat/index', orderId ? { orderId } : {}),
  serviceTicket: (ticketId: string) => pageUrl('packages/service/ticket/index', { id: ticketId }),
  servicePolicy: () => pageUrl('packages/service/policy/index'),
  adminTickets: () => pageUrl('packages/admin/tickets/index'),
  adminTicketDetail: (ticketId: string) => pageUrl('packages/admin/tickets/detail/index', { id: ticketId }),
  adminFaq: (draft?: string) => pageUrl('packages/admin/faq/index', draft ? { draft } : {}),
  adminServiceSettings: () => pageUrl('packages/admin/service-settings/index'),
  couponCentre: () => pageUrl('packages/promo/coupons/index'),
  adminPromotions: () => pageUrl('packages/admin/promotions/index'),
  campaign: (campaignId: string) => pageUrl('packages/promo/campaign/index', { id: campaignId }),
  adminCampaigns: () => pageUrl('packages/admin/campaigns/index'),
  diyBuilder: () => pageUrl('packages/diy/builder/index'),
  /** Checkout of a DIY design (components/diy-ring/design-query.ts). */
  checkoutDiy: (query: Record<string, string | number>) => pageUrl('packages/order/checkout/index', query),
  adminDiy: () => pageUrl('packages/admin/diy/index'),
  /** The wrist-size helper; `productId` returns to that bracelet after saving. */
  wristFit: (productId?: string) => pageUrl('packages/crystal/wrist/index', productId ? { productId } : {}),
  certificateLookup: (number?: string) => pageUrl('packages/crystal/certificate/index', number ? { number } : {}),
  adminMaterials: () => pageUrl('packages/admin/materials/index'),
  adminReminders: () => pageUrl('packages/admin/reminders/index'),
}

/** Every page path in the app, main package first; the first one is the launch page. */
export function allPages(): PagePath[] {
  const subpackagePages = Object.values(SUBPACKAGES).flatMap(
    (pkg) => pkg.pages.map((page) => `${pkg.root}/${page}`) as SubpackagePath[],
  )
  return [...Object.values(TAB_PAGES), ...subpackagePages]
}
